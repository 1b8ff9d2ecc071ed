/**
 * Where a topic's name or one of its aliases appears in report text. Names match as whole
 * words and case-sensitively ("Tor" is not "tor" in "monitor"); markers are ignored.
 */
export interface TextForSearch {
  id: string;
  text: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function countNameMentions(names: readonly string[], texts: readonly TextForSearch[]): { id: string; count: number }[] {
  const alternatives = [...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
  return texts
    .map(({ id, text }) => ({ id, count: text.replace(/\[\^\d+\]/g, '').match(pattern)?.length ?? 0 }))
    .filter((r) => r.count > 0);
}
