/**
 * ARIA as built: every element the HTML gives a role has the states and properties that role requires
 * (WAI-ARIA 1.2, "Required States and Properties"), before any script runs. Read with JavaScript off, on
 * every built page (embeds too), hidden elements included: a part the script will show later must not
 * be wrong until then. The table is the specification's, not the site's.
 */
import { expect, test } from '@playwright/test';
import { allPagePaths } from './site.ts';

const required: Record<string, string[]> = {
  checkbox: ['aria-checked'],
  combobox: ['aria-expanded', 'aria-controls'],
  heading: ['aria-level'],
  menuitemcheckbox: ['aria-checked'],
  menuitemradio: ['aria-checked'],
  meter: ['aria-valuenow'],
  radio: ['aria-checked'],
  scrollbar: ['aria-controls', 'aria-valuenow'],
  slider: ['aria-valuenow'],
  switch: ['aria-checked'],
};

test.use({ javaScriptEnabled: false });

test('every role written into the HTML has its required ARIA attributes before any script runs', async ({ page }) => {
  test.setTimeout(240_000);
  const missing: string[] = [];
  let roles = 0;
  for (const path of allPagePaths()) {
    await page.goto(path);
    const found = await page.locator('[role]').evaluateAll((els) =>
      els.map((el) => ({
        role: (el.getAttribute('role') ?? '').trim().split(/\s+/)[0] ?? '',
        attributes: el.getAttributeNames(),
        name: el.getAttribute('aria-label') ?? el.className,
      })),
    );
    roles += found.length;
    for (const { role, attributes, name } of found)
      for (const attribute of required[role] ?? [])
        if (!attributes.includes(attribute)) missing.push(`${path}: role="${role}" (${name}) has no ${attribute}`);
  }
  expect(roles).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});

test('the amount guess slider is built with its value, its range and its words', async ({ page }) => {
  const path = allPagePaths().find((p) => p.endsWith('/the-money/'));
  expect(path).toBeDefined();
  await page.goto(path ?? '');
  const slider = page.locator('[role="slider"]');
  await expect(slider).toHaveCount(1);
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  await expect(slider).toHaveAttribute('aria-valuemin', '0');
  await expect(slider).toHaveAttribute('aria-valuemax', /^[1-9]\d*$/);
  await expect(slider).toHaveAttribute('aria-valuetext', /£/);
});
