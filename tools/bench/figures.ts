// Figures and summary speed on a ~2,000-word Vietnamese article: findFigures + keyFigures, summarize,
// and both together (what the popup does after extraction). Budget: under 10 ms for both in Node.
// The article is built from the shared corpus (next to the project root): the seed article and the
// paragraphs of the national news pages, text stripped with a simple tag regex — enough for timing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findFigures } from '../../utils/figures/index';
import { keyFigures } from '../../utils/figures/rank';
import { summarize } from '../../utils/summary/index';
import { summarise, type BenchResult } from './types';

const SHARED = resolve(process.cwd(), '../shared');
const WARMUP = 10;
const RUNS = 40;
const TARGET_WORDS = 2000;

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

function decode(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n: string) => ENTITIES[n.toLowerCase()] ?? m);
}

/** Paragraph texts of a saved page: <p> contents without tags, 12 words or more (prose, not chrome). */
function paragraphs(html: string): string[] {
  return [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)]
    .map((m) => decode(m[1]!.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim().normalize('NFC'))
    .filter((p) => p.split(' ').length >= 12);
}

/** A ~2,000-word article: the seed article first (a district portal piece), then news paragraphs. */
export function buildArticle(shared = SHARED): { text: string; lead: string; title: string; words: number } {
  const seed = readFileSync(join(shared, 'seed/article.txt'), 'utf8').normalize('NFC');
  const [title = '', ...body] = seed.split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim()).filter((l) => l.split(' ').length >= 8 || l === seed.split('\n')[0]?.trim());
  const paras = [...body];
  const newsDir = join(shared, 'corpus/news');
  for (const f of readdirSync(newsDir).filter((x) => x.endsWith('.html')).sort()) paras.push(...paragraphs(readFileSync(join(newsDir, f), 'utf8')));
  const picked: string[] = [];
  let words = 0;
  for (const p of paras) {
    if (words >= TARGET_WORDS) break;
    picked.push(p);
    words += p.split(/\s+/).length;
  }
  return { text: picked.join('\n\n'), lead: picked[0] ?? '', title, words };
}

function time(fn: () => void): number[] {
  for (let k = 0; k < WARMUP; k++) fn();
  const samples: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export async function run(): Promise<BenchResult[]> {
  if (!existsSync(join(SHARED, 'corpus/news'))) throw new Error(`shared corpus not found at ${SHARED}`);
  const article = buildArticle();
  const note = `${article.words} words, ${RUNS} runs after ${WARMUP} warm-up`;
  const figures = time(() => {
    const figs = findFigures(article.text);
    keyFigures(article, figs);
  });
  const summary = time(() => summarize(article, { sentences: 3 }));
  // The popup finds the figures once and hands them to both the ranking and the summary.
  const both = time(() => {
    const figs = findFigures(article.text);
    keyFigures(article, figs);
    summarize(article, { sentences: 3, figures: figs });
  });
  const result = (name: string, samples: number[]): BenchResult => ({ name, unit: 'ms', ...summarise(samples), note });
  return [
    result('figures.find.2000w.median_ms', figures),
    result('summary.2000w.median_ms', summary),
    result('figures+summary.2000w.median_ms', both),
  ];
}
