/**
 * Fails when two pages share a uid, naming the uid and both files, each with the uid's line when `lineOf` can
 * find it (it is asked only when there is a clash).
 */
export function assertUniqueUids(
  pages: ReadonlyArray<{ uid: string; file: string }>,
  lineOf: (file: string) => number | undefined = () => undefined,
): void {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  const at = (file: string) => {
    const line = lineOf(file);
    return line ? `${file}:${line}` : file;
  };
  for (const { uid, file } of pages) {
    const first = seen.get(uid);
    if (first !== undefined) clashes.push(`uid "${uid}" is used by both ${at(first)} and ${at(file)}`);
    else seen.set(uid, file);
  }
  if (clashes.length) throw new Error(`Duplicate uid:\n  - ${clashes.join('\n  - ')}\nEach page needs its own uid.`);
}
