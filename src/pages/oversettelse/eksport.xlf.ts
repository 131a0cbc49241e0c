import type { APIRoute } from 'astro';
import { loadCatalogs } from '../../loaders/catalogs.ts';
import { DEFAULT_PAIR, exportXliff } from '../../localization/xliff/export.ts';

/**
 * /oversettelse/eksport.xlf: the catalogs as XLIFF 2.0, written when the site is built. The same file
 * `npm run xliff -- export` writes, so a translator without the project can still start from the review page.
 */
export const GET: APIRoute = () =>
  new Response(exportXliff(loadCatalogs('.'), DEFAULT_PAIR), {
    headers: { 'Content-Type': 'application/xliff+xml; charset=utf-8' },
  });
