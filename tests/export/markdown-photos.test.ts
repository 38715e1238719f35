// The Markdown export keeps each photo beside its caption, as the page showed it. Two pages of the kind "news
// article with captioned photos" (a province paper's CMS with lazy images and captions under them, and a
// district portal page whose photos live on another host), read by the real extractor.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleToMarkdown } from '../../utils/export/markdown';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { article } from '../extract/helpers';

const PAGES = [
  { file: 'tests/fixtures/portals/lazy-images.html', url: 'https://baodienbienmoi.vn/van-hoa/le-hoi-hoa-ban-2024.html' },
  { file: 'tests/fixtures/e2e/anh-may-chu-khac.html', url: 'http://thu-nghiem.laocai.gov.vn/anh-may-chu-khac.html' },
];

describe('Markdown export: photos beside their captions', () => {
  for (const page of PAGES) {
    it(new URL(page.url).host, async () => {
      const a = analyseArticle(await article(readFileSync(resolve(page.file), 'utf8'), page.url));
      const lines = articleToMarkdown(a).split('\n');
      const captioned = a.images.filter((im) => im.caption);
      expect(captioned.length).toBeGreaterThanOrEqual(2);
      for (const im of captioned) {
        const photo = lines.findIndex((l) => l.startsWith('![') && l.includes(`](${im.src})`));
        const caption = lines.findIndex((l) => l.startsWith(im.caption.slice(0, 30)));
        expect(photo, im.src).toBeGreaterThan(0);
        // The photo, a blank line, then its caption.
        expect(caption - photo, im.src).toBe(2);
      }
      // Every photo is still there, once, and no paragraph was lost or repeated.
      for (const im of a.images) expect(lines.filter((l) => l.includes(`](${im.src})`)).length, im.src).toBe(1);
      for (const im of captioned) expect(lines.filter((l) => l.startsWith(im.caption)).length).toBe(1);
    });
  }
});
