import type { PageData } from '../../navigation/page-data.ts';
import { parseSourceDate } from '../../schemas/frontmatter.ts';

/** One page of the docs collection as the review page lists it. */
export interface PageRow {
  route: string;
  /** The page's file, relative to the project (`content/docs/...`, or a file of the docs root). */
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

/**
 * The pages with their metadata, by address. A date the schema let through but that does not parse is shown as
 * written; a field a docs-root page leaves out is shown empty.
 */
export function pageRows(docs: ReadonlyArray<{ route: string; file: string; data: PageData }>): PageRow[] {
  return docs
    .map(({ route, file, data }) => {
      const written = data.date ?? '';
      const date = parseSourceDate(written);
      return {
        route,
        file,
        title: data.title,
        author: data.author ?? '',
        date: date
          ? { written, iso: date.toISOString().slice(0, 10), shown: norwegianDate.format(date) }
          : { written, shown: written },
        version: data.version ?? '',
        language: data.language,
        contentType: data.content_type ?? '',
        uid: data.uid ?? '',
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route, 'nb'));
}
