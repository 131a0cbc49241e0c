import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';

/** The launch page's script and styles, as files of the package. */
export interface PlayerBundle {
  js: Uint8Array;
  css: Uint8Array;
}

export const PLAYER_ENTRY = 'src/lms/player/main.tsx';

/**
 * Builds the package's player (src/lms/player/main.tsx) with Vite, the site's own bundler, into one classic
 * script and one style sheet: a classic script, not a module, so the page also runs when a learner opens the
 * unzipped package from disk (browsers refuse modules from file://), and one file, as a package cannot fetch
 * the site's chunks. Everything it imports lazily on the site is inlined here.
 */
export async function buildPlayer(root: string, outDir: string): Promise<PlayerBundle> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      cssCodeSplit: false,
      reportCompressedSize: false,
      lib: {
        entry: join(root, PLAYER_ENTRY),
        formats: ['iife'],
        name: 'ErpOvelse',
        fileName: () => 'ovelse.js',
        cssFileName: 'ovelse',
      },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const [js, css] = await Promise.all([readFile(join(outDir, 'ovelse.js')), readFile(join(outDir, 'ovelse.css'))]);
  return { js, css };
}
