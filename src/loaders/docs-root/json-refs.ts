import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { z } from 'zod';
import { ContentError } from '../../schemas/friendly-error.ts';
import { yamlLineFinder } from '../../schemas/yaml-location.ts';
import { resolveContentFile } from '../content-files.ts';

type Path = Array<string | number>;

/** Where a parsed JSON object or array was written: its file, that file's text and its path inside the file. */
interface Origin {
  file: string;
  text: string;
  path: Path;
}

const origins = new WeakMap<object, Origin>();

/** A path as build output shows it: relative to the project, with forward slashes. */
export function shown(path: string): string {
  return relative(process.cwd(), path).split(sep).join('/') || path;
}

function remember(value: unknown, origin: Origin): void {
  if (typeof value !== 'object' || value === null) return;
  origins.set(value, origin);
  for (const [key, child] of Object.entries(value)) {
    remember(child, { ...origin, path: [...origin.path, Array.isArray(value) ? Number(key) : key] });
  }
}

/** Reads a JSON file; a syntax error names the file and the line. */
export function readJsonFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    throw new ContentError(shown(file), [{ field: '(JSON syntax)', line, message: (error as Error).message }]);
  }
  remember(value, { file, text, path: [] });
  return value;
}

function isRef(value: unknown): value is { $ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}

/**
 * Replaces every `{ "$ref": "./file.json" }` below `value` with the parsed file, resolved relative to the file
 * that names it (Mintlify's rule), through the content-file rule. `skip` leaves a part of the tree unresolved
 * (a language whose pages are not in this checkout keeps its `$ref`, and its file is never read).
 */
export function resolveRefs(
  value: unknown,
  file: string,
  roots: readonly string[],
  skip: (value: unknown) => boolean = () => false,
  chain: readonly string[] = [file],
): unknown {
  if (skip(value)) return value;
  if (isRef(value)) {
    const origin = origins.get(value);
    const line = origin ? yamlLineFinder(origin.text)(origin.path) : undefined;
    const target = resolveContentFile({
      target: value.$ref,
      from: file,
      line,
      kind: 'navigation',
      roots,
      label: '$ref',
    });
    if (chain.includes(target)) {
      const cycle = [...chain, target].map(shown).join(' -> ');
      throw new ContentError(shown(file), [{ field: '$ref', line, message: `$ref cycle: ${cycle}` }]);
    }
    return resolveRefs(readJsonFile(target), target, roots, skip, [...chain, target]);
  }
  if (typeof value !== 'object' || value === null) return value;
  const resolved: unknown[] | Record<string, unknown> = Array.isArray(value)
    ? value.map((item) => resolveRefs(item, file, roots, skip, chain))
    : Object.fromEntries(
        Object.entries(value).map(([key, child]) => [key, resolveRefs(child, file, roots, skip, chain)]),
      );
  const origin = origins.get(value);
  if (origin) origins.set(resolved, origin);
  return resolved;
}

/** The file and line a path of a composed value (refs resolved) was written at. */
function placeOf(root: unknown, path: readonly PropertyKey[], fallback: string): { file: string; line?: number } {
  let node: unknown = root;
  let best: { origin: Origin; rest: PropertyKey[] } | undefined;
  for (let i = 0; i <= path.length; i++) {
    const origin = typeof node === 'object' && node !== null ? origins.get(node) : undefined;
    if (origin) best = { origin, rest: path.slice(i) };
    if (i === path.length || typeof node !== 'object' || node === null) break;
    node = (node as Record<PropertyKey, unknown>)[path[i] as string];
  }
  if (!best) return { file: shown(fallback) };
  const line = yamlLineFinder(best.origin.text)([...best.origin.path, ...best.rest]);
  return { file: shown(best.origin.file), line };
}

/**
 * Validates a composed value with a schema. Each problem names the file it was written in (docs.json or a file
 * one of its `$ref`s pulled in) and the line there.
 */
export function parseComposed<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const place = placeOf(value, issue.path, file);
    return { place, field: issue.path.join('.') || '(whole file)', message: issue.message };
  });
  const first = problems[0]!.place.file;
  throw new ContentError(
    first,
    problems.map((p) => ({
      field: p.place.file === first ? p.field : `${p.field} (in ${p.place.file})`,
      line: p.place.file === first ? p.place.line : undefined,
      message: p.message,
    })),
  );
}
