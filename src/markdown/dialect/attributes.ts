import type { JsxElement } from '../jsx.ts';
import { didYouMean } from '../suggest.ts';
import type { DialectContext } from './context.ts';

/**
 * What an attribute of a component may hold. `ignored` attributes are accepted and have no effect (Mintlify's
 * `color`: the site's colours follow its light and dark themes, not the page).
 */
export type AttributeKind = 'string' | 'number' | 'boolean' | 'ignored';
export type AttributeSpec = Readonly<Record<string, AttributeKind>>;
export type AttributeValues = Partial<Record<string, string | number | boolean>>;

/** A literal in an expression value (`cols={3}`, `defaultOpen={true}`); anything else is not known at build time. */
function literal(expression: string): string | number | boolean | undefined {
  const trimmed = expression.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  const quoted = /^(["'`])(.*)\1$/s.exec(trimmed);
  return quoted ? quoted[2] : undefined;
}

function coerce(kind: AttributeKind, value: string | number | boolean): string | number | boolean | undefined {
  if (kind === 'string') return typeof value === 'string' ? value : String(value);
  if (kind === 'number') {
    const number = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  if (kind === 'boolean') return typeof value === 'boolean' ? value : value === 'true' ? true : undefined;
  return undefined;
}

/**
 * Reads a component's attributes against its spec. An attribute the component does not know, a spread
 * (`{...props}`), an expression that is not a literal or a value of the wrong kind is a problem naming the
 * component and the attribute; in a lenient file it is left out and the component renders without it.
 */
export function readAttributes(node: JsxElement, spec: AttributeSpec, context: DialectContext): AttributeValues {
  const values: AttributeValues = {};
  const name = node.name ?? '';
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      context.problem(node, `<${name}> cannot take {…} spread attributes; write each attribute out.`, 'dialect:spread');
      continue;
    }
    const kind = spec[attribute.name];
    if (kind === undefined) {
      const known = Object.keys(spec).filter((key) => spec[key] !== 'ignored');
      const hint = didYouMean(attribute.name, known);
      const list = known.length > 0 ? ` It takes: ${known.join(', ')}.` : ' It takes no attributes.';
      context.problem(node, `<${name}> has no attribute "${attribute.name}".${hint}${list}`, 'dialect:attribute');
      continue;
    }
    if (kind === 'ignored') continue;
    const raw = attribute.value;
    const value = raw === null || raw === undefined ? true : typeof raw === 'string' ? raw : literal(raw.value);
    const coerced = value === undefined ? undefined : coerce(kind, value);
    if (coerced === undefined) {
      const written =
        raw === null || raw === undefined ? attribute.name : typeof raw === 'string' ? raw : `{${raw.value}}`;
      const reason = `<${name}> attribute ${attribute.name}=${written} must be a ${kind} written out in the page.`;
      context.problem(node, reason, 'dialect:attribute-value');
      continue;
    }
    values[attribute.name] = coerced;
  }
  return values;
}

/** A string attribute that must be there and not blank; a problem otherwise. */
export function requireString(
  node: JsxElement,
  values: AttributeValues,
  attribute: string,
  context: DialectContext,
): string | undefined {
  const value = values[attribute];
  if (typeof value === 'string' && value.trim()) return value.trim();
  context.problem(node, `<${node.name ?? ''}> needs ${attribute}="…".`, 'dialect:missing-attribute');
  return undefined;
}
