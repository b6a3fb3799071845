// data: images: allowed in an image's src only (Vite and Storybook inline small images), of
// raster types and SVG; never in links, never other data types; SVG script never runs in <img>.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {safeImageUrl, safeUrl} from '../../src/data/sanitize.js';
import {sanitizeHtml} from '../../src/data/html.js';
import '../../src/news-card/news-card.js';
import '../../src/photo-caption/photo-caption.js';
import {make} from '../helpers/articles.js';
import type {NewsCard} from '../../src/news-card/news-card.component.js';
import type {PhotoCaption} from '../../src/photo-caption/photo-caption.component.js';

declare global {
  interface Window {
    __svgRan?: number;
  }
}

// An SVG that would set a global from a <script>, an onload handler and a javascript: link.
const HOSTILE_SVG =
  `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9" onload="window.__svgRan=1">` +
  `<script>window.__svgRan=2</script><a href="javascript:window.__svgRan=3">` +
  `<rect width="16" height="9" fill="teal"/></a></svg>`;
const SVG_URL = `data:image/svg+xml,${encodeURIComponent(HOSTILE_SVG)}`;
const PNG_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('data: images in image src only', () => {
  it('safeImageUrl takes data: images of raster types and SVG, and nothing else', () => {
    for (const ok of [
      SVG_URL,
      PNG_URL,
      'data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E',
      'data:image/jpeg;base64,/9j/4AAQ',
      'data:image/gif;base64,R0lGODlh',
      'data:image/webp;base64,UklGR',
      'data:image/avif;base64,AAAAIGZ0eXBhdmlm',
      '  DATA:IMAGE/PNG;BASE64,iVBOR',
    ]) {
      expect(safeImageUrl(ok), ok).to.equal(ok.trim());
    }
    for (const bad of [
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:application/xhtml+xml,<x/>',
      'data:image/svg,<svg/>',
      'data:image/x-icon;base64,AAAB',
      'data:;base64,iVBOR',
      'data:image/png',
      'javascript:alert(1)',
      'blob:https://example.com/1',
      `data:image/png;base64,${'A'.repeat(1024 * 1024)}`,
    ]) {
      expect(safeImageUrl(bad), bad).to.equal(undefined);
    }
    expect(safeImageUrl('/a.png', 'https://example.com/x/')).to.equal('https://example.com/a.png');
    // Links keep refusing every data: URL.
    expect(safeUrl(SVG_URL)).to.equal(undefined);
    expect(safeUrl(PNG_URL)).to.equal(undefined);
  });

  it('a card shows a data: SVG image whose script never runs, and links no data: URL', async () => {
    window.__svgRan = undefined;
    const el = await fixture<NewsCard>(
      html`<news-card
        lang="en"
        .article=${make({
          url: PNG_URL,
          source: {name: 'VNEconomy', url: SVG_URL},
          image: {url: SVG_URL, alt: 'A teal box', width: 16, height: 9},
        })}
      ></news-card>`
    );
    await el.updateComplete;
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('img[part=image]')!;
    expect(img.getAttribute('src')).to.equal(SVG_URL);
    img.loading = 'eager';
    await waitUntil(() => img.complete, 'the image loaded');
    expect(img.naturalWidth, 'drawn').to.be.greaterThan(0);
    await img.decode();
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__svgRan, 'no script of the SVG ran').to.equal(undefined);
    // The headline's data: URL is not a link.
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[href^="data:" i], [href^="javascript:" i]')).to.equal(
      null
    );
  });

  it('an article body keeps a data: image in <img src> only', async () => {
    const div = document.createElement('div');
    div.innerHTML = await sanitizeHtml(
      `<img src="${PNG_URL}" alt="a"><a href="${PNG_URL}">link</a>` +
        `<img src="data:text/html,x" alt="b"><video src="${PNG_URL}"></video>` +
        `<img src="https://example.com/a.png" srcset="${PNG_URL} 2x" alt="c">`,
      {baseUrl: 'https://example.com/'}
    );
    const [a, b, c] = div.querySelectorAll('img');
    expect(a.getAttribute('src')).to.equal(PNG_URL);
    expect(b.hasAttribute('src')).to.equal(false);
    expect(c.hasAttribute('srcset')).to.equal(false);
    expect(div.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect(div.querySelector('video')?.hasAttribute('src') ?? false).to.equal(false);
  });

  it('photo-caption takes a data: image as src', async () => {
    const el = await fixture<PhotoCaption>(
      html`<photo-caption src=${PNG_URL} alt="A pixel" width="1" height="1"></photo-caption>`
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(PNG_URL);
    const bad = await fixture<PhotoCaption>(
      html`<photo-caption src=${'data:text/html,<b>x</b>'} alt="x"></photo-caption>`
    );
    await bad.updateComplete;
    expect(bad.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
