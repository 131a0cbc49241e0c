/** Fails when two pages share a uid, naming the uid and both files. */
export function assertUniqueUids(pages: ReadonlyArray<{ uid: string; file: string }>): void {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const { uid, file } of pages) {
    const first = seen.get(uid);
    if (first !== undefined) clashes.push(`uid "${uid}" is used by both ${first} and ${file}`);
    else seen.set(uid, file);
  }
  if (clashes.length) throw new Error(`Duplicate uid:\n  - ${clashes.join('\n  - ')}\nEach page needs its own uid.`);
}
