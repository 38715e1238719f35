// Scores key-figure chip labels against tests/fixtures/figures/labels-gold.jsonl: real sentences (the shared
// corpus's and the figures dev set's), each figure labelled the way a reader would label it from its sentence —
// written by hand from the sentence, never copied from the product's output.
//
// The gold label is written in words: syllables of one word joined by "_" ("ngân_sách", "bảo_hiểm_y_tế"), words
// separated by spaces. A "|" ends the core: the words before it are what the label must name; those after it are
// qualifiers a reader may add or leave out ("tổng_thu ngân_sách | trên địa_bàn huyện"). Alternatives are
// separated by " ; "; an empty alternative means the figure needs no label (a document without a subject, a
// date that only dates the story).
//
// A chip's label is ACCEPTABLE when, for one alternative:
//   1. it names what is measured: it holds every core word, in order, from the first (Vietnamese puts the head
//      noun first, so a label is the phrase's beginning); and
//   2. it is whole words: it ends at a word boundary of the gold phrase — never inside a word ("tỷ lệ bao" for
//      "tỷ_lệ bao_phủ"), never beyond the phrase (a per-unit "ha" glued in front, a verb from the next clause);
//   3. an empty label is acceptable only where the gold allows none; a chip with no label where the gold has one
//      is not (the chip would need its sentence to be understood).
// Case and commas are ignored.
import type { KeyFigure } from '../../utils/model/figure';
import { keyFigures } from '../../utils/figures/rank';

export interface LabelGoldFigure {
  text: string;
  kind: string;
  label: string;
}
export interface LabelGoldItem {
  id: string;
  source: string;
  text: string;
  figures: LabelGoldFigure[];
}

export function parseLabelGold(jsonl: string): LabelGoldItem[] {
  return jsonl.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelGoldItem);
}

const syllables = (s: string): string[] =>
  s.normalize('NFC').toLowerCase().replace(/[,;:]/g, ' ').split(/\s+/).filter(Boolean);

/** One alternative → its words (each a list of syllables) and how many of them are the core. */
function parseAlternative(alt: string): { words: string[][]; core: number } {
  const [core = '', rest = ''] = alt.split('|');
  const toWords = (s: string) => s.normalize('NFC').toLowerCase().split(/\s+/).filter((w) => w && w !== ',').map((w) => w.split('_'));
  const coreWords = toWords(core);
  return { words: [...coreWords, ...toWords(rest)], core: coreWords.length };
}

export function acceptable(label: string, gold: string): boolean {
  const said = syllables(label);
  for (const alt of gold.split(';')) {
    const { words, core } = parseAlternative(alt.trim());
    if (words.length === 0) {
      if (said.length === 0) return true;
      continue;
    }
    let at = 0;
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      if (word.some((s, i) => said[at + i] !== s)) break;
      at += word.length;
      if (at === said.length && w + 1 >= core) return true;
    }
  }
  return false;
}

export interface LabelResult {
  id: string;
  figure: string;
  gold: string;
  label: string;
  display: string;
  ok: boolean;
}

/** The chips of each gold sentence, matched to its gold figures (a range's two figures are one chip, scored once). */
export function scoreLabels(items: readonly LabelGoldItem[], chipsOf: (text: string) => KeyFigure[] = (text) => keyFigures({ text, lead: '' }, undefined, 100)): { results: LabelResult[]; missing: string[]; share: number } {
  const results: LabelResult[] = [];
  const missing: string[] = [];
  for (const item of items) {
    const chips = chipsOf(item.text);
    const seen = new Set<KeyFigure>();
    let from = 0;
    for (const g of item.figures) {
      const start = item.text.indexOf(g.text, from);
      if (start >= 0) from = start + 1;
      const chip = chips.find((k) => start >= k.start && start < k.end);
      if (!chip) {
        missing.push(`${item.id} «${g.text}»`);
        continue;
      }
      if (seen.has(chip)) continue;
      seen.add(chip);
      const label = chip.label ?? '';
      results.push({ id: item.id, figure: g.text, gold: g.label, label, display: chip.display ?? chip.text, ok: acceptable(label, g.label) });
    }
  }
  return { results, missing, share: results.length ? results.filter((r) => r.ok).length / results.length : 0 };
}
