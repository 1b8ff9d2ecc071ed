/**
 * Note previews that follow WCAG 2.2 SC 1.4.13 (content on hover or focus):
 * - dismissible: Esc hides the preview without moving focus or pointer;
 * - hoverable: the pointer can move from the marker onto the preview without it vanishing;
 * - persistent: it stays until the pointer and focus leave, or it is dismissed.
 * The preview copies the note's text (links become plain text, so the preview holds no
 * focusable content and can be a tooltip); the marker itself links to the full note.
 */

const HIDE_DELAY_MS = 300;

export function attachNotePreviews(doc: Document): void {
  const preview = doc.getElementById('note-preview');
  if (!preview) return;
  let current: HTMLAnchorElement | undefined;
  let hideTimer: number | undefined;
  let pointerOnPreview = false;

  const cancelHide = () => window.clearTimeout(hideTimer);

  const hide = () => {
    cancelHide();
    preview.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = undefined;
  };

  const scheduleHide = () => {
    cancelHide();
    hideTimer = window.setTimeout(() => {
      if (!pointerOnPreview && doc.activeElement !== current) hide();
    }, HIDE_DELAY_MS);
  };

  const show = (link: HTMLAnchorElement) => {
    cancelHide();
    if (current === link && !preview.hidden) return;
    const note = doc.getElementById(link.hash.slice(1));
    if (!note) return;
    const copy = note.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.backrefs, .archived').forEach((el) => el.remove());
    copy.querySelectorAll('a').forEach((a) => a.replaceWith(doc.createTextNode(a.textContent ?? '')));
    copy.removeAttribute('id');
    preview.replaceChildren(...copy.childNodes);
    current?.removeAttribute('aria-describedby');
    current = link;
    link.setAttribute('aria-describedby', preview.id);
    preview.hidden = false;
    place(link);
  };

  const place = (link: HTMLElement) => {
    const rect = link.getBoundingClientRect();
    const width = preview.offsetWidth;
    const left = Math.max(8, Math.min(rect.left + window.scrollX - width / 2, window.scrollX + doc.documentElement.clientWidth - width - 8));
    preview.style.left = `${left}px`;
    preview.style.top = `${rect.bottom + window.scrollY + 6}px`;
  };

  const markerFrom = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('.note-ref a') ?? undefined : undefined;

  doc.addEventListener('pointerover', (event) => {
    const link = markerFrom(event.target);
    if (link) show(link);
  });
  doc.addEventListener('pointerout', (event) => {
    const link = markerFrom(event.target);
    if (link && link === current && !link.contains(event.relatedTarget as Node | null)) scheduleHide();
  });
  doc.addEventListener('focusin', (event) => {
    const link = markerFrom(event.target);
    if (link) show(link);
    else if (current) hide();
  });
  doc.addEventListener('focusout', (event) => {
    if (markerFrom(event.target) === current) scheduleHide();
  });
  preview.addEventListener('pointerenter', () => {
    pointerOnPreview = true;
    cancelHide();
  });
  preview.addEventListener('pointerleave', () => {
    pointerOnPreview = false;
    scheduleHide();
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !preview.hidden) hide();
  });
  // Following a marker jumps to the note; the preview has done its job.
  doc.addEventListener('click', (event) => {
    if (markerFrom(event.target)) hide();
  });
}
