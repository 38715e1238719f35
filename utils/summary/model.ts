// The learned summary model: weights.json, written by tools/summary/train.ts, checked against the
// feature list it was trained on so a stale file fails loudly in the tests instead of scoring nonsense.
import { FEATURE_NAMES } from './features';
import trained from './weights.json';

export interface SummaryModel {
  features: readonly string[];
  weights: readonly number[];
  /** MMR penalty per unit of term similarity with a picked sentence. */
  redundancy: number;
  /** MMR penalty for a figure already picked. */
  repeatedFigure: number;
}

export function checkModel(m: SummaryModel): SummaryModel {
  const same = m.features.length === FEATURE_NAMES.length && m.features.every((f, i) => f === FEATURE_NAMES[i]);
  if (!same || m.weights.length !== FEATURE_NAMES.length || !m.weights.every(Number.isFinite)) {
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
