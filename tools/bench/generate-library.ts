// Seeded generator of Vietnamese-looking articles for the library benchmark and soak tests. The words come from
// the shared corpus (real portal and news pages), chained by a bigram model so syllables follow each other as in
// real text ("công tác tuyên vận", "nông thôn mới"): search then meets realistic term frequencies.
// Usage: import { createArticleGenerator } … ; or `npx tsx tools/bench/generate-library.ts 3` prints 3 articles.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHTML } from 'linkedom';
import type { AnalysedArticle } from '../../utils/model/analysed-article';

/** mulberry32: tiny, fast, good enough for test data; same seed → same library. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sharedDir(): string {
  return path.resolve(process.cwd(), '../shared');
}

function listHtml(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listHtml(p));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Paragraph texts from the shared material: seed article, key-figure gold set, and the corpus pages' <p>s. */
export function loadCorpusText(dir = sharedDir()): string[] {
  if (!fs.existsSync(dir)) throw new Error(`shared material not found at ${dir}`);
  const paras: string[] = [];
  const seed = path.join(dir, 'seed/article.txt');
  if (fs.existsSync(seed)) paras.push(...fs.readFileSync(seed, 'utf8').split(/\n\s*\n/));
  const dev = path.join(dir, 'figures/dev.jsonl');
  if (fs.existsSync(dev)) {
    for (const line of fs.readFileSync(dev, 'utf8').split('\n')) {
      if (line.trim()) paras.push((JSON.parse(line) as { text: string }).text);
    }
  }
  const corpus = path.join(dir, 'corpus');
  if (fs.existsSync(corpus)) {
    for (const file of listHtml(corpus)) {
      const { document } = parseHTML(fs.readFileSync(file, 'utf8'));
      for (const p of document.querySelectorAll('p')) {
        const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
        // Short <p>s are menus, footers and buttons, not prose.
        if (t.split(' ').length >= 12) paras.push(t);
      }
    }
  }
  return paras.map((p) => p.normalize('NFC').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

interface Model {
  starts: string[];
  next: Map<string, string[]>;
  words: string[];
}

function buildModel(paras: string[]): Model {
  const starts: string[] = [];
  const next = new Map<string, string[]>();
  const words: string[] = [];
  for (const p of paras) {
    for (const sentence of p.split(/(?<=[.!?;])\s+/)) {
      const w = sentence.split(' ').filter((x) => x.length > 0 && x.length < 30);
      if (w.length < 3) continue;
      starts.push(w[0]!);
      for (let i = 0; i < w.length; i++) {
        words.push(w[i]!);
        if (i + 1 < w.length) {
          let list = next.get(w[i]!);
          if (!list) next.set(w[i]!, (list = []));
          list.push(w[i + 1]!);
        }
      }
    }
  }
  return { starts, next, words };
}

const SITES = [
  ['Cổng TTĐT huyện Bảo Thắng', 'baothang.laocai.gov.vn'],
  ['Cổng TTĐT tỉnh Lào Cai', 'laocai.gov.vn'],
  ['Báo Chính phủ', 'baochinhphu.vn'],
  ['Cổng TTĐT huyện Si Ma Cai', 'simacai.laocai.gov.vn'],
  ['Cổng TTĐT tỉnh Yên Bái', 'yenbai.gov.vn'],
  ['UBND huyện Bát Xát', 'batxat.laocai.gov.vn'],
  ['Cổng TTĐT thị xã Sa Pa', 'sapa.laocai.gov.vn'],
  ['Cổng TTĐT tỉnh Hà Giang', 'hagiang.gov.vn'],
] as const;

export interface GeneratorOptions {
  seed?: number;
  /** Words of body text per article (default 1,500). */
  words?: number;
  /** Images per article (URLs only; the bench saves without fetching them). */
  images?: number;
  paragraphs?: string[];
}

export interface ArticleGenerator {
  next(): AnalysedArticle;
  /** Words from the model, for building queries. */
  vocabulary: string[];
  random: () => number;
}

export function createArticleGenerator(opts: GeneratorOptions = {}): ArticleGenerator {
  const random = mulberry32(opts.seed ?? 1);
  const model = buildModel(opts.paragraphs ?? loadCorpusText());
  const pick = <T>(a: readonly T[]): T => a[Math.floor(random() * a.length)]!;
  const sentence = (min: number, max: number): string => {
    const len = min + Math.floor(random() * (max - min + 1));
    const out = [pick(model.starts)];
    while (out.length < len) {
      const follow = model.next.get(out[out.length - 1]!);
      out.push(follow && random() < 0.85 ? pick(follow) : pick(model.words));
    }
    const s = out.join(' ').replace(/[.,;:!?]+$/, '');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };
  let n = 0;
  const next = (): AnalysedArticle => {
    n++;
    const [siteName, host] = pick(SITES);
    const title = sentence(8, 14).replace(/\.$/, '');
    const lead = sentence(25, 40);
    const target = opts.words ?? 1500;
    const paras: string[] = [];
    let count = 0;
    while (count < target) {
      const p: string[] = [];
      const sentences = 3 + Math.floor(random() * 4);
      for (let i = 0; i < sentences; i++) p.push(sentence(12, 28));
      const text = p.join(' ');
      count += text.split(' ').length;
      paras.push(text);
    }
    const body = paras.join('\n\n');
    const text = `${lead}\n\n${body}`;
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const year = 2019 + Math.floor(random() * 7);
    const publishedAt = random() < 0.1 ? null : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const url = `https://${host}/tin-tuc/bai-${n}-${Math.floor(random() * 1e9).toString(36)}`;
    const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const images = Array.from({ length: opts.images ?? 0 }, (_, i) => ({
      src: `https://${host}/images/${n}-${i}.jpg`,
      alt: sentence(4, 8),
      caption: '',
    }));
    const wordCount = text.split(/\s+/).length;
    return {
      url,
      canonicalUrl: url,
      title,
      byline: random() < 0.5 ? null : `${pick(model.starts)} ${pick(model.starts)}`,
      publishedAt,
      siteName,
      lang: 'vi',
      lead,
      html: paras.map((p) => `<p>${escape(p)}</p>`).join('\n'),
      text,
      images,
      attachments: [],
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 200)),
      extractedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
      figures: [],
      keyFigures: [],
      summary: [],
    };
  };
  return { next, vocabulary: model.words, random };
}

// CLI: print a few generated articles (title, lead, first paragraph) to eyeball the output.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const gen = createArticleGenerator({ seed: Number(process.env.SEED ?? 1) });
  const count = Number(process.argv[2] ?? 2);
  for (let i = 0; i < count; i++) {
    const a = gen.next();
    console.log(`# ${a.title}\n${a.siteName} — ${a.url}\n\n${a.lead}\n\n${a.text.split('\n\n')[1]}\n(${a.wordCount} words)\n`);
  }
}
