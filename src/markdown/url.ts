/** A URL with a scheme (`https:`, `mailto:`) or an absolute site path (`/simulator/`, `//host`): not a file link. */
export function isExternalOrAbsolute(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('/');
}

/** Percent-decodes a link part (`feils%C3%B8king` -> `feilsøking`); text with a stray `%` is kept as written. */
export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
