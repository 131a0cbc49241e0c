import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PROVIDED_COMPONENTS } from '../../../../src/markdown/dialect/index.ts';
import { compileWithAstro, renderFixture, renderLenientDom } from '../render.ts';

describe('components a page uses without importing them', () => {
  test('an unknown component fails naming file, line and the closest name', async () => {
    await expect(renderFixture('no/bad/unknown-component.mdx')).rejects.toThrow(
      'unknown-component.mdx:5: Unknown component <Notee>. Did you mean "Note"? Import it at the top of the file, or use a built-in component.',
    );
  });

  test('in a lenient file an unknown component is reported and what it wrapped is kept', async () => {
    const page = await renderLenientDom('no/bad/unknown-component.mdx');
    const { body, warnings } = page;
    expect(body.textContent).toBe('Innhold som ikke skal gå tapt.');
    expect(warnings).toEqual([expect.objectContaining({ line: 5, rule: 'dialect:unknown-component' })]);
  });

  test("imported and locally exported components and the site's own components are known", async () => {
    const code = await compileWithAstro('no/dialect/imported-component.mdx');
    expect(code).toContain('_jsx(Shared, {})');
    expect(code).toContain('_jsx(Local, {})');
    expect(code).toContain('_jsx(TryInSimulator, {');
  });

  test('the components the site provides are the ones src/components/mdx.ts passes to every page', () => {
    const source = readFileSync('src/components/mdx.ts', 'utf8');
    const names = /mdxComponents = \{([^}]*)\}/
      .exec(source)?.[1]
      ?.split(',')
      .map((name) => name.trim());
    expect(names?.sort()).toEqual([...PROVIDED_COMPONENTS].sort());
  });

  test("the tabs' script is imported only into files with tabs, in Astro's pipeline", async () => {
    const withTabs = await compileWithAstro('no/dialect/structure.mdx');
    expect(withTabs).toMatch(/^import DialectTabsScript from ".*\/src\/components\/mdx\/TabsScript\.astro";$/m);
    expect(withTabs).toContain('_jsx(DialectTabsScript, {})');
    expect(await compileWithAstro('no/dialect/layout.mdx')).not.toContain('DialectTabsScript');
  });
});
