/** A section's name as the site shows it: an indicator's code and question, else the section's title. */
export function sectionLabel(section: { data: { title: string; indicator?: { code: string; question: string } | undefined } }): string {
  const indicator = section.data.indicator;
  return indicator ? `${indicator.code}. ${indicator.question}` : section.data.title;
}
