import { unzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../../src/lms/build/packages.ts';

/** Some bytes a player might hold: repetitive enough to compress, long enough to matter. */
const player = strToU8('function step(){return "Rediger ERP-kobling";}\n'.repeat(4000));

describe('the packages’ zips', () => {
  it('hold every file unchanged, in the order given, the manifest first', () => {
    const files = {
      'imsmanifest.xml': strToU8('<manifest/>'),
      'ovelse/a.html': strToU8('<p>æøå</p>'),
      'ovelse.js': player,
    };
    const zip = zipFiles(files);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toEqual(Object.keys(files));
    for (const [name, bytes] of Object.entries(files)) expect(unzipped[name]).toEqual(bytes);
    expect(zip.length).toBeLessThan(player.length / 10);
  });

  it('give the same bytes for the same files, also when a shared file was compressed for an earlier zip', () => {
    const first = zipFiles({ 'cmi5.xml': strToU8('<courseStructure/>'), 'ovelse.js': player });
    zipFiles({ 'imsmanifest.xml': strToU8('<manifest/>'), 'ovelse.js': player });
    const again = zipFiles({ 'cmi5.xml': strToU8('<courseStructure/>'), 'ovelse.js': player });
    expect(again).toEqual(first);
  });

  it('keep an empty file', () => {
    expect(unzipSync(zipFiles({ 'tom.txt': new Uint8Array(0) }))['tom.txt']).toEqual(new Uint8Array(0));
  });
});
