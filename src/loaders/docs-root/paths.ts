import { join } from 'node:path';

/** Where the build keeps what the output step needs from the docs-root loader (the images to copy). */
export const DOCS_ROOT_CACHE = 'node_modules/.cache/docs-root';
export const IMAGES_MANIFEST = join(DOCS_ROOT_CACHE, 'images.json');
