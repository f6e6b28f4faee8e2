import { describe, expect, it } from 'vitest';
import { splitStepPanels } from './step-panels.ts';

describe('splitStepPanels', () => {
  it('takes each panel out of the words, with its chart, date and drawing, and keeps the rest byte for byte', () => {
    const html =
      '<div class="step"><p>First &amp; <em>words</em></p><step-panel data-chart="money" data-through="2024-09-17"><svg><text>£75m</text></svg></step-panel></div>' +
      '<div class="step"><p>Last</p><step-panel data-chart="france"><svg/></step-panel></div>';
    expect(splitStepPanels(html)).toEqual({
      panels: [
        { chart: 'money', through: '2024-09-17', html: '<svg><text>£75m</text></svg>' },
        { chart: 'france', through: undefined, html: '<svg/>' },
      ],
      words: '<div class="step"><p>First &amp; <em>words</em></p></div><div class="step"><p>Last</p></div>',
    });
  });

  it('reads a panel whatever the order, quoting or spacing of its attributes', () => {
    const { panels } = splitStepPanels("<step-panel\n  data-through='2025-08-03'\n  data-chart=money>x</step-panel>");
    expect(panels).toEqual([{ chart: 'money', through: '2025-08-03', html: 'x' }]);
  });

  it('leaves alone a panel written in a comment or in an attribute value', () => {
    const html =
      '<!-- <step-panel data-chart="a">x</step-panel> --><p title="<step-panel data-chart=&quot;b&quot;>">y</p>';
    expect(splitStepPanels(html)).toEqual({ panels: [], words: html });
  });
});
