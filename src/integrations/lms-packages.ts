import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PlayerBundle } from '../lms/build/bundle.ts';
import type { Standard } from '../lms/standards.ts';

/**
 * Writes the learning-platform packages into dist/lms/ after every `astro build`: for cmi5, SCORM 2004 and
 * SCORM 1.2, one zip per exercise and one for the course of all exercises, each in Test and in Veiledet. The
 * player is built once (src/lms/build/bundle.ts) and goes into every package; its build starts with the site's
 * build and runs beside it, as it needs nothing the site's build makes, and the packages wait for it at the end.
 * The modules are imported when a build starts, so loading the site's config does not load them.
 */
export function lmsPackagesIntegration(): AstroIntegration {
  let root = process.cwd();
  let work: Promise<string> | undefined;
  let player: Promise<PlayerBundle> | undefined;
  return {
    name: 'lms-packages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        const folder = mkdtemp(join(tmpdir(), 'erp-lms-'));
        work = folder;
        // build:done removes it; a build that fails before then never gets there, so the process's end does.
        void folder.then((dir) => process.once('exit', () => rmSync(dir, { recursive: true, force: true })));
        player = Promise.all([import('../lms/build/bundle.ts'), folder]).then(([{ buildPlayer }, dir]) =>
          buildPlayer(root, dir),
        );
        // Awaited (and any failure reported) by build:done; this keeps a failure from going unhandled before then.
        player.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const [{ loadExercisePages }, packages] = await Promise.all([
          import('../loaders/exercise-pages.ts'),
          import('../lms/build/packages.ts'),
        ]);
        const outDir = fileURLToPath(dir);
        const { exercises, worlds } = await loadExercisePages();
        try {
          if (!player) throw new Error('The learning-platform player was not started with the build.');
          const bundle = await player;
          const schemas = new Map<Standard, Record<string, Uint8Array>>();
          const ctx = {
            player: bundle,
            worlds,
            schemas: (standard: Standard) => {
              if (!schemas.has(standard)) schemas.set(standard, packages.schemaFiles(root, standard));
              return schemas.get(standard) ?? {};
            },
          };
          const specs = packages.packageSpecs(exercises);
          let bytes = 0;
          for (const spec of specs) {
            const zip = packages.zipFiles(packages.packageFiles(spec, ctx));
            const file = join(outDir, packages.packageFile(spec));
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, zip);
            bytes += zip.length;
          }
          logger.info(
            `${specs.length} packages in ${Date.now() - started} ms after the pages (${Math.round(bytes / 1024)} KB in all, player ${Math.round(bundle.js.length / 1024)} KB)`,
          );
        } finally {
          if (work) await rm(await work, { recursive: true, force: true });
        }
      },
    },
  };
}
