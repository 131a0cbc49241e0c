import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Program } from 'estree';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { Processor } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DOCS_DIR } from '../../navigation/routes.ts';
import { isJsxElement, type JsxElement } from '../jsx.ts';
import { didYouMean } from '../suggest.ts';
import { renderAccordion, renderAccordionGroup } from './accordion.ts';
import { CALLOUT_KINDS, renderCallout, renderCustomCallout } from './callouts.ts';
import { renderCard, renderColumns } from './cards.ts';
import type { DialectContext, ParentLike } from './context.ts';
import { renderIconComponent } from './icon.ts';
import { catalogLanguage, pageLanguage } from './language.ts';
import { renderFrame, renderIframe } from './media.ts';
import { policyFor, report, type PolicyOptions } from './problems.ts';
import { renderOrphanStep, renderSteps } from './steps.ts';
import { renderOrphanTab, renderTabs } from './tabs.ts';
import { siteTexts } from './texts.ts';

type Renderer = (node: JsxElement, context: DialectContext) => RootContent[];

/** The built-in components of Mintlify's dialect: any page may use them without an import. */
const COMPONENTS: Readonly<Record<string, Renderer>> = {
  ...Object.fromEntries(Object.keys(CALLOUT_KINDS).map((name) => [name, renderCallout])),
  Callout: renderCustomCallout,
  Icon: renderIconComponent,
  Card: renderCard,
  Columns: renderColumns,
  Frame: renderFrame,
  Steps: renderSteps,
  Step: renderOrphanStep,
  Tabs: renderTabs,
  Tab: renderOrphanTab,
  Accordion: renderAccordion,
  AccordionGroup: renderAccordionGroup,
};

export const DIALECT_COMPONENTS: readonly string[] = Object.keys(COMPONENTS);

/**
 * Components the site passes to every page when it renders (`mdxComponents` in src/components/mdx.ts), which
 * pages use without importing them. Keep in step with that file; a test compares the two.
 */
export const PROVIDED_COMPONENTS: readonly string[] = ['SimulatorEmbed', 'TryInSimulator'];

/** The Astro component whose script makes tabs operable; imported into each MDX file that has tabs. */
export const TABS_SCRIPT = fileURLToPath(new URL('../../components/mdx/TabsScript.astro', import.meta.url));
const TABS_SCRIPT_NAME = 'DialectTabsScript';

/** Options of {@link remarkDialectComponents}. */
export interface DialectComponentOptions extends PolicyOptions {
  /** Folder holding the language folders (`no/`, `en/`), for a page's language. Default: `content/docs`. */
  docsRoot?: string;
  /** Component names supplied at render time, which pages use without importing. */
  provided?: readonly string[];
  /**
   * Module the tabs' script component is imported from, or `false` to leave it out (a React render in tests,
   * which cannot load Astro components). Default: {@link TABS_SCRIPT}.
   */
  tabsScript?: string | false;
}

/** Names an MDX file brings into scope itself: its imports and exported declarations. */
function declaredNames(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type === 'ImportDeclaration') {
        for (const specifier of statement.specifiers) names.add(specifier.local.name);
      } else if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
        const declaration = statement.declaration;
        if (declaration.type === 'VariableDeclaration') {
          for (const declarator of declaration.declarations) {
            if (declarator.id.type === 'Identifier') names.add(declarator.id.name);
          }
        } else if (declaration.id) names.add(declaration.id.name);
      }
    }
  });
  return names;
}

/** `import DialectTabsScript from "<module>"`, as remark-mdx would have parsed it. */
function importTabsScript(module: string): MdxjsEsm {
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: TABS_SCRIPT_NAME } }],
        source: { type: 'Literal', value: module, raw: JSON.stringify(module) },
        attributes: [],
      },
    ],
  };
  return {
    type: 'mdxjsEsm',
    value: `import ${TABS_SCRIPT_NAME} from ${JSON.stringify(module)};`,
    data: { estree: program },
  };
}

/** Gives parsed attribute text the place (and the file, for included text) of the component it came from. */
function placeAt(nodes: Node[], at: Node): void {
  for (const root of nodes) {
    visit(root, (node) => {
      node.position = at.position;
      if (at.data?.docOrigin) (node.data ??= {}).docOrigin = at.data.docOrigin;
    });
  }
}

/**
 * Renders Mintlify's built-in components (callouts, `<Icon>`, `<Card>`, `<Columns>`, `<Frame>`, `<Steps>`,
 * `<Tabs>`, `<Accordion>`) and `<iframe>` video embeds into plain HTML at build time, in the page's language.
 * A capitalised component that is neither built in, provided by the site, nor imported by the file is a problem
 * naming file and line, rather than MDX's render-time error that names neither.
 */
export function remarkDialectComponents(this: Processor, options: DialectComponentOptions = {}) {
  const docsRoot = resolve(options.docsRoot ?? DOCS_DIR);
  const provided = new Set(options.provided ?? PROVIDED_COMPONENTS);
  const tabsScript = options.tabsScript ?? TABS_SCRIPT;
  const parseMarkdown = (markdown: string) => this.parse(markdown) as Root;

  return function transform(tree: Root, file: VFile): void {
    const policy = policyFor(file, options);
    const declared = declaredNames(tree);
    const known = (name: string) => {
      const root = name.split('.')[0]!;
      return provided.has(root) || declared.has(root);
    };

    const context: DialectContext = {
      file,
      policy,
      t: siteTexts(catalogLanguage(pageLanguage(file, docsRoot))),
      depth: 1,
      usesTabs: false,
      problem: (node, reason, rule) => report(file, node, policy, reason, rule),
      parseInline(markdown, at) {
        let parsed: Root | undefined;
        try {
          parsed = parseMarkdown(markdown);
        } catch {
          parsed = undefined;
        }
        const [only, ...more] = parsed?.children ?? [];
        const inline: PhrasingContent[] =
          only?.type === 'paragraph' && more.length === 0 ? only.children : [{ type: 'text', value: markdown }];
        placeAt(inline, at);
        return inline;
      },
      transformChildren,
    };

    function renderUnknown(node: JsxElement): RootContent[] {
      const name = node.name!;
      const hint = didYouMean(name, [...DIALECT_COMPONENTS, ...provided, ...declared]);
      const reason = `Unknown component <${name}>.${hint} Import it at the top of the file, or use a built-in component.`;
      context.problem(node, reason, 'dialect:unknown-component');
      // A lenient file keeps what the component wrapped.
      transformChildren(node);
      return node.children;
    }

    function transformChildren(parent: ParentLike): void {
      const out: RootContent[] = [];
      for (const child of parent.children) {
        if (child.type === 'heading') context.depth = child.depth;
        if (isJsxElement(child) && child.name) {
          const { name } = child;
          if (/^h[1-6]$/.test(name)) context.depth = Number(name[1]);
          const render = name === 'iframe' ? renderIframe : COMPONENTS[name];
          if (render) {
            out.push(...render(child, context));
            continue;
          }
          if (/^[A-Z]/.test(name) && !known(name)) {
            out.push(...renderUnknown(child));
            continue;
          }
        }
        if ('children' in child) transformChildren(child);
        out.push(child);
      }
      parent.children = out;
    }

    transformChildren(tree);
    if (context.usesTabs && tabsScript !== false) {
      tree.children.unshift(importTabsScript(tabsScript));
      tree.children.push({ type: 'mdxJsxFlowElement', name: TABS_SCRIPT_NAME, attributes: [], children: [] });
    }
  };
}
