// What the learned scorer knows about a candidate sentence. Every feature is a plain number computed from
// the article's own text, so the same code serves the extension, the CLI and the training script
// (tools/summary/train.ts); the model (weights.json) is learned offline against VietNews sapos. The features
// seen against the rest of the article (overlap with the opening, relative headline overlap…) are in
// context-features.ts. The order of FEATURE_NAMES is the order the model's trees and weights index:
// add new features at the end and retrain.
import type { Figure } from '../model/figure';
import { hasPhrase } from '../text/phrases';
import { isStopword } from '../text/stopwords';
import { CONTEXT_FEATURE_NAMES, contextFeatures } from './context-features';

const SENTENCE_FEATURE_NAMES = [
  'bias',
  // Position: news is written lead first.
  'first', 'second', 'third', 'inversePosition', 'relativePosition',
  // Length: the best picks are short (24 syllables on average); long ones cost precision.
  'length', 'lengthSquared', 'overLength', 'short',
  // The headline says what the article is about.
  'titleSyllables', 'titleBigrams', 'titleDensity', 'titleFigure',
  // Figures by kind (capped counts) and how much of the sentence is numbers (tables, price lists).
  'money', 'percent', 'quantity', 'ratio', 'date', 'document', 'numberShare',
  // How typical the sentence is of the whole article.
  'centrality', 'relativeCentrality', 'relativeContent',
  // Boilerplate and form.
  'chairs', 'attends', 'speaks', 'dateline', 'question', 'trailingColon', 'bylineLike', 'captionLike',
  'quote', 'startsTheo', 'commaShare', 'parenthesis', 'holdsMeeting',
  // Amounts the reader has not seen yet in the lead shown above the summary (0 when no lead is shown).
  'newFigures',
] as const;

export const FEATURE_NAMES = [...SENTENCE_FEATURE_NAMES, ...CONTEXT_FEATURE_NAMES] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
type SentenceFeatureName = (typeof SENTENCE_FEATURE_NAMES)[number];

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_COMBINING = /[\u0300-\u036f]/;

/** Lower-cased syllables (and numbers) of a text, NFC. */
export function syllablesOf(s: string): string[] {
  return ((HAS_COMBINING.test(s) ? s.normalize('NFC') : s).toLowerCase().match(WORD) ?? []);
}

function isNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function isContent(w: string): boolean {
  return w.length >= 2 && !isNumber(w) && !isStopword(w);
}

/** The numbers and shape of a figure that make two mentions "the same figure". */
export function figureKey(f: Figure): string {
  const what = f.value ?? f.date ?? f.code ?? f.text.toLowerCase();
  return `${f.kind}:${what}:${f.total ?? ''}`;
}

export interface CandidateInput {
  text: string;
  start: number;
  end: number;
}

export interface CandidateFacts {
  /** Syllables of the sentence. */
  length: number;
  /** Content syllables and bigrams (no repeats): what redundancy is measured on. */
  terms: string[];
  /** Keys of the figures the sentence states. */
  figures: string[];
}

// Boilerplate phrases, looked up in the lower-cased sentence as whole words (hasPhrase).
const CHAIRS = ['chủ trì'];
const ATTENDS = ['tham dự', 'dự hội nghị', 'dự buổi', 'dự lễ', 'có sự tham gia'];
const SPEAKS = ['phát biểu', 'biểu dương'];
const HOLDS_MEETING = ['hội nghị', 'hội thảo', 'cuộc họp', 'phiên họp', 'kỳ họp', 'đại hội', 'lễ', 'buổi'].flatMap((what) => [
  `tổ chức ${what}`,
  `diễn ra ${what}`,
]);
// Matched on the lower-cased sentence: V8's case-insensitive Unicode matching folds case at every step.
const DATELINE = /^(?:\(?[\p{L} .]{1,26}\)\s*[-–]\s*)?(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)(?!\p{L})[^,]{0,25},/u;

const TRAILING_COLON = /:\s*["”]?$/u;
const CLOSED = /[.!?…;"”)]$/u;
const CAPTION_LIKE = /^\(?\s*(?:ảnh|video|clip)(?!\p{L})|[-–(]\s*ảnh\s*:|\(ảnh(?!\p{L})/u;
const QUOTE = /["“”]/u;
const THEO = /^theo(?!\p{L})/u;

const AMOUNT_KINDS: ReadonlySet<Figure['kind']> = new Set(['money', 'percent', 'quantity', 'ratio']);

function capped(n: number, max: number): number {
  return Math.min(n, max) / max;
}

export interface ScoredFeatures {
  features: number[][];
  facts: CandidateFacts[];
}

/**
 * Features of each candidate, in article order. `figures` are the article's figures (offsets into the same
 * text as the candidates), `titleFigures` those of the headline.
 */
export function candidateFeatures(
  candidates: readonly CandidateInput[],
  title: string,
  figures: readonly Figure[],
  titleFigures: readonly Figure[],
  /** Figures of the lead shown above the summary; null when no lead is shown. */
  leadFigures: readonly Figure[] | null = null,
): ScoredFeatures {
  const n = candidates.length;
  const titleSyl = syllablesOf(title).filter(isContent);
  const titleSet = new Set(titleSyl);
  const titleBigrams = new Set<string>();
  const titleAll = syllablesOf(title);
  for (let i = 0; i + 1 < titleAll.length; i++) titleBigrams.add(`${titleAll[i]} ${titleAll[i + 1]}`);
  const titleKeys = new Set(titleFigures.map(figureKey));
  const leadKeys = leadFigures ? new Set(leadFigures.map(figureKey)) : null;

  // Document frequencies of content syllables: how often each occurs in the whole article.
  const syl = candidates.map((c) => syllablesOf(c.text));
  const docCount = new Map<string, number>();
  const sentCount = new Map<string, number>();
  const sets = syl.map((words) => {
    const set = new Set<string>();
    for (const w of words) {
      if (!isContent(w)) continue;
      docCount.set(w, (docCount.get(w) ?? 0) + 1);
      set.add(w);
    }
    for (const w of set) sentCount.set(w, (sentCount.get(w) ?? 0) + 1);
    return set;
  });

  // Centrality: how much of the rest of the article's vocabulary a sentence carries (its own mentions left out).
  // Content: the same with rarity across sentences (TF-IDF within the article), title terms doubled.
  const centrality: number[] = [];
  const content: number[] = [];
  for (let k = 0; k < n; k++) {
    let c = 0;
    let t = 0;
    const own = new Map<string, number>();
    for (const w of syl[k]!) if (isContent(w)) own.set(w, (own.get(w) ?? 0) + 1);
    for (const w of sets[k]!) {
      const rest = docCount.get(w)! - own.get(w)!;
      if (rest > 0) c += Math.log(1 + rest);
      const f = docCount.get(w)!;
      if (f >= 2) t += Math.log(1 + f) * Math.log(1 + n / sentCount.get(w)!) * (titleSet.has(w) ? 2 : 1);
    }
    centrality.push(c / Math.sqrt(sets[k]!.size + 4));
    content.push(t / Math.sqrt(sets[k]!.size + 4));
  }
  const maxCentrality = Math.max(1e-9, ...centrality);
  const maxContent = Math.max(1e-9, ...content);

  // Figures per candidate: both lists are sorted by start, so one walk assigns them.
  const figs: Figure[][] = candidates.map(() => []);
  let f = 0;
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  for (let k = 0; k < n; k++) {
    const c = candidates[k]!;
    while (f < sorted.length && sorted[f]!.start < c.start) f++;
    for (let g = f; g < sorted.length && sorted[g]!.start < c.end; g++) figs[k]!.push(sorted[g]!);
  }

  const context = contextFeatures(candidates.map((c, k) => ({ text: c.text, syllables: syl[k]!.length, content: sets[k]! })), titleSet);
  const features: number[][] = [];
  const facts: CandidateFacts[] = [];
  for (let k = 0; k < n; k++) {
    const text = candidates[k]!.text;
    const words = syl[k]!;
    const len = words.length;
    const set = sets[k]!;
    let titleHits = 0;
    for (const w of titleSet) if (set.has(w)) titleHits++;
    let bigramHits = 0;
    const bigrams: string[] = [];
    const seenBigrams = new Set<string>();
    for (let i = 0; i + 1 < words.length; i++) {
      const b = `${words[i]} ${words[i + 1]}`;
      if (seenBigrams.has(b)) continue;
      seenBigrams.add(b);
      if (titleBigrams.has(b)) bigramHits++;
      if (isContent(words[i]!) && isContent(words[i + 1]!)) bigrams.push(b);
    }
    const kinds = { money: 0, percent: 0, quantity: 0, ratio: 0, date: 0, document: 0 };
    const keys: string[] = [];
    let titleFigure = 0;
    let newFigures = 0;
    for (const fig of figs[k]!) {
      kinds[fig.kind]++;
      const key = figureKey(fig);
      keys.push(key);
      if (titleKeys.has(key)) titleFigure = 1;
      if (leadKeys && AMOUNT_KINDS.has(fig.kind) && !leadKeys.has(key)) newFigures++;
    }
    const numbers = words.filter(isNumber).length;
    const lower = text.toLowerCase();
    const commas = (text.match(/,/g) ?? []).length;
    const row: Record<SentenceFeatureName, number> = {
      bias: 1,
      first: k === 0 ? 1 : 0,
      second: k === 1 ? 1 : 0,
      third: k === 2 ? 1 : 0,
      inversePosition: 1 / (k + 1),
      relativePosition: n > 1 ? k / (n - 1) : 0,
      length: len / 40,
      lengthSquared: Math.min(len, 120) ** 2 / 1600,
      overLength: Math.max(0, len - 45) / 20,
      short: len < 12 ? 1 : 0,
      titleSyllables: titleSet.size ? titleHits / titleSet.size : 0,
      titleBigrams: titleBigrams.size ? bigramHits / titleBigrams.size : 0,
      titleDensity: titleHits / Math.sqrt(len + 1),
      titleFigure,
      money: capped(kinds.money, 3),
      percent: capped(kinds.percent, 3),
      quantity: capped(kinds.quantity, 3),
      ratio: capped(kinds.ratio, 2),
      date: capped(kinds.date, 2),
      document: capped(kinds.document, 2),
      numberShare: len ? numbers / len : 0,
      centrality: centrality[k]! / 10,
      relativeCentrality: centrality[k]! / maxCentrality,
      relativeContent: content[k]! / maxContent,
      chairs: hasPhrase(lower, CHAIRS) ? 1 : 0,
      attends: hasPhrase(lower, ATTENDS) ? 1 : 0,
      speaks: hasPhrase(lower, SPEAKS) ? 1 : 0,
      dateline: DATELINE.test(lower) ? 1 : 0,
      question: text.includes('?') ? 1 : 0,
      trailingColon: TRAILING_COLON.test(text) ? 1 : 0,
      bylineLike: !CLOSED.test(text) && len < 20 ? 1 : 0,
      captionLike: CAPTION_LIKE.test(lower) ? 1 : 0,
      quote: QUOTE.test(text) ? 1 : 0,
      startsTheo: THEO.test(lower) ? 1 : 0,
      commaShare: len ? commas / len : 0,
      parenthesis: text.includes('(') ? 1 : 0,
      holdsMeeting: hasPhrase(lower, HOLDS_MEETING) ? 1 : 0,
      newFigures: capped(newFigures, 2),
    };
    features.push([...SENTENCE_FEATURE_NAMES.map((name) => row[name]), ...context[k]!]);
    facts.push({ length: len, terms: [...set, ...bigrams], figures: keys });
  }
  return { features, facts };
}
