// `cli read PAGE.html|- --url URL [--format json|md|text]`: the extension's extractor on a saved page.
// json (default): ONE object on stdout, {"ok":true,"article":{…Article, figures, keyFigures, summary}} or
// {"ok":false,"reason":…,"message":…}. A refused page exits 3 (in every format; with json the failure object
// is still on stdout, as the corpus scorers read it). Usage errors exit 2, unreadable files 1, with one line
// on stderr.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article, ExtractResult } from '../utils/model/article';
import { failure } from '../utils/model/article';
import type { AnalysedArticle } from '../utils/model/analysed-article';
import { extractArticle } from '../utils/extract/index';
import { checkHtmlText, DEFAULT_LIMITS } from '../utils/extract/limits';
import { articleToMarkdown } from '../utils/export/markdown';
import { decodeHtml, parseHtml } from '../utils/html/parse-html';
import { EXIT, parseOptions } from './args';
import { readInputBytes } from './input';

const FORMATS = ['json', 'md', 'text'] as const;
type Format = (typeof FORMATS)[number];

export const HELP = `usage: cli read PAGE.html|- [--url URL] [--format json|md|text]
The extension's extractor on a saved page ("-" reads stdin): the article alone, its key figures and summary.

Options:
  --url URL        the page's own address (links, images and the site name depend on it;
                   default: the file's file:// URL)
  --format json    (default) one JSON object: {"ok":true,"article":{…}} or {"ok":false,"reason","message"}
  --format md      Markdown with YAML front matter (the same as the extension's "Copy as Markdown")
  --format text    the title and the plain text
  -h, --help       this help

Pipe it into the other subcommands: cli read PAGE.html --url URL | cli figures
Exit codes: 0 article, 3 page refused (not an article, too large, …; json still prints the failure object),
1 file unreadable, 2 usage error.`;

const USAGE = HELP.split('\n')[0]!;

export interface ReadArgs {
  file: string;
  url: string;
  format: Format;
}

/** Parses argv; returns HELP for --help and an error message for usage errors. */
export function parseReadArgs(argv: string[]): ReadArgs | string {
  const parsed = parseOptions(argv, { url: { type: 'string' }, format: { type: 'string' } });
  if ('problem' in parsed) return `read: ${parsed.problem}\n${USAGE}`;
  if (parsed.values.help) return HELP;
  const [file, ...extra] = parsed.positionals;
  if (extra.length) return `read: more than one page given\n${USAGE}`;
  if (!file) return `read: no page given\n${USAGE}`;
  const format = (parsed.values.format as string | undefined) ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) return `read: unknown --format ${format} (json, md or text)`;
  const url = parsed.values.url as string | undefined;
  if (url !== undefined) {
    try {
      new URL(url);
    } catch {
      return `read: --url is not a URL: ${url}`;
    }
  }
  return { file, url: url ?? (file === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(file)).href), format: format as Format };
}

/** Figures and summary from utils/analysis/analyse-article.ts; an article without them if that module cannot load. */
async function analyse(article: Article): Promise<AnalysedArticle> {
  try {
    const { analyseArticle } = await import('../utils/analysis/analyse-article');
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
  return articleToMarkdown(article).trimEnd();
}

export async function main(argv: string[]): Promise<number> {
  const args = parseReadArgs(argv);
  if (args === HELP) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return EXIT.usage;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(args.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`read: cannot read ${args.file}${code ? ` (${code})` : ''}\n`);
    return EXIT.input;
  }
  const result = await readPage(bytes, args.url);
  if (!result.ok) {
    // json keeps the failure object on stdout (scripts parse it); the other formats have no place for it.
    if (args.format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
    process.stderr.write(`read: page refused (${result.reason}): ${result.message}\n`);
    return EXIT.refused;
  }
  const analysed = await analyse(result.article);
  process.stdout.write(`${render(analysed, args.format)}\n`);
  return EXIT.ok;
}
