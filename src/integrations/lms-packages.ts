import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Standard } from '../lms/standards.ts';

/**
 * Writes the learning-platform packages into dist/lms/ after every `astro build`: for cmi5, SCORM 2004 and
 * SCORM 1.2, one zip per exercise and one for the course of all exercises, each in Test and in Veiledet. The
 * player is built once (src/lms/build/bundle.ts) and goes into every package. The modules are imported when the
 * hook runs, so loading the site's config does not load them.
 */
export function lmsPackagesIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'lms-packages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const [{ loadExercisePages }, { buildPlayer }, packages] = await Promise.all([
          import('../loaders/exercise-pages.ts'),
          import('../lms/build/bundle.ts'),
          import('../lms/build/packages.ts'),
        ]);
        const outDir = fileURLToPath(dir);
        const { exercises, worlds } = await loadExercisePages();
        const work = await mkdtemp(join(tmpdir(), 'erp-lms-'));
        try {
          const player = await buildPlayer(root, work);
          const schemas = new Map<Standard, Record<string, Uint8Array>>();
          const ctx = {
            player,
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
            `${specs.length} packages in ${Date.now() - started} ms (${Math.round(bytes / 1024)} KB in all, player ${Math.round(player.js.length / 1024)} KB)`,
          );
        } finally {
          await rm(work, { recursive: true, force: true });
        }
      },
    },
  };
}
