/**
 * Rules that tie entries together, which a per-entry schema cannot see. Each returns
 * problems as "<field>: <what is wrong>; expected <what>" so the build can name the file.
 */

export interface SectionOutline {
  slug: string;
  order: number;
  level: 1 | 2;
  parent?: string | undefined;
  /** The file, for naming the other side of a duplicate. */
  file?: string | undefined;
}

export function checkSectionOutline(sections: readonly SectionOutline[]): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  const add = (slug: string, message: string) => problems.set(slug, [...(problems.get(slug) ?? []), message]);
  const bySlug = new Map(sections.map((s) => [s.slug, s]));
  const byOrder = new Map<number, SectionOutline[]>();
  for (const section of sections) byOrder.set(section.order, [...(byOrder.get(section.order) ?? []), section]);
  // A duplicate names every file that shares the order; a gap is reported once, on the first
  // section after it, rather than on every section that follows.
  for (const [order, same] of byOrder) {
    if (same.length < 2) continue;
    for (const section of same) {
      const others = same.filter((s) => s !== section).map((s) => s.file ?? s.slug);
      add(section.slug, `order: duplicate order ${order}, also used by ${others.join(', ')}; expected each section to have its own order`);
    }
  }
  const orders = [...byOrder.keys()].sort((a, b) => a - b);
  orders.forEach((order, index) => {
    const expected = index === 0 ? 0 : orders[index - 1]! + 1;
    if (order !== expected) {
      for (const section of byOrder.get(order)!) {
        add(
          section.slug,
          `order: is ${order}, but no section has order ${expected}${order - expected > 1 ? ` to ${order - 1}` : ''}; expected ${expected} (orders run 0, 1, 2 … without gaps)`,
        );
      }
    }
  });
  for (const section of sections) {
    if (section.level === 1 && section.parent !== undefined) add(section.slug, `parent: a level-1 section has no parent; expected none`);
    if (section.level === 2) {
      const parent = section.parent === undefined ? undefined : bySlug.get(section.parent);
      if (!parent) add(section.slug, `parent: "${section.parent ?? ''}" is not a section of this report; expected the slug of a level-1 section`);
      else if (parent.level !== 1) add(section.slug, `parent: "${section.parent}" is level ${parent.level}; expected a level-1 section`);
      else if (parent.order > section.order) add(section.slug, `parent: "${section.parent}" comes after this section; expected it before`);
    }
  }
  return problems;
}

/** Slugs a report refers to (say, from its key developments) that it does not have. */
export function unknownSectionSlugs(referenced: readonly string[], slugs: readonly string[]): string[] {
  const known = new Set(slugs);
  return referenced.filter((slug) => !known.has(slug));
}
