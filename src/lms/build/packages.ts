import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { strToU8, Zip, type ZipInputFile } from 'fflate';
import nbExercises from '../../../content/i18n/nb/exercises.json' with { type: 'json' };
import nbLms from '../../../content/i18n/nb/lms.json' with { type: 'json' };
import type { Exercise, ExerciseWorld } from '../../exercises/engine/index.ts';
import { islandMessages } from '../../exercises/ui/catalog.ts';
import { createTranslate } from '../../i18n/translate.ts';
import { COURSE_ID, GRADED_MODES, packagePath, STANDARDS, type Standard } from '../standards.ts';
import type { PlayerBundle } from './bundle.ts';
import { launchPage } from './launch-page.ts';
import {
  cmi5CourseStructure,
  launchHref,
  PLAYER_FILES,
  scorm12Manifest,
  scorm2004Manifest,
  type ManifestInput,
} from './manifests.ts';

/** One package to build: a standard, an exercise or the course, and the graded mode. */
export interface PackageSpec extends ManifestInput {
  standard: Standard;
}

/** Every package: for each standard and graded mode, one per exercise and one course of them all. */
export function packageSpecs(exercises: readonly Exercise[]): PackageSpec[] {
  const t = createTranslate(nbLms);
  const scopes = [
    ...exercises.map((e) => ({ id: e.id, title: e.title, description: e.goal, exercises: [e] })),
    { id: COURSE_ID, title: t('lms.course.title'), description: t('lms.course.description'), exercises },
  ];
  return STANDARDS.flatMap((standard) =>
    GRADED_MODES.flatMap((mode) => scopes.map((scope) => ({ ...scope, standard, mode }))),
  );
}

const MANIFEST: Record<Standard, { file: string; write: (input: ManifestInput) => string }> = {
  cmi5: { file: 'cmi5.xml', write: cmi5CourseStructure },
  scorm2004: { file: 'imsmanifest.xml', write: scorm2004Manifest },
  scorm12: { file: 'imsmanifest.xml', write: scorm12Manifest },
};

/** The official schemas a SCORM package carries at its root (src/lms/xsd); cmi5 packages need none. */
export function schemaFiles(root: string, standard: Standard): Record<string, Uint8Array> {
  if (standard === 'cmi5') return {};
  const dir = join(root, 'src/lms/xsd', standard);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => /\.(xsd|dtd)$/.test(f))
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}

export interface PackageContext {
  player: PlayerBundle;
  worlds: ReadonlyMap<string, ExerciseWorld>;
  schemas: (standard: Standard) => Record<string, Uint8Array>;
}

/** A package's files, path to bytes. */
export function packageFiles(spec: PackageSpec, ctx: PackageContext): Record<string, Uint8Array> {
  const messages = { ...islandMessages(), ...nbLms };
  const t = createTranslate({ ...nbExercises, ...nbLms });
  const pages = spec.exercises.map((exercise) => {
    const world = ctx.worlds.get(exercise.id);
    if (!world) throw new Error(`No world for exercise "${exercise.id}"`);
    const config = { standard: spec.standard, mode: spec.mode, packageId: spec.id };
    return [launchHref(exercise.id), strToU8(launchPage({ exercise, world, config, messages, t }))] as const;
  });
  const [js, css] = PLAYER_FILES;
  return {
    [MANIFEST[spec.standard].file]: strToU8(MANIFEST[spec.standard].write(spec)),
    ...ctx.schemas(spec.standard),
    ...Object.fromEntries(pages),
    [js]: ctx.player.js,
    [css]: ctx.player.css,
  };
}

/** Every file's time in the zip: fixed, so the same content gives the same bytes in every build. */
const ZIP_TIME = new Date('2025-01-01T00:00:00Z');

interface Deflated {
  crc: number;
  size: number;
  data: Uint8Array<ArrayBuffer>;
}

/**
 * Files compressed so far, by their bytes: the player and the schemas are the same in every package, so each is
 * compressed once per build (at the highest level) instead of once per zip, which was most of the packages' time.
 */
const deflatedOnce = new WeakMap<Uint8Array, Deflated>();

function deflated(bytes: Uint8Array): Deflated {
  let entry = deflatedOnce.get(bytes);
  if (!entry) {
    entry = { crc: crc32(bytes), size: bytes.length, data: new Uint8Array(deflateRawSync(bytes, { level: 9 })) };
    deflatedOnce.set(bytes, entry);
  }
  return entry;
}

/**
 * A zip of the files, the manifest first (some platforms look for it at the start). fflate writes the archive;
 * each entry is handed over already deflated, through the library's own interface for custom compression.
 */
export function zipFiles(files: Record<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [filename, bytes] of Object.entries(files)) {
    const { crc, size, data } = deflated(bytes);
    const entry: ZipInputFile = { filename, crc, size, compression: 8, mtime: ZIP_TIME };
    zip.add(entry);
    entry.ondata?.(null, data, true);
  }
  zip.end();
  const archive = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    archive.set(chunk, at);
    at += chunk.length;
  }
  return archive;
}

/** Where a package is written under the site's output, and its mode (for the trainer page's links). */
export const packageFile = (spec: Pick<PackageSpec, 'standard' | 'id' | 'mode'>) =>
  packagePath(spec.standard, spec.id, spec.mode);
