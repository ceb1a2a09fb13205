import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { LoadingPage } from '../../src/app/header.tsx';

/**
 * index.html carries the loading page as static HTML, so the first paint (and
 * the intro, the largest text) needs no JavaScript. React then renders the
 * same page over it; if the two drifted apart, the page would jump.
 */
it('index.html holds exactly the markup of the loading page', () => {
  const html = readFileSync('index.html', 'utf8');
  const root = /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(html)?.[1] ?? '';
  const normalise = (markup: string) =>
    markup
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/>\s+</g, '><')
      .replace(/&nbsp;/g, '\u00a0')
      .trim();
  expect(normalise(root)).toBe(renderToStaticMarkup(<LoadingPage />));
});
