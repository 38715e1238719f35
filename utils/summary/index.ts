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

/** Content terms of a sentence: non-stop syllables and bigrams of adjacent non-stop syllables. */
function terms(s: string): string[] {
  const syl = syllables(s);
  const out: string[] = [];
  for (let k = 0; k < syl.length; k++) {
    const w = syl[k]!;
    if (w.length < 2 || isStopword(w)) continue;
    out.push(w);
    const next = syl[k + 1];
    if (next && next.length >= 2 && !isStopword(next)) out.push(`${w} ${next}`);
  }
  return out;
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

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  const union = a.size + b.size - inter;
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

  const termLists = candidates.map(({ s }) => terms(s.text));
  const termSets = termLists.map((l) => new Set(l));
  const tf = new Map<string, number>();
  const df = new Map<string, number>();
  termLists.forEach((list, k) => {
    for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of termSets[k]!) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const titleTerms = new Set(terms(article.title ?? ''));
  const n = candidates.length;
  const weight = (t: string): number => {
    const f = tf.get(t) ?? 0;
    // A term seen once says nothing about the article's topic.
    if (f < 2) return 0;
    const idf = Math.log(1 + n / (df.get(t) ?? 1));
    const bigram = t.includes(' ') ? 1.5 : 1;
    return Math.log(1 + f) * idf * bigram * (titleTerms.has(t) ? 2 : 1);
  };

  // Lead: where the sapo sits in the text (first 60 characters are enough to find it).
  const lead = (article.lead ?? '').trim();
  const leadStart = lead ? text.indexOf(lead.slice(0, 60)) : -1;
  const leadEnd = leadStart >= 0 ? leadStart + lead.length : -1;

  const figureStarts = (opts.figures ?? findFigures(text))
    .filter((f) => f.kind === 'money' || f.kind === 'percent' || f.kind === 'quantity' || f.kind === 'ratio')
    .map((f) => f.start);

  const content = termSets.map((set) => {
    let sum = 0;
    for (const t of set) sum += weight(t);
    return sum / Math.sqrt(set.size + 4);
  });
  const maxContent = Math.max(...content, 1e-9);

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
  while (chosen.length < want && pool.length > 0) {
    let bestAt = -1;
    let best = -Infinity;
    pool.forEach((c, p) => {
      const overlap = Math.max(0, ...chosen.map((x) => jaccard(termSets[c.k]!, termSets[x.k]!)));
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
