/**
 * Rules that tie entries together, which a per-entry schema cannot see. Each returns
 * problems as "<field>: <what is wrong>; expected <what>" so the build can name the file.
 */

export interface SectionOutline {
  slug: string;
  order: number;
  level: 1 | 2;
  parent?: string | undefined;
}

export function checkSectionOutline(sections: readonly SectionOutline[]): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  const add = (slug: string, message: string) => problems.set(slug, [...(problems.get(slug) ?? []), message]);
  const bySlug = new Map(sections.map((s) => [s.slug, s]));
  const orders = [...sections].sort((a, b) => a.order - b.order);
  orders.forEach((section, index) => {
    if (section.order !== index) add(section.slug, `order: is ${section.order}; expected ${index} (orders run 0, 1, 2 … without gaps or repeats)`);
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
