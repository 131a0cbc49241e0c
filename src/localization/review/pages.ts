import { parseSourceDate, type Frontmatter } from '../../schemas/frontmatter.ts';

/** One page of the docs collection as the review page lists it. */
export interface PageRow {
  route: string;
  /** Path below content/docs. */
  file: string;
  title: string;
  author: string;
  /** The date as written in the frontmatter (MM.DD.YYYY), as ISO (for `<time datetime>`) and in Norwegian. */
  date: { written: string; iso?: string; shown: string };
  version: string;
  language: string;
  contentType: string;
  uid: string;
}

const norwegianDate = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' });

/** The pages with their metadata, by address. A date the schema let through but that does not parse is shown as written. */
export function pageRows(docs: ReadonlyArray<{ route: string; file: string; data: Frontmatter }>): PageRow[] {
  return docs
    .map(({ route, file, data }) => {
      const date = parseSourceDate(data.date);
      return {
        route,
        file,
        title: data.title,
        author: data.author,
        date: date
          ? { written: data.date, iso: date.toISOString().slice(0, 10), shown: norwegianDate.format(date) }
          : { written: data.date, shown: data.date },
        version: data.version,
        language: data.language,
        contentType: data.content_type,
        uid: data.uid,
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route, 'nb'));
}
