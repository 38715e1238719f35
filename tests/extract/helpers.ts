// Shared by the extraction tests: parse as a browser does (jsdom, with the page URL as document URL, as the
// CLI does) and extract, sanitising with the document's own window; read a fixture from tests/fixtures/portals.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Article, ExtractResult } from '../../utils/model/article';
import { extractArticle, type ExtractOptions } from '../../utils/extract/index';
import { parseHtml } from '../../utils/html/parse-html';

export const PORTALS_DIR = resolve(__dirname, '../fixtures/portals');

export function portal(name: string): string {
  return readFileSync(resolve(PORTALS_DIR, name), 'utf8');
}

export async function extractHtml(html: string, url: string, opts: ExtractOptions = {}): Promise<ExtractResult> {
  return extractArticle(parseHtml(html, url), url, opts);
}

/** Extracts and fails the test with the reason when the page is not read as an article. */
export async function article(html: string, url: string): Promise<Article> {
  const r = await extractHtml(html, url);
  if (!r.ok) throw new Error(`expected an article, got ${r.reason}`);
  return r.article;
}

/** Wraps body HTML into a small Vietnamese article page. */
export function page(body: string, head = ''): string {
  const title = /<title/i.test(head) ? '' : '<title>Bài viết thử</title>';
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${title}${head}</head><body>${body}</body></html>`;
}

/** NFC + collapsed whitespace, as score.mjs compares text. */
export const norm = (s: unknown) => String(s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/** jsdom ships no types (@types/jsdom is not a dependency): the one constructor the tests use. */
export const JSDOM = createRequire(__filename)('jsdom').JSDOM as new (
  html: string,
  opts?: { url?: string },
) => { window: Window & typeof globalThis };
