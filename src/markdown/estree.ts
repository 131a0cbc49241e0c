import type { Program } from 'estree';
import { Parser, type Comment, type Options } from 'acorn';
import jsx from 'acorn-jsx';

/** Acorn with JSX, as remark-mdx reads a page's JavaScript (an attribute may hold `<Icon />`). */
const JsxParser = Parser.extend(jsx());

const OPTIONS: Options = { ecmaVersion: 'latest', sourceType: 'module' };

/** Parses `source` as a module, its comments kept on the program as remark-mdx keeps them. */
function parseProgram(source: string): Program {
  const comments: Comment[] = [];
  const program = JsxParser.parse(source, { ...OPTIONS, onComment: comments }) as unknown as Program;
  return { ...program, comments: comments };
}

/** An `import`/`export` block as a program. */
export function esmProgram(value: string): Program {
  return parseProgram(value);
}

/**
 * `{value}` as a program: one expression statement, or no statement when the braces hold only comments (an MDX
 * comment, `{/* … *\/}`), with the comments kept. `spread` reads `{...props}` on an element as an object.
 */
export function expressionProgram(value: string, kind: 'expression' | 'spread' = 'expression'): Program {
  const comments: Comment[] = [];
  const tokens = [...JsxParser.tokenizer(value, { ...OPTIONS, onComment: comments })];
  if (tokens.length === 0) {
    return { type: 'Program', sourceType: 'module', body: [], comments: comments };
  }
  return parseProgram(kind === 'spread' ? `({${value}\n})` : `(${value}\n)`);
}
