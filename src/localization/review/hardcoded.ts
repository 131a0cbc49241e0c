import { elementName, stringValue, walk, type AstNode, type ParsedSource } from './source-scan.ts';

/**
 * Text a reader sees that is written into a component instead of coming from a catalog through `t()`: a
 * translator never sees it, and the English and pseudo-locale screens keep it in Norwegian. Found in the syntax
 * tree (source-scan.ts): JSX and Astro text between tags, and the attributes that are read or shown (aria-label,
 * title, placeholder, alt, label), written as a literal or as a literal inside `{...}`.
 */

export interface HardcodedText {
  file: string;
  line: number;
  /** `text` between tags, or the attribute's name. */
  where: string;
  text: string;
}

/** Attributes whose value a reader sees or hears. */
export const VISIBLE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/**
 * Literal text that is fine as written, each with its reason. Kept short on purpose: a word belongs in a catalog
 * even when it reads the same in both languages ("OK" too), so a translator can still change it.
 */
export const ALLOWED_TEXT: Readonly<Record<string, string>> = {
  SuperOffice: 'product name, never translated',
  'SuperOffice CRM': 'product name, never translated',
};

/** Elements whose text is code or markup, not prose. */
const NOT_PROSE = new Set(['style', 'script', 'code', 'pre', 'kbd', 'samp', 'template']);

/** Whether a text needs a catalog: it has a letter, and is not on the allow-list. */
export function needsCatalog(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return /\p{L}/u.test(trimmed) && !Object.hasOwn(ALLOWED_TEXT, trimmed);
}

/** String literals an expression can evaluate to directly: `'a'`, `x ? 'a' : 'b'`, `x && 'a'`, `x ?? 'a'`. */
function literalResults(expression: AstNode): AstNode[] {
  if (stringValue(expression) !== undefined) return [expression];
  if (expression.type === 'ConditionalExpression')
    return [...literalResults(expression.consequent as AstNode), ...literalResults(expression.alternate as AstNode)];
  if (expression.type === 'LogicalExpression') return literalResults(expression.right as AstNode);
  return [];
}

function attributeName(attribute: AstNode): string {
  const name = attribute.name as AstNode;
  return name.type === 'JSXNamespacedName'
    ? `${(name.namespace as AstNode).name as string}:${(name.name as AstNode).name as string}`
    : (name.name as string);
}

/** Hard-coded user-visible text in one parsed `.tsx` or `.astro` file. */
export function hardcodedTexts(source: ParsedSource): HardcodedText[] {
  const found: HardcodedText[] = [];
  const add = (node: AstNode, where: string, text: string) => {
    if (needsCatalog(text))
      found.push({ file: source.file, line: source.lineOf(node.start), where, text: text.replace(/\s+/g, ' ').trim() });
  };
  walk(source.root, (node, ancestors) => {
    const name = elementName(node);
    if (name && NOT_PROSE.has(name)) return false;
    if (node.type === 'JSXText') {
      if (ancestors.at(-1)?.type !== 'JSXAttribute') add(node, 'text', node.value as string);
      return;
    }
    if (node.type === 'JSXExpressionContainer' && ancestors.at(-1)?.type !== 'JSXAttribute') {
      for (const literal of literalResults(node.expression as AstNode)) add(literal, 'text', stringValue(literal)!);
      return;
    }
    if (node.type === 'JSXAttribute') {
      const attribute = attributeName(node);
      if (!VISIBLE_ATTRIBUTES.has(attribute) || !node.value) return false;
      const value = node.value as AstNode;
      const literals = value.type === 'JSXExpressionContainer' ? literalResults(value.expression as AstNode) : [value];
      for (const literal of literals) {
        const text = stringValue(literal);
        if (text !== undefined) add(literal, attribute, text);
      }
      return false;
    }
  });
  return found;
}
