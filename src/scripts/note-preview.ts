/**
 * Note previews that follow WCAG 2.2 SC 1.4.13 (content on hover or focus):
 * - dismissible: Esc hides the preview without moving focus or pointer;
 * - hoverable: the pointer can move from the marker onto the preview without it vanishing;
 * - persistent: it stays until the pointer and focus leave, or it is dismissed.
 * The preview copies the note's text (links become plain text, so the preview holds no
 * focusable content and can be a tooltip); the marker itself links to the full note.
 *
 * Two more rules make the round trip from marker to note and back comfortable:
 * - arriving at a marker by a link (a note's "↩ ¶3") shows the place, not a preview: the
 *   marker shows no preview until the pointer leaves it or a key is pressed;
 * - on a touch screen there is no hover, so a tap on a marker opens its preview (with a link
 *   to the note), a second tap on the marker follows it to the note, a tap elsewhere closes it.
 * Mouse and keyboard behave as described above.
 */

const HIDE_DELAY_MS = 300;

export function attachNotePreviews(doc: Document): void {
  const preview = doc.getElementById('note-preview');
  if (!preview) return;
  let current: HTMLAnchorElement | undefined;
  let hideTimer: number | undefined;
  let pointerOnPreview = false;
  /** The marker the reader was just taken to by a fragment link; it shows no preview yet. */
  let arrivedAt: Element | undefined;
  /** How the last press began ('mouse', 'touch', 'pen'), and whether its marker was already open. */
  let pressType = '';
  let openBeforePress = false;

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

  const show = (link: HTMLAnchorElement, byTouch = false) => {
    cancelHide();
    if (link === arrivedAt) return;
    if (current === link && !preview.hidden && !byTouch) return;
    const note = doc.getElementById(link.hash.slice(1));
    if (!note) return;
    const copy = note.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.backrefs, .archived, .cite-link').forEach((el) => el.remove());
    copy.querySelectorAll('a').forEach((a) => a.replaceWith(doc.createTextNode(a.textContent ?? '')));
    copy.removeAttribute('id');
    // A list whose texts are all lost says so once (NoteList.astro); the preview repeats it.
    const lost = note.hasAttribute('data-lost') ? doc.querySelector('.notes-lost-statement')?.textContent : undefined;
    if (lost) copy.append(doc.createTextNode(' '), Object.assign(doc.createElement('span'), { className: 'note-status', textContent: lost }));
    if (byTouch) {
      // Without hover, the preview offers its own way on to the full note.
      const go = Object.assign(doc.createElement('a'), { href: link.hash, className: 'preview-go', textContent: `Go to note ${link.dataset.note ?? ''}` });
      copy.append(doc.createTextNode(' '), go);
    }
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

  const markerFrom = (target: EventTarget | null) => (target instanceof Element ? (target.closest<HTMLAnchorElement>('.note-ref a') ?? undefined) : undefined);

  // Arriving at a marker by a link (or opening the page at one) marks it; see arrivedAt.
  const markerInHash = () => {
    const target = location.hash.length > 1 ? doc.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    return target && markerFrom(target) === target ? target : undefined;
  };
  arrivedAt = markerInHash();
  doc.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
      if (!link || markerFrom(link)) return;
      const target = doc.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (target && markerFrom(target) === target) arrivedAt = target;
    },
    true,
  );
  window.addEventListener('hashchange', () => {
    arrivedAt = markerInHash();
    if (arrivedAt && arrivedAt === current) hide();
  });
  doc.addEventListener(
    'keydown',
    () => {
      arrivedAt = undefined;
      // A key that activates a marker is not a tap, whatever the last press was.
      pressType = '';
    },
    true,
  );
  doc.addEventListener('pointermove', (event) => {
    if (arrivedAt && markerFrom(event.target) !== arrivedAt) arrivedAt = undefined;
  });

  doc.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    const link = markerFrom(event.target);
    if (link) show(link);
  });
  doc.addEventListener('pointerout', (event) => {
    const link = markerFrom(event.target);
    if (!link || link.contains(event.relatedTarget as Node | null)) return;
    if (link === arrivedAt) arrivedAt = undefined;
    if (link === current && event.pointerType !== 'touch') scheduleHide();
  });
  // Touch: remember whether the tapped marker was already open; a tap elsewhere closes it.
  doc.addEventListener(
    'pointerdown',
    (event) => {
      pressType = event.pointerType;
      const link = markerFrom(event.target);
      openBeforePress = !!link && link === current && !preview.hidden;
      if (event.pointerType === 'touch' && !link && !preview.contains(event.target as Node | null)) hide();
    },
    true,
  );
  doc.addEventListener('focusin', (event) => {
    const link = markerFrom(event.target);
    if (link) show(link);
    else if (current && !preview.contains(event.target as Node | null)) hide();
  });
  doc.addEventListener('focusout', (event) => {
    if (markerFrom(event.target) === current && !preview.contains(event.relatedTarget as Node | null)) scheduleHide();
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
  doc.addEventListener('click', (event) => {
    const link = markerFrom(event.target);
    if (!link) return;
    // A first tap on a touch screen opens the preview instead of leaving for the note.
    if (pressType === 'touch' && !openBeforePress) {
      event.preventDefault();
      arrivedAt = undefined;
      show(link, true);
      return;
    }
    // Following a marker jumps to the note; the preview has done its job.
    hide();
  });
  // The preview's own "Go to note" link (touch) leads on; the preview closes behind it.
  preview.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) hide();
  });
}
