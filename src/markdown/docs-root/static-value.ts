import type { Expression, Program } from 'estree';

/** The value of an expression written in a page, when it can be known without running code. */
export type StaticResult = { ok: true; value: unknown } | { ok: false };

const UNKNOWN: StaticResult = { ok: false };

function evaluate(node: Expression): StaticResult {
  switch (node.type) {
    case 'Literal':
      return 'regex' in node || 'bigint' in node ? UNKNOWN : { ok: true, value: node.value };
    case 'TemplateLiteral':
      return node.expressions.length === 0
        ? { ok: true, value: node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join('') }
        : UNKNOWN;
    case 'UnaryExpression': {
      const inner = evaluate(node.argument);
      if (!inner.ok || typeof inner.value !== 'number') return UNKNOWN;
      if (node.operator === '-') return { ok: true, value: -inner.value };
      return node.operator === '+' ? inner : UNKNOWN;
    }
    case 'Identifier':
      return node.name === 'undefined' ? { ok: true, value: undefined } : UNKNOWN;
    case 'ArrayExpression': {
      const values: unknown[] = [];
      for (const element of node.elements) {
        if (!element || element.type === 'SpreadElement') return UNKNOWN;
        const result = evaluate(element);
        if (!result.ok) return UNKNOWN;
        values.push(result.value);
      }
      return { ok: true, value: values };
    }
    case 'ObjectExpression': {
      const value: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init') return UNKNOWN;
        const key = property.key.type === 'Identifier' ? property.key.name : evaluate(property.key);
        const name = typeof key === 'string' ? key : key.ok ? String(key.value) : undefined;
        const result = evaluate(property.value as Expression);
        if (name === undefined || !result.ok) return UNKNOWN;
        value[name] = result.value;
      }
      return { ok: true, value };
    }
    default:
      return UNKNOWN;
  }
}

/**
 * Evaluates the one expression of an MDX expression (`cols={4}`, `style={{ width: 300 }}`, `{'text'}`) when it is
 * made of literals only. Pages are content, not programs: anything that would need code to run is unknown, and
 * the caller says so to the writer.
 */
export function staticValue(program: Program | null | undefined): StaticResult {
  const statement = program?.body[0];
  if (program?.body.length !== 1 || statement?.type !== 'ExpressionStatement') return UNKNOWN;
  return evaluate(statement.expression);
}

/** Whether an MDX expression holds only a comment (`{/* note *\/}`), which renders nothing. */
export function isCommentOnly(program: Program | null | undefined): boolean {
  return program?.body.length === 0;
}
