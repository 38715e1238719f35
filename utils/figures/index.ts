// findFigures: every key figure in a Vietnamese text, as the shared figures specification defines them.
// The passes run from the most specific to the least, each taking its tokens so later passes cannot reuse
// them: non-figures (phones, plates, times, links, codes) → document references → dates → amounts.
import type { Figure } from '../model/figure';
import { findAmounts } from './amounts';
import { findDates } from './dates';
import { findDocuments } from './documents';
import { findRejections } from './rejections';
import { tokenize } from './tokens';

// Bounded work: a page controls its text, and every pass below is linear in the tokens, so the number of
// tokens read is capped. 30 000 tokens is about 135 000 characters (20 000 words) of prose — far beyond any news or portal
// article — and reads in well under a second even when every token is a number (tests/hostile/analysis-fuzz).
export const MAX_FIGURE_TOKENS = 30_000;

export function findFigures(source: string): Figure[] {
  const tokens = tokenize(source, MAX_FIGURE_TOKENS);
  // Past the cap nothing is read: the regex passes see only the text the tokens cover (a prefix, so
  // offsets are unchanged).
  const text = tokens.length < MAX_FIGURE_TOKENS ? source : source.slice(0, tokens[tokens.length - 1]!.end);
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

export type { Figure } from '../model/figure';
