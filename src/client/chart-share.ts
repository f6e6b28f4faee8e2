/**
 * Copy buttons for the share panel. Without JavaScript the buttons stay hidden and the snippets are
 * selected and copied by hand from their read-only text boxes.
 */
function copy(text: string, field: HTMLTextAreaElement): Promise<void> {
  if (navigator.clipboard) return navigator.clipboard.writeText(text);
  // Older browsers and non-secure pages: select the text, so the reader can press Ctrl+C.
  field.select();
  return Promise.reject(new Error('no clipboard'));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const field = document.getElementById(button.dataset['copy'] ?? '');
  if (!(field instanceof HTMLTextAreaElement)) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const status = button.closest('.chart-share')?.querySelector('[role="status"]');
    copy(field.value, field).then(
      () => {
        button.textContent = 'Copied';
        if (status) status.textContent = 'Copied to the clipboard.';
        setTimeout(() => (button.textContent = 'Copy'), 2000);
      },
      () => {
        field.select();
        if (status) status.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
      },
    );
  });
}
