import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GROUP_SIZE, writeBarePages, writeStarlightPages } from './generated-docs-root.mjs';

/** Starlight's releases for Astro 7 (its peer range is `astro ^7.2.10` from 0.42). */
const STARLIGHT_RANGE = '^0.42.4';
/** A project of its own, kept between runs so Starlight is installed once. */
export const STARLIGHT_DIR = process.env.BENCH_STARLIGHT_DIR || join(tmpdir(), 'erp-hjelp-bench-starlight');
/** A bare Astro project inside it, using its packages (Astro and @astrojs/mdx come with Starlight). */
export const BARE_DIR = join(STARLIGHT_DIR, 'bare');

/** The bare project for one parser: `bare` with the unified processor, `bare-satteri` with Astro's default. */
export const bareDir = (parser) => (parser === 'unified' ? BARE_DIR : `${BARE_DIR}-${parser}`);

/**
 * Installs Astro Starlight into its own project under the system's temp folder, with the same Astro as this site
 * (and the packages of the bare Astro project beside it), unless it is there already. Returns undefined when it is ready, or why it could not be installed (no network and
 * nothing in npm's cache, for example): the benchmark then measures this site alone and says so.
 */
export function installStarlight() {
  const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
  const astro = version('astro');
  const manifest = {
    name: 'bench-starlight',
    private: true,
    type: 'module',
    dependencies: {
      astro,
      '@astrojs/starlight': STARLIGHT_RANGE,
      // The bare Astro project beside it: the MDX integration and the unified processor at this site's versions.
      '@astrojs/mdx': version('@astrojs/mdx'),
      '@astrojs/markdown-remark': version('@astrojs/markdown-remark'),
    },
  };
  mkdirSync(STARLIGHT_DIR, { recursive: true });
  const manifestPath = join(STARLIGHT_DIR, 'package.json');
  const wanted = JSON.stringify(manifest, null, 2);
  const ready =
    existsSync(join(STARLIGHT_DIR, 'node_modules/@astrojs/starlight/package.json')) &&
    existsSync(manifestPath) &&
    readFileSync(manifestPath, 'utf8') === wanted;
  if (ready) return undefined;
  writeFileSync(manifestPath, wanted);
  console.log(`  installing Astro Starlight ${STARLIGHT_RANGE} with astro ${astro} into ${STARLIGHT_DIR} …`);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: STARLIGHT_DIR,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  if (result.status === 0) return undefined;
  const why = `${result.stderr ?? ''}${result.error?.message ?? ''}`.trim().split('\n').slice(-3).join(' ');
  return `npm install failed (${why || `exit ${result.status}`})`;
}

/**
 * Writes the Starlight project for `count` copies of the seed page: its configuration (the sidebar has the same
 * groups as the generated docs root's navigation), its content collection, and the pages.
 */
export function writeStarlightProject(count) {
  const groups = Math.ceil(count / GROUP_SIZE);
  writeFileSync(
    join(STARLIGHT_DIR, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

const groups = Array.from({ length: ${groups} }, (_, k) => ({
  label: \`Del \${k + 1}\`,
  items: [{ autogenerate: { directory: \`no/gen/g\${k}\` } }],
}));

export default defineConfig({
  integrations: [
    starlight({
      title: 'Generert hjelp',
      defaultLocale: 'root',
      locales: { root: { label: 'Norsk', lang: 'nb' } },
      sidebar: [{ label: 'Generert', items: groups }],
    }),
  ],
});
`,
  );
  mkdirSync(join(STARLIGHT_DIR, 'src'), { recursive: true });
  writeFileSync(
    join(STARLIGHT_DIR, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeStarlightPages(join(STARLIGHT_DIR, 'src/content/docs'), count);
}

/**
 * Writes a bare Astro project for `count` copies of the seed page: @astrojs/mdx with an empty plugin set, a layout
 * that sets only the title, no integrations. Its build time is what Astro itself needs for these pages, the floor
 * under this site's own figure: with `parser` 'unified' (the processor the site's own MDX pages use) or 'satteri'
 * (Astro 7's default, native parser, which Starlight uses and which reads the site's docs-root pages).
 */
export function writeBareProject(count, parser = 'unified') {
  const dir = bareDir(parser);
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  const processor =
    parser === 'unified'
      ? `import { unified } from '@astrojs/markdown-remark';\n\nconst markdown = { processor: unified({ remarkPlugins: [], rehypePlugins: [] }) };`
      : `const markdown = {};`;
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
${processor}

export default defineConfig({ markdown, integrations: [mdx()] });
`,
  );
  writeFileSync(
    join(dir, 'src/layouts/Page.astro'),
    `---
const { frontmatter } = Astro.props;
---

<html lang="nb"><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head><body><slot /></body></html>
`,
  );
  writeBarePages(join(dir, 'src/pages'), count);
}
