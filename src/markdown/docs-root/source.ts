import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { ContentError } from '../../schemas/friendly-error.ts';

/** A docs-root file: its body (frontmatter blanked to spaces, so lines still match) and its frontmatter. */
export interface DocsRootSource {
  content: string;
  frontmatter: Record<string, unknown>;
  /** The 1-based line of each top-level frontmatter key. */
  lines: ReadonlyMap<string, number>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Reads frontmatter the way writers see it: every scalar as the text they wrote (YAML's failsafe schema), so
 * `version: 10.10` stays "10.10" and is never turned into the number 10.1. Fields that are flags (`index`) are
 * read as true/false by the schema afterwards.
 */
export function parseDocsRootSource(text: string, file: string): DocsRootSource {
  const match = FRONTMATTER.exec(text);
  if (!match) return { content: text, frontmatter: {}, lines: new Map() };
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { schema: 'failsafe', lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + 1;
    throw new ContentError(file, [{ field: '(frontmatter)', line, message: error.message.split('\n')[0]! }]);
  }
  const value: unknown = doc.toJS();
  const frontmatter = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const lines = new Map<string, number>();
  const contents = doc.contents as { items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> };
  for (const pair of contents?.items ?? []) {
    if (pair.key?.range) lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + 1);
  }
  const blank = match[0].replace(/[^\r\n]/g, ' ');
  return { content: blank + text.slice(match[0].length), frontmatter: frontmatter as Record<string, unknown>, lines };
}

export function readDocsRootSource(path: string, file: string): DocsRootSource {
  return parseDocsRootSource(readFileSync(path, 'utf8'), file);
}
