/**
 * Stops the build over content that breaks a rule, listing each problem as
 * "<file>: <field>: <what is wrong>; expected <what>".
 */
export function failOnProblems(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`Content does not follow the archive's rules:\n  ${problems.join('\n  ')}`);
}

/** The file an entry was loaded from, for messages. */
export function fileOf(entry: { filePath?: string | undefined; id: string }): string {
  return entry.filePath ?? entry.id;
}
