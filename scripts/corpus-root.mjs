// Where SuperOffice's real help lives for the corpus tests and the corpus bench: CORPUS_ROOT when set, else the
// shared corpus beside this checkout (../shared/corpus), else beside the repository this checkout was cloned from,
// so a clean clone elsewhere on the machine (CI's, the README's fresh-clone check) still builds the real pages.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

const RELATIVE = '../shared/corpus/superoffice-docs';

function originFolder() {
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: 'pipe' }).trim();
    const path = url.startsWith('file://') ? new URL(url).pathname : url;
    return isAbsolute(path) && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The docs root to build, or undefined with the places looked at. */
export function findCorpusRoot() {
  if (process.env.CORPUS_ROOT) return { root: resolve(process.env.CORPUS_ROOT), tried: [process.env.CORPUS_ROOT] };
  const origin = originFolder();
  const candidates = [resolve(RELATIVE), ...(origin ? [resolve(origin, RELATIVE)] : [])];
  const root = candidates.find((dir) => existsSync(resolve(dir, 'docs.json')));
  return { root, tried: candidates };
}
