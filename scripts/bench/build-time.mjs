import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve('.');

/** A page like the seed, with its own uid, linking onwards so the link checker has work to do. */
function generatedPage(id, link) {
  return `---
uid: bench-${id}
title: Testside ${id}
description: Generert side for å måle byggetiden.
keywords: bench, ERP-kobling
author: Bench
date: 03.31.2025
version: 10.5
content_type: howto
license: development-tools
audience: settings
audience_tooltip: Innstillinger og vedlikehold
language: no
---

# Testside ${id}

> [!NOTE]
> Hvis koblingen er aktiv, må du deaktivere den før du endrer konfigurasjonsverdier.

## Trinn

1. Velg <i class="ph ph-barcode" aria-label="Strekkode"></i> **Tilbud/Sync** og gå til fanen **Sync**.
1. Se [neste side](${link}#trinn).
`;
}

/** Builds a throwaway copy of the site with `count` generated pages added, and returns the seconds it took. */
function timeBuild(count) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  try {
    // Code is copied (Astro's compiler keys its caches by real path, so a symlinked src/ confuses it); only
    // node_modules is linked.
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    for (const entry of ['src', 'public', 'package.json', 'tsconfig.json', 'astro.config.mjs']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    // The real site plus `count` generated pages: the site's own pages (the simulator, exercises and review pages
    // read them) stay, so the figure is what a writer adding that many pages would see.
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    mkdirSync(join(dir, 'content/docs/gen'), { recursive: true });
    const toc = ['- label: Generert', '  items:'];
    for (let i = 0; i < count; i++) {
      writeFileSync(join(dir, `content/docs/gen/page-${i}.mdx`), generatedPage(i, `page-${(i + 1) % count}.md`));
      toc.push(`    - page: gen/page-${i}.mdx`);
    }
    if (count > 0) appendFileSync(join(dir, 'content/docs/toc.yaml'), toc.join('\n') + '\n');
    const started = performance.now();
    try {
      execFileSync('npx', ['astro', 'build'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (error) {
      throw new Error(`The ${count}-page build failed:\n${error.stdout}\n${error.stderr}`, { cause: error });
    }
    return (performance.now() - started) / 1000;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints build time for each page count. */
export async function measureBuildTimes(counts) {
  console.log('\nBuild time of the site with generated pages added (astro build, including the Pagefind index)');
  const rows = {};
  for (const count of counts) {
    const seconds = timeBuild(count);
    rows[count ? `site + ${count} pages` : 'the site alone'] = { seconds: seconds.toFixed(1) };
    console.log(`  ${count ? `site + ${count} generated pages` : 'the site alone'}: ${seconds.toFixed(1)} s`);
  }
  console.table(rows);
}
