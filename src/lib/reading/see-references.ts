/**
 * Key developments end with the report's own cross-reference, "(see Restrictions on
 * Connectivity)" or "(see A3 and C7)". Rather than repeat the section's name after the text,
 * the words the report printed become the link. Each linked section is found in the "(see …)"
 * by its title (in any case: 2013 prints "LIMITS ON CONTENT") or its indicator code ("A3").
 * A section the words do not name is returned separately so the caller can still link it.
 */
export interface SeeTarget {
  /** Anything the caller needs back, e.g. the section's URL. */
  href: string;
  title: string;
  code?: string | undefined;
  /** Shown for a target the text does not name. */
  label: string;
}

export type SeeSegment = { text: string; href?: undefined } | { text: string; href: string };

export interface SeeLinks {
  segments: SeeSegment[];
  /** Targets the "(see …)" words do not name; link them after the text. */
  unnamed: SeeTarget[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function linkSeeReferences(text: string, targets: readonly SeeTarget[]): SeeLinks {
  const see = /\(see ([^()]+)\)/g.exec(text);
  if (!see) return { segments: [{ text }], unnamed: [...targets] };
  const inside = see[1]!;
  const insideStart = see.index + '(see '.length;
  const found: { start: number; end: number; href: string }[] = [];
  const unnamed: SeeTarget[] = [];
  for (const target of targets) {
    const names = [target.title, ...(target.code ? [target.code] : [])];
    const match = names.map((name) => new RegExp(`(?<![\\w])${escape(name)}(?![\\w])`, 'i').exec(inside)).find((m) => m !== null);
    const start = match ? insideStart + match.index : -1;
    if (!match || found.some((f) => start < f.end && start + match[0].length > f.start)) {
      unnamed.push(target);
      continue;
    }
    found.push({ start, end: start + match[0].length, href: target.href });
  }
  found.sort((a, b) => a.start - b.start);
  const segments: SeeSegment[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start > at) segments.push({ text: text.slice(at, f.start) });
    segments.push({ text: text.slice(f.start, f.end), href: f.href });
    at = f.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return { segments, unnamed };
}
