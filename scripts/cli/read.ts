// `cli read PAGE.html|- --url URL [--format json|md|text]`: the extension's extractor on a saved page.
// json (default): ONE object, {"ok":true,"article":{…Article, figures, keyFigures, summary}} or
// {"ok":false,"reason":…,"message":…}; both exit 0. Non-zero only for usage errors and unreadable files,
// with one line on stderr.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article, ExtractResult } from '../../utils/article';
import { failure } from '../../utils/article';
import type { AnalysedArticle } from '../../utils/library/types';
import { extractArticle } from '../../utils/extract/index';
import { checkHtmlText, DEFAULT_LIMITS } from '../../utils/extract/limits';
import { articleToMarkdown } from '../../utils/extract/markdown';
import { decodeHtml, parseHtml } from '../../utils/parse-html';

const FORMATS = ['json', 'md', 'text'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = 'usage: cli read PAGE.html|- [--url URL] [--format json|md|text]';

export interface ReadArgs {
  file: string;
  url: string;
  format: Format;
}

/** Parses argv; returns an error message for usage errors. */
export function parseReadArgs(argv: string[]): ReadArgs | string {
  let file: string | undefined;
  let url: string | undefined;
  let format: string = 'json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inlineValue] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--url' || flag === '--format') {
      const v = inlineValue ?? argv[++i];
      if (v === undefined) return `read: ${flag} needs a value\n${USAGE}`;
      if (flag === '--url') url = v;
      else format = v;
    } else if (flag === '-h' || flag === '--help') {
      return USAGE;
    } else if (a.startsWith('--')) {
      return `read: unknown option ${a}\n${USAGE}`;
    } else if (file === undefined) {
      file = a;
    } else {
      return `read: more than one page given\n${USAGE}`;
    }
  }
  if (!file) return `read: no page given\n${USAGE}`;
  if (!(FORMATS as readonly string[]).includes(format)) return `read: unknown --format ${format} (json, md or text)`;
  if (url !== undefined) {
    try {
      new URL(url);
    } catch {
      return `read: --url is not a URL: ${url}`;
    }
  }
  return { file, url: url ?? (file === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(file)).href), format: format as Format };
}

async function readBytes(file: string): Promise<Uint8Array> {
  if (file !== '-') return readFileSync(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Figures and summary from utils/analyse.ts; an article without them if that module cannot load. */
async function analyse(article: Article): Promise<AnalysedArticle> {
  try {
    const { analyseArticle } = await import('../../utils/analyse');
    return analyseArticle(article);
  } catch (e) {
    process.stderr.write(`read: figures/summary unavailable (${(e as Error).message.split('\n')[0]})\n`);
    return { ...article, figures: [], keyFigures: [], summary: [] };
  }
}

/**
 * The extension's 4-second wall-time bound keeps a reader's tab responsive; a batch run on a busy machine has
 * no tab to protect, and jsdom is slower than a browser's DOM, so the CLI allows more (the element, text and
 * depth limits still bound the work).
 */
const CLI_MAX_MILLIS = 30_000;

/** Bytes → result, with the size checks done before parsing (parsing 20 MB alone takes seconds). */
export async function readPage(bytes: Uint8Array, url: string): Promise<ExtractResult> {
  if (bytes.length > DEFAULT_LIMITS.maxHtmlChars * 4) return failure('too-large');
  const html = decodeHtml(bytes);
  const verdict = checkHtmlText(html);
  if (verdict !== 'ok') return failure(verdict);
  // Parsed as a browser parses it, with the page URL as the document URL; the document's own (jsdom) window
  // sanitises, as the page's window does in the extension.
  const doc = parseHtml(html, url);
  return extractArticle(doc, url, { limits: { maxMillis: CLI_MAX_MILLIS } });
}

function render(article: AnalysedArticle, format: Format): string {
  if (format === 'json') return JSON.stringify({ ok: true, article });
  if (format === 'text') return `${article.title}\n\n${article.text}`;
  const root = parseHtml(article.html, article.url).body;
  const figures = article.keyFigures.length ? article.keyFigures : article.figures;
  return articleToMarkdown(article, root, figures).trimEnd();
}

export async function main(argv: string[]): Promise<number> {
  const args = parseReadArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return args === USAGE ? 0 : 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(args.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`read: cannot read ${args.file}${code ? ` (${code})` : ''}\n`);
    return 1;
  }
  const result = await readPage(bytes, args.url);
  if (!result.ok) {
    process.stdout.write(`${format(result, args.format)}\n`);
    return 0;
  }
  const analysed = await analyse(result.article);
  process.stdout.write(`${render(analysed, args.format)}\n`);
  return 0;
}

function format(result: Extract<ExtractResult, { ok: false }>, fmt: Format): string {
  return fmt === 'json' ? JSON.stringify(result) : `${result.reason}: ${result.message}`;
}
