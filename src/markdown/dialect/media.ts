import { PlayCircleIcon } from '@phosphor-icons/react/dist/ssr/PlayCircle';
import type { RootContent } from 'mdast';
import { jsxAttribute, type JsxElement } from '../jsx.ts';
import { renderIcon } from '../phosphor.ts';
import { readAttributes } from './attributes.ts';
import type { DialectContext } from './context.ts';
import { element, htmlLeaf, text } from './nodes.ts';

const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
  'youtu.be',
]);

/** Where a reader can watch an embedded video, and what to call that place: YouTube's own page for its embeds. */
export function videoTarget(src: string): { href: string; site: string } {
  let url: URL;
  try {
    url = new URL(src, 'https://invalid.invalid');
  } catch {
    return { href: src, site: src };
  }
  if (url.hostname === 'invalid.invalid') return { href: src, site: src };
  if (!YOUTUBE_HOSTS.has(url.hostname)) return { href: url.href, site: url.hostname.replace(/^www\./, '') };
  const id =
    url.hostname === 'youtu.be' ? url.pathname.slice(1) : /^\/(?:embed|shorts|v)\/([^/?#]+)/.exec(url.pathname)?.[1];
  const watch = new URL('https://www.youtube.com/watch');
  const video = id ?? url.searchParams.get('v');
  if (!video) return { href: url.href, site: 'YouTube' };
  watch.searchParams.set('v', video);
  const start = url.searchParams.get('start') ?? url.searchParams.get('t');
  if (start) watch.searchParams.set('t', start);
  return { href: watch.href, site: 'YouTube' };
}

/**
 * An `<iframe>` (a YouTube embed in the corpus) becomes a link to the video: the site loads nothing from another
 * host, so nothing is requested from YouTube until the reader follows the link. The iframe's title, when it says
 * more than the frame's caption, is kept in the link text.
 */
export function renderIframe(node: JsxElement, context: DialectContext, caption?: string): RootContent[] {
  const src = jsxAttribute(node, 'src')?.trim();
  const title = jsxAttribute(node, 'title')?.trim() ?? '';
  if (!src) {
    context.problem(node, '<iframe> has no src, so there is nothing to link to.', 'video:no-src');
    return title ? [element('p', {}, [text(title)], node.position)] : [];
  }
  const { href, site } = videoTarget(src);
  const play = renderIcon(PlayCircleIcon);
  const words = context.t('site.video.watch', { site });
  const label = title && title !== caption ? `${words}: ${title}` : words;
  const link = element('a', { href }, [
    htmlLeaf('svg', { ...play.properties, className: ['icon'], ariaHidden: 'true' }, play.children),
    text(label),
  ]);
  // In running text the link stays inline; on a line of its own it is a paragraph.
  if (node.type === 'mdxJsxTextElement')
    return [element('a', { href, className: ['video-link'] }, link.children, node.position)];
  return [element('p', { className: ['video-link'] }, [link], node.position)];
}

/**
 * `<Frame caption>`: a figure with its caption below (markdown in the caption is rendered, as Mintlify does).
 * `hint` is a line above. Videos inside become links (see {@link renderIframe}).
 */
export function renderFrame(node: JsxElement, context: DialectContext): RootContent[] {
  const values = readAttributes(node, { caption: 'string', hint: 'string' }, context);
  const caption = typeof values.caption === 'string' ? values.caption.trim() : '';
  const hint = typeof values.hint === 'string' ? values.hint.trim() : '';
  let video = false;
  const children: RootContent[] = node.children.flatMap((child) => {
    if (child.type === 'mdxJsxFlowElement' && child.name === 'iframe') {
      video = true;
      return renderIframe(child, context, caption);
    }
    return [child];
  });
  const holder = { children };
  context.transformChildren(holder);
  const parts: RootContent[] = [];
  if (hint) parts.push(element('p', { className: ['frame-hint'] }, context.parseInline(hint, node)));
  parts.push(...holder.children);
  if (caption) parts.push(element('figcaption', {}, context.parseInline(caption, node)));
  const className = video ? ['frame', 'frame-video'] : ['frame'];
  return [element('figure', { className }, parts, node.position)];
}
