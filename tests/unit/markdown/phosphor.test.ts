import * as barrel from '@phosphor-icons/react/dist/ssr';
import { describe, expect, test } from 'vitest';
import { iconNames, loadIcon } from '../../../src/markdown/phosphor.ts';

/** `ArrowCircleUpIcon` -> `arrow-circle-up`, as writers name icons in `ph-…` classes. */
const kebab = (exportName: string) =>
  exportName
    .replace(/Icon$/, '')
    .replace(/(?<!^)(?=[A-Z])/g, '-')
    .toLowerCase();

describe('Phosphor icons by name, without importing the barrel at build time', () => {
  test('every icon the package exports is found by its name, renamed ones too, as the same component', async () => {
    const exported = Object.entries(barrel).filter(([name]) => name.endsWith('Icon'));
    expect(iconNames().size).toBe(exported.length);
    for (const [name, component] of exported) expect(await loadIcon(kebab(name)), name).toBe(component);
    // A renamed icon the real help uses: `CircleWavyWarningIcon` is drawn by the `SealWarning` module.
    expect(await loadIcon('circle-wavy-warning')).toBe(barrel.SealWarningIcon);
  });

  test('a name Phosphor does not have is unknown', () => {
    expect(iconNames().has('barcod')).toBe(false);
    expect(loadIcon('barcod')).toBeUndefined();
  });
});
