/**
 * Reads the sentences of the site's own pages as a reader sees them, for the traceability test: the numbered steps
 * of a section (`felttilordning step 4.2`) and the bullets of a section (`hvorfor bullet 2`), one entry per sentence.
 */

export interface PageSentence {
  place: string;
  sentence: string;
}

/** Text as a reader sees it: bold markers, icons, link syntax, escapes, entities and repeated spaces removed. */
export function plain(markdown: string): string {
  return markdown
    .replace(/<i [^>]*><\/i>/g, '')
    .replace(/<a id="[^"]*"><\/a>/g, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]+\]/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\\([*_\\])/g, '$1')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sentences(text: string): string[] {
  return plain(text)
    .split(/(?<=[.!?:])\s+(?=[A-ZÆØÅ«])/)
    .filter(Boolean);
}

/** The lines of a section, from its heading to the next heading of the same or a higher level. */
export function section(page: string, heading: RegExp): string[] {
  const lines = page.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  if (start === -1) throw new Error(`heading ${heading} not found`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/**
 * The numbered steps of a section (`1.` items, and `1.` items nested in them as `4.1`); an indented bullet or
 * paragraph under a step is part of its text.
 */
export function stepSentences(lines: readonly string[], prefix: string): PageSentence[] {
  const out: PageSentence[] = [];
  let step = 0;
  let sub = 0;
  let current: { place: string; text: string } | undefined;
  const flush = () =>
    current && sentences(current.text).forEach((sentence) => out.push({ place: current!.place, sentence }));
  for (const line of lines) {
    const item = /^(\s*)\d+\.\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const nested = item[1]!.length > 0;
      [step, sub] = nested ? [step, sub + 1] : [step + 1, 0];
      current = { place: `${prefix}step ${nested ? `${step}.${sub}` : step}`, text: item[2]! };
    } else if (current && /^\s+\S/.test(line)) current.text += ` ${line.trim().replace(/^[*-]\s+/, '')}`;
    else if (current && /^\S/.test(line)) {
      flush();
      current = undefined;
    }
  }
  flush();
  return out;
}

/** The top-level bullets of a section, `bullet 1` onwards. */
export function bulletSentences(lines: readonly string[], prefix: string): PageSentence[] {
  return lines
    .filter((l) => l.startsWith('* '))
    .flatMap((l, i) => sentences(l.slice(2)).map((sentence) => ({ place: `${prefix}bullet ${i + 1}`, sentence })));
}
