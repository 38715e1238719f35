// The learned summary model: weights.json, written by tools/summary/train.ts, checked against the
// feature list it was trained on so a stale file fails loudly in the tests instead of scoring nonsense.
// A sentence's score is the sum of boosted regression trees learned on VietNews plus a few linear priors
// for what VietNews cannot teach (meeting boilerplate, amounts the lead has not shown); see train.ts.
import { FEATURE_NAMES } from './features';
import { isWellFormed, type RegressionTree } from './trees';
import trained from './weights.json';

export interface SummaryModel {
  features: readonly string[];
  /** Linear weights, one per feature, added to the trees' sum (the priors; 0 elsewhere). */
  weights: readonly number[];
  trees: readonly RegressionTree[];
  /** MMR penalty per unit of term similarity with a picked sentence. */
  redundancy: number;
  /** MMR penalty for a figure already picked. */
  repeatedFigure: number;
  /** After this many bullets, another is added only if its score (after the penalties) reaches `minScore`. */
  freeBullets: number;
  minScore: number;
}

export function checkModel(m: SummaryModel): SummaryModel {
  const d = FEATURE_NAMES.length;
  const same = m.features.length === d && m.features.every((f, i) => f === FEATURE_NAMES[i]);
  const numbers = [m.redundancy, m.repeatedFigure, m.freeBullets, m.minScore].every(Number.isFinite);
  if (!same || m.weights.length !== d || !m.weights.every(Number.isFinite) || !m.trees.every((t) => isWellFormed(t, d)) || !numbers) {
    throw new Error('utils/summary/weights.json does not match FEATURE_NAMES: run `npm run train:summary -- --data DIR`');
  }
  return m;
}

let checked: SummaryModel | undefined;

/** The shipped model, checked on first use (not at import: the training script imports the features before any file exists). */
export function summaryModel(): SummaryModel {
  checked ??= checkModel(trained);
  return checked;
}
