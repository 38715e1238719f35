// findFigures: every key figure in a Vietnamese text, as specified in ../shared/figures/README.md.
// The passes run from the most specific to the least, each taking its tokens so later passes cannot reuse
// them: non-figures (phones, plates, times, links, codes) → document references → dates → amounts.
import type { Figure } from '../figure';
import { findAmounts } from './amounts';
import { findDates } from './dates';
import { findDocuments } from './documents';
import { findRejections } from './rejections';
import { tokenize } from './tokens';

export function findFigures(text: string): Figure[] {
  const tokens = tokenize(text);
  const taken = findRejections(text, tokens);
  const figures: Figure[] = [];
  for (const doc of findDocuments(text, tokens, taken)) {
    figures.push(doc.figure);
    for (let k = doc.startToken; k < doc.endToken; k++) taken[k] = 1;
  }
  for (const d of findDates(text, tokens, taken)) figures.push(d.figure);
  // A loop, not push(...spread): an 8 MB text has more figures than a call's argument list may hold.
  for (const a of findAmounts(text, tokens, taken)) figures.push(a);
  return figures.sort((a, b) => a.start - b.start || b.end - a.end);
}

export type { Figure } from '../figure';
