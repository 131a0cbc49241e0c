import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Heading, Parent, PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-heading-id/tree-extension';
import GithubSlugger from 'github-slugger';
import { toHast } from 'mdast-util-to-hast';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { MDX_NODE_TYPES } from './anchors.ts';
import { EMPTY_ID, headingIdSyntax } from './heading-id-syntax.ts';
import { originOf, where } from './origin.ts';
import { policyFor, report, type PolicyOptions } from './dialect/problems.ts';

/** What an explicit id may be: it becomes an HTML id and a URL fragment, so no spaces and nothing to escape. */
const VALID_ID = /^[\p{L}\p{N}][\p{L}\p{N}_.:-]*$/u;

const invalidId = (written: string) =>
  `Heading id "${written}" is not a valid id. Use letters, digits and hyphens, e.g. {#create-actor}.`;

/** `{#id}` written somewhere the parser read it, with the node that holds it. */
interface Found {
  node: { type: 'idString'; value: string | null; position?: Heading['position'] };
  index: number;
  parent: Parent;
}

/** Trims the space between the heading text and its `{#id}`, which would otherwise end up in the heading. */
function trimBefore(children: PhrasingContent[], index: number): void {
  const previous = children[index - 1];
  if (previous?.type === 'text') previous.value = previous.value.trimEnd();
}

/**
 * Headings with an explicit id, `## Opprett aktør {#create-actor}`, as the Mintlify pages write them: the id
 * becomes the heading's `id` (so Astro's `headings`, the "On this page" list and the link checks use it) and is
 * taken out of the heading's text.
 *
 * MDX would read `{#create-actor}` as a JavaScript expression and fail, so the syntax is claimed before MDX's own
 * expression syntax, by the micromark extension of the `md-heading-id` packages (`micromark-heading-id` and
 * `mdast-heading-id`; their `remark-custom-heading-id` wrapper is not used because it throws bare errors without
 * a file or line). This plugin checks what they parse: an id that is empty, not a valid id, outside a heading,
 * or a second id on one heading names the file and line; in a lenient file it is reported and the text kept.
 */
export function remarkHeadingIds(this: Processor, options: PolicyOptions = {}) {
  headingIdSyntax.call(this);

  return function transform(tree: Root, file: VFile): void {
    const policy = policyFor(file, options);
    const found: Found[] = [];
    visit(tree, 'idString', (node, index, parent) => {
      if (parent && index !== undefined) found.push({ node, index, parent });
    });
    visit(tree, 'text', (node) => {
      if (node.value.includes(EMPTY_ID)) report(file, node, policy, invalidId(EMPTY_ID), 'heading-ids:invalid');
    });
    // Last first, so removing one leaves the indexes of the others intact.
    for (const { node, index, parent } of found.reverse()) {
      const id = (node.value ?? '').trim();
      const written = `{#${node.value ?? ''}}`;
      const asText = () => {
        parent.children.splice(index, 1, { type: 'text', value: written, position: node.position });
      };
      if (parent.type !== 'heading') {
        report(file, node, policy, `"${written}" is only allowed at the end of a heading.`, 'heading-ids:outside');
        asText();
        continue;
      }
      const heading = parent as Heading;
      if (!VALID_ID.test(id)) {
        report(file, node, policy, invalidId(written), 'heading-ids:invalid');
        asText();
        continue;
      }
      const existing = heading.data?.hProperties?.id;
      if (typeof existing === 'string') {
        const reason = `The heading has two ids, "{#${id}}" and "{#${existing}}". Keep one.`;
        report(file, node, policy, reason, 'heading-ids:twice');
      }
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
      trimBefore(heading.children, index);
      heading.children.splice(index, 1);
    }
  };
}

/** Every heading of the page with the slug and text Astro gives it (explicit ids are kept as they are). */
function astroHeadings(tree: Root, file: VFile): Array<{ slug: string; text: string }> {
  const hast = toHast(tree, { allowDangerousHtml: true, passThrough: [...MDX_NODE_TYPES] }) as HastRoot;
  const probe = new VFile({ path: file.path, data: { astro: { frontmatter: file.data.astro?.frontmatter ?? {} } } });
  (rehypeHeadingIds() as (tree: HastRoot, file: VFile) => void)(hast, probe);
  return probe.data.astro?.headings ?? [];
}

function explicitId(heading: Heading): string | undefined {
  const id = heading.data?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

function setId(heading: Heading, id: string): void {
  heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
}

/**
 * A heading id used twice on one page: two headings with the same `{#id}`, or a heading whose text slugs to an
 * id that a `{#id}` already has (Astro's slugger does not know explicit ids, so it would hand the same id out
 * again, and links would reach only the first). A problem naming both headings. In a lenient file the page is
 * repaired: a repeated `{#id}` becomes the next free `id-N`, and the slugged ids count on from the explicit ones
 * (`delete`, then `delete-1`), fixed on the headings so that Astro keeps them.
 */
export function remarkUniqueHeadingIds(options: PolicyOptions = {}) {
  return function transform(tree: Root, file: VFile): void {
    const headings: Heading[] = [];
    visit(tree, 'heading', (heading) => {
      headings.push(heading);
    });
    // Without an explicit id, Astro's slugger keeps every id unique by itself.
    if (!headings.some((heading) => explicitId(heading) !== undefined)) return;
    const slugged = astroHeadings(tree, file);
    if (slugged.length !== headings.length) return;

    const policy = policyFor(file, options);
    const place = (heading: Heading) => where(originOf(heading, file).path, heading.position);
    const owner = new Map<string, Heading>();
    const repeated = new Set<Heading>();
    for (const heading of headings) {
      const id = explicitId(heading);
      if (id === undefined) continue;
      const first = owner.get(id);
      if (!first) {
        owner.set(id, heading);
        continue;
      }
      const reason = `Heading id "{#${id}}" is used twice on this page: the heading at ${place(first)} has it too. Give one of them another id.`;
      report(file, heading, policy, reason, 'heading-ids:duplicate');
      repeated.add(heading);
    }

    // The other headings slugged as Astro does, but counting on from the explicit ids.
    const slugger = new GithubSlugger();
    for (const id of owner.keys()) slugger.slug(id, true);
    let repaired = repeated.size > 0;
    const final = headings.map((heading, index) => {
      const id = explicitId(heading);
      if (id !== undefined) return id;
      const { slug, text } = slugged[index]!;
      const counted = slugger.slug(text);
      const clash = owner.get(slug);
      if (counted !== slug) repaired = true;
      if (clash) {
        const reason = `Heading id "${slug}" is used twice on this page: "{#${slug}}" at ${place(clash)} has it, and this heading gets it from its text. Give one of them another {#id}.`;
        report(file, heading, policy, reason, 'heading-ids:duplicate');
      }
      return counted;
    });
    const taken = new Set(final);
    headings.forEach((heading, index) => {
      if (!repeated.has(heading)) return;
      let n = 1;
      while (taken.has(`${final[index]}-${n}`)) n++;
      final[index] = `${final[index]}-${n}`;
      taken.add(final[index]);
    });
    if (repaired) headings.forEach((heading, index) => setId(heading, final[index]!));
  };
}
