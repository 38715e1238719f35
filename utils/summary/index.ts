// summarize: a short extractive summary of a Vietnamese news article. Sentences are scored on
// - content: how much of the article's vocabulary they carry — syllables and syllable bigrams (a Vietnamese
//   word is usually two syllables: "nông thôn", "ngân sách"), weighted by frequency in the article and
//   rarity across its sentences (TF-IDF within the article), stop-words left out, title terms doubled;
// - position: news is written lead first, so the lead and the opening sentences weigh more;
// - figures: a sentence with money, percentages or counts is usually a fact worth keeping.
// Near-duplicates of a chosen sentence are skipped. Deterministic: ties go to the earlier sentence.
import type { Figure, SummarySentence } from '../figure';
import { findFigures } from '../figures/index';
import { splitSentences, type SentenceSpan } from '../text/sentences';
import { isStopword } from '../text/stopwords';

export interface SummaryOptions {
  sentences: number;
  /** Figures already found in article.text (the popup has them); found here otherwise. */
  figures?: Figure[];
}

const SYLLABLE = /[\p{L}\p{M}]+/gu;
const MIN_WORDS = 7;

const HAS_COMBINING = /[\u0300-\u036f]/;

function syllables(s: string): string[] {
  return ((HAS_COMBINING.test(s) ? s.normalize('NFC') : s).toLowerCase().match(SYLLABLE) ?? []);
}

/** Bigram keys: two syllable numbers in one safe integer (fewer than 2²¹ distinct syllables in any text). */
const PAIR = 2 ** 21;

/**
 * Content terms of sentences, numbered: non-stop syllables and bigrams of adjacent non-stop syllables
 * ("nông thôn"), in the order they occur. Syllables are numbered once, so a bigram is a pair of numbers
 * rather than a new string.
 */
class TermIndex {
  private readonly syllableIds = new Map<string, number>();
  /** Per syllable: too short or a stop-word (not a term). */
  private readonly skip: boolean[] = [];
  /** Per syllable: its term number as a unigram, or -1. */
  private readonly unigrams: number[] = [];
  private readonly bigrams = new Map<number, number>();
  /** Per term: a bigram. */
  readonly isBigram: boolean[] = [];

  private syllable(w: string): number {
    let id = this.syllableIds.get(w);
    if (id === undefined) {
      id = this.skip.length;
      this.syllableIds.set(w, id);
      this.skip.push(w.length < 2 || isStopword(w));
      this.unigrams.push(-1);
    }
    return id;
  }

  private term(existing: number | undefined, bigram: boolean, create: boolean): number {
    if (existing !== undefined && existing >= 0) return existing;
    if (!create) return -1;
    this.isBigram.push(bigram);
    return this.isBigram.length - 1;
  }

  /** The sentence's terms, in order. `create`: number terms not seen yet (else they are left out). */
  of(s: string, create: boolean): number[] {
    const out: number[] = [];
    const syl = syllables(s);
    let next = syl.length ? this.syllable(syl[0]!) : -1;
    for (let k = 0; k < syl.length; k++) {
      const w = next;
      next = k + 1 < syl.length ? this.syllable(syl[k + 1]!) : -1;
      if (this.skip[w]) continue;
      const uni = this.term(this.unigrams[w], false, create);
      if (uni >= 0) {
        this.unigrams[w] = uni;
        out.push(uni);
      }
      if (next >= 0 && !this.skip[next]) {
        const key = w * PAIR + next;
        const bi = this.term(this.bigrams.get(key), true, create);
        if (bi >= 0) {
          this.bigrams.set(key, bi);
          out.push(bi);
        }
      }
    }
    return out;
  }
}

// Photo captions and credits: "Ảnh: …", "(Ảnh: Reuters)", "… - Ảnh: H.Y.T.", the portal's "anh tin bai".
const CAPTION = /^\(?\s*(ảnh|nguồn|video|clip)\s*:|[-–(]\s*ảnh\s*:|^anh tin bai$/iu;
// Author and source lines at the end: "Ngô Hải - BTG HU", "Theo Hồ Hương", "Hà Thu (tổng hợp)".
const SOURCE = /^(theo|nguồn)\s|\((tổng hợp|theo [^)]*)\)$/iu;

/** Sentences a summary should never pick: too short, captions, bylines, headings without a full stop. */
function isTrivial(s: SentenceSpan): boolean {
  const words = s.text.split(/\s+/).length;
  if (words < MIN_WORDS) return true;
  if (CAPTION.test(s.text) || SOURCE.test(s.text)) return true;
  // A line without closing punctuation is a heading, a caption or a byline, unless it is long prose.
  if (!/[.!?…:;"”)]$/.test(s.text) && words < 15) return true;
  return false;
}

/** Jaccard similarity of two term sets (term numbers, no repeats); `marks` is scratch space, one slot per term. */
function jaccard(a: number[], b: number[], marks: Int32Array, stamp: number): number {
  for (const t of b) marks[t] = stamp;
  let inter = 0;
  for (const t of a) if (marks[t] === stamp) inter++;
  const union = a.length + b.length - inter;
  return union === 0 ? 0 : inter / union;
}

export function summarize(
  article: { text: string; lead?: string; title?: string },
  opts: SummaryOptions = { sentences: 3 },
): SummarySentence[] {
  const text = article.text;
  const want = Math.max(0, Math.floor(opts.sentences));
  if (!text.trim() || want === 0) return [];
  const all = splitSentences(text);
  const candidates = all.map((s, index) => ({ s, index })).filter(({ s }) => !isTrivial(s));
  if (candidates.length === 0) return [];

  // Terms are numbered once; counts, weights and sets are then kept per number. Each sentence's term
  // set lists its terms in first-occurrence order, as a Set would.
  const index = new TermIndex();
  const tf: number[] = [];
  const df: number[] = [];
  /** The last sentence a term was counted in (df counts sentences, not occurrences). */
  const lastSentence: number[] = [];
  const termSets = candidates.map(({ s }, k) => {
    const set: number[] = [];
    for (const id of index.of(s.text, true)) {
      if (id === tf.length) {
        tf.push(0);
        df.push(0);
        lastSentence.push(-1);
      }
      tf[id]!++;
      if (lastSentence[id] !== k) {
        lastSentence[id] = k;
        df[id]!++;
        set.push(id);
      }
    }
    return set;
  });
  const inTitle = new Set<number>(index.of(article.title ?? '', false));
  const n = candidates.length;
  const weights = tf.map((f, id): number => {
    // A term seen once says nothing about the article's topic.
    if (f < 2) return 0;
    const idf = Math.log(1 + n / df[id]!);
    return Math.log(1 + f) * idf * (index.isBigram[id] ? 1.5 : 1) * (inTitle.has(id) ? 2 : 1);
  });

  // Lead: where the sapo sits in the text (first 60 characters are enough to find it).
  const lead = (article.lead ?? '').trim();
  const leadStart = lead ? text.indexOf(lead.slice(0, 60)) : -1;
  const leadEnd = leadStart >= 0 ? leadStart + lead.length : -1;

  const figureStarts = (opts.figures ?? findFigures(text))
    .filter((f) => f.kind === 'money' || f.kind === 'percent' || f.kind === 'quantity' || f.kind === 'ratio')
    .map((f) => f.start);

  const content = termSets.map((set) => {
    let sum = 0;
    for (const id of set) sum += weights[id]!;
    return sum / Math.sqrt(set.length + 4);
  });
  // reduce, not Math.max(...spread): a long text has more sentences than a call's argument list may hold.
  const maxContent = content.reduce((m, c) => Math.max(m, c), 1e-9);

  const scored = candidates.map(({ s, index }, k) => {
    const inLead = leadStart >= 0 && s.start >= leadStart && s.end <= leadEnd + 1;
    const position = (inLead ? 0.5 : 0) + (k === 0 ? 0.3 : 0) + 0.25 * (1 - k / n);
    const figures = figureStarts.filter((p) => p >= s.start && p < s.end).length;
    const score = content[k]! / maxContent + position + Math.min(0.3, 0.1 * figures);
    return { s, index, k, score };
  });

  // Greedy selection with a redundancy penalty (maximal marginal relevance).
  const chosen: typeof scored = [];
  const pool = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  const marks = new Int32Array(tf.length);
  let stamp = 0;
  while (chosen.length < want && pool.length > 0) {
    let bestAt = -1;
    let best = -Infinity;
    pool.forEach((c, p) => {
      const overlap = Math.max(0, ...chosen.map((x) => jaccard(termSets[c.k]!, termSets[x.k]!, marks, ++stamp)));
      if (overlap > 0.6) return;
      const adjusted = c.score - 0.5 * overlap;
      if (adjusted > best) {
        best = adjusted;
        bestAt = p;
      }
    });
    if (bestAt < 0) break;
    chosen.push(pool.splice(bestAt, 1)[0]!);
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .map(({ s }) => ({ text: s.text, start: s.start, end: s.end }));
}
