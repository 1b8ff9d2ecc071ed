/**
 * Adds a "Copy" button beside each citation ([data-copy]): an enhancement, since the text
 * can be selected and copied by hand without JavaScript. The button says when it worked.
 */
export function attachCopyButtons(doc: Document): void {
  for (const element of doc.querySelectorAll<HTMLElement>('[data-copy]')) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(element.dataset.copy ?? '');
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Select the text to copy';
      }
      window.setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
    element.after(button);
  }
}
