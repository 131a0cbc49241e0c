import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { displayPath, fail, fileOrigin, originOf, where } from '../origin.ts';

/**
 * Whether problems in a file stop the build. The site's own pages are strict: a writer fixes the page. A corpus
 * written for another renderer (Mintlify's pages under a docs root) is not ours to fix, so there a problem is
 * reported and the page is rendered as well as it can be, losing no text. A function decides per file.
 */
export type Strictness = boolean | ((path: string) => boolean);

/** A problem found in a lenient file: where it is, which rule, and what was done about it. */
export interface DialectWarning {
  /** The file the text was written in (an include, or the page itself), relative to the working directory. */
  file: string;
  line: number | undefined;
  /** The page being compiled, which may differ from `file` for included text. */
  page: string;
  rule: string;
  message: string;
}

/** Where lenient problems go. Default: one line on the build log each; a build report can collect them instead. */
export type WarningSink = (warning: DialectWarning) => void;

/** How problems in one file are handled. */
export interface Policy {
  strict: boolean;
  onWarning: WarningSink;
}

const printWarning: WarningSink = (warning) => {
  const place = warning.line ? `${warning.file}:${warning.line}` : warning.file;
  console.warn(`[docs-dialect] ${place}: ${warning.message}`);
};

/** The options that set the policy: every dialect plugin takes them. */
export interface PolicyOptions {
  /** Default: `true`, every problem stops the build. */
  strict?: Strictness;
  /** Default: a line on the build log per problem. */
  onWarning?: WarningSink;
}

/** The policy for one file; strict unless told otherwise. */
export function policyFor(file: VFile, { strict = true, onWarning = printWarning }: PolicyOptions = {}): Policy {
  return { strict: typeof strict === 'function' ? strict(fileOrigin(file).path) : strict, onWarning };
}

/**
 * A problem at `node`: stops the build naming file and line in a strict file; in a lenient one it is recorded on
 * the vfile, handed to the warning sink and the caller goes on with its fallback.
 */
export function report(file: VFile, node: Node, policy: Policy, reason: string, rule: string): void {
  if (policy.strict) fail(file, node, reason, rule);
  const origin = originOf(node, file);
  file.message(`${where(origin.path, node.position)}: ${reason}`, {
    place: node.position,
    ruleId: rule,
    source: 'docs-dialect',
  });
  policy.onWarning({
    file: displayPath(origin.path),
    line: node.position?.start.line,
    page: displayPath(fileOrigin(file).path),
    rule,
    message: reason,
  });
}
