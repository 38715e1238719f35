// summarize: a short extractive summary of a Vietnamese news article.
// 1. Candidates: the article's sentences without the lead when the lead is shown (the summary adds to it,
//    never repeats it), without captions, table rows, short source lines and headings; over-long sentences
//    split at ";" where each part stands on its own (candidates.ts).
// 2. Score: boosted regression trees over position, length, headline overlap, figures, centrality, overlap
//    with the opening and boilerplate flags (features.ts, context-features.ts), learned offline on VietNews
//    (tools/summary/train.ts → weights.json), plus linear priors for portal boilerplate.
// 3. Select: maximal marginal relevance against repeated terms and figures, short bullets first, the whole
//    summary well under a third of the article, and past the second bullet only sentences that score well
//    enough on their own (select.ts).
// Deterministic: ties go to the earlier sentence.
import type { Figure, SummarySentence } from '../model/figure';
import { findFigures } from '../figures/index';
import { splitSentences, type SentenceSpan } from '../text/sentences';
import { summaryCandidates } from './candidates';
import { candidateFeatures, FEATURE_NAMES, type CandidateFacts } from './features';
import { selectSentences } from './select';
import { leadRange } from './lead-range';
import { summaryModel, type SummaryModel } from './model';
import { forestValue } from './trees';

export interface SummaryOptions {
  sentences: number;
  /** Figures already found in article.text (the popup has them); found here otherwise. */
  figures?: Figure[];
  /** Another model (the training script tries its candidates through here). */
  model?: SummaryModel;
}

export interface SummaryInput {
  text: string;
  /** The lead as shown above the body: its sentences are not repeated in the summary. */
  lead?: string;
  title?: string;
  /** The extractor's images: their captions are never summary sentences. */
  images?: readonly { caption: string }[];
}

/** Bullets longer than this many syllables are used only when the text has too few shorter ones. */
export const MAX_BULLET_SYLLABLES = 45;
/** The summary takes at most this share of the article's characters. */
export const MAX_SHARE = 0.25;

export interface ScoredCandidates {
  candidates: SentenceSpan[];
  features: number[][];
  facts: CandidateFacts[];
}

/** Candidates and their features: what the summary scores, and what the training script learns from. */
export function scoreInputs(article: SummaryInput, figures?: readonly Figure[]): ScoredCandidates {
  const text = article.text;
  const lead = leadRange(text, article.lead);
  const spans = splitSentences(text).filter((s) => !lead || s.end <= lead.start || s.start >= lead.end + 1);
  const candidates = summaryCandidates(spans, { text, captions: (article.images ?? []).map((i) => i.caption).filter(Boolean) });
  const title = article.title ?? '';
  const all = figures ?? findFigures(text);
  const leadFigures = lead ? all.filter((f) => f.start >= lead.start && f.end <= lead.end) : null;
  const { features, facts } = candidateFeatures(candidates, title, all, title ? findFigures(title) : [], leadFigures);
  return { candidates, features, facts };
}

export function scoreWith(model: SummaryModel, features: readonly number[]): number {
  let s = forestValue(model.trees, features);
  for (let i = 0; i < FEATURE_NAMES.length; i++) s += model.weights[i]! * features[i]!;
  return s;
}

/** The picks (indexes into `scored.candidates`, article order) for a model: what summarize returns, as indexes. */
export function pickCandidates(scored: ScoredCandidates, model: SummaryModel, want: number, textLength: number): number[] {
  return pickScored(scored, scored.features.map((f) => scoreWith(model, f)), model, want, textLength);
}

/** pickCandidates with the scores already computed (the training script tries many selection settings on the same scores). */
export function pickScored(scored: ScoredCandidates, scores: readonly number[], model: SummaryModel, want: number, textLength: number): number[] {
  return selectSentences(
    scores,
    scored.facts,
    scored.candidates.map((c) => c.text.length),
    {
      want,
      redundancy: model.redundancy,
      repeatedFigure: model.repeatedFigure,
      maxSyllables: MAX_BULLET_SYLLABLES,
      budget: textLength * MAX_SHARE,
      freeBullets: model.freeBullets,
      minScore: model.minScore,
    },
  );
}

export function summarize(article: SummaryInput, opts: SummaryOptions = { sentences: 3 }): SummarySentence[] {
  const want = Math.max(0, Math.floor(opts.sentences));
  if (!article.text.trim() || want === 0) return [];
  const scored = scoreInputs(article, opts.figures);
  if (scored.candidates.length === 0) return [];
  return pickCandidates(scored, opts.model ?? summaryModel(), want, article.text.length).map((k) => {
    const c = scored.candidates[k]!;
    return { text: c.text, start: c.start, end: c.end };
  });
}
