import { describe, expect, test } from 'vitest';
import { videoTarget } from '../../../../src/markdown/dialect/media.ts';
import { renderFixture, renderFixtureDom } from '../render.ts';

describe('<Frame> and video embeds', () => {
  test('a frame is a figure with its caption below, markdown in the caption rendered and its links checked', async () => {
    const page = await renderFixtureDom('no/dialect/media.mdx');
    const image = page.getByRole('img', { name: 'Skjermbilde av verktøylinjen' });
    const figure = image.closest('figure');
    expect(figure?.className).toBe('frame');
    const caption = figure?.querySelector('figcaption');
    expect(caption?.innerHTML).toBe(
      'Klikk <strong>Ny</strong> i toppraden, eller se <a href="/no/dialect/media/#rammer-og-video">oversikten</a>.',
    );
  });

  test('a YouTube embed becomes a link to the video on YouTube, and nothing is embedded', async () => {
    const page = await renderFixtureDom('no/dialect/media.mdx');
    const { body } = page;
    expect(body.querySelector('iframe')).toBeNull();
    const videos = page.getAllByRole('link').filter((link) => link.closest('.video-link'));
    expect(videos.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Se videoen på YouTube', 'https://www.youtube.com/watch?v=abcDEF12345&t=30'],
      ['Se videoen på YouTube', 'https://www.youtube.com/watch?v=xyz98765432'],
      ['Se videoen på video.example.com: Opplæringsvideo om lister', 'https://video.example.com/player/7'],
    ]);
    // The caption is shown once, under the link; the iframe's identical title is not repeated.
    const figure = videos[0]!.closest('figure');
    expect(figure?.className).toBe('frame frame-video');
    expect(figure?.querySelector('figcaption')?.textContent).toBe(
      'Se denne videoen for å lære å redigere lister (videolengde - 2.05)',
    );
    expect(videos[0]!.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  test('video addresses', () => {
    expect(videoTarget('https://youtu.be/abc?t=5').href).toBe('https://www.youtube.com/watch?v=abc&t=5');
    expect(videoTarget('https://www.youtube.com/watch?v=abc').href).toBe('https://www.youtube.com/watch?v=abc');
    expect(videoTarget('/lokal/video.html')).toEqual({ href: '/lokal/video.html', site: '/lokal/video.html' });
  });

  test('an iframe without src fails', async () => {
    await expect(renderFixture('no/bad/iframe-without-src.mdx')).rejects.toThrow(
      'iframe-without-src.mdx:5: <iframe> has no src, so there is nothing to link to.',
    );
  });
});
