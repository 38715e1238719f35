// Chip labels against the reader-written gold set (tests/fixtures/figures/labels-gold.jsonl; the rules are in
// label-score.ts). The floors below sit just under the shares measured with the rules by kind of phrase (91% of
// the whole set, 98% of its held-out fifth, 77% of the second hold-out), so that a change that makes labels worse
// fails here; the aim stated for the product is 90%.
//
// Two checks that the rules are not fitted to the set: every fifth item was held out while the rules were
// written (only its score was looked at), and labels-fresh.jsonl holds figures of development-corpus pages the
// set does not use, labelled by hand after the rules were written and before the product was run on them. Both
// have since been seen while rules were written (the scorer lists every failure), so they are checks against
// fitting, not clean measures: each rule is also tested on sentences of its kind outside both sets.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptable, parseLabelGold, scoreLabels } from './label-score';

const items = parseLabelGold(readFileSync(path.resolve(__dirname, '../fixtures/figures/labels-gold.jsonl'), 'utf8'));
const fresh = parseLabelGold(readFileSync(path.resolve(__dirname, '../fixtures/figures/labels-fresh.jsonl'), 'utf8'));

describe('chip labels on the gold set', () => {
  it('is a real evaluation set: at least 200 figures from the corpus and the dev set', () => {
    const figures = items.flatMap((i) => i.figures);
    expect(figures.length).toBeGreaterThanOrEqual(200);
    expect(new Set(items.map((i) => i.source))).toEqual(new Set(['corpus', 'dev']));
  });

  it('scores labels by whole words and by naming what is measured', () => {
    expect(acceptable('tổng thu ngân sách', 'tổng_thu ngân_sách | trên địa_bàn huyện')).toBe(true);
    expect(acceptable('tổng thu ngân sách trên địa bàn huyện', 'tổng_thu ngân_sách | trên địa_bàn huyện')).toBe(true);
    expect(acceptable('tổng thu', 'tổng_thu ngân_sách | trên địa_bàn huyện')).toBe(false);
    expect(acceptable('tỷ lệ bao', 'bao_phủ bảo_hiểm_y_tế ; tỷ_lệ bao_phủ bảo_hiểm_y_tế')).toBe(false);
    expect(acceptable('ha đất canh tác', 'giá_trị sản_xuất')).toBe(false);
    expect(acceptable('', 'phương_hướng nhiệm_vụ')).toBe(false);
    expect(acceptable('', '')).toBe(true);
  });

  it('keeps at least 90% of the labels acceptable', () => {
    const { results, missing, share } = scoreLabels(items);
    expect(missing).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(200);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('holds on the fifth of the set held out while the rules were written', () => {
    const { results, share } = scoreLabels(items.filter((_, i) => i % 5 === 4));
    expect(results.length).toBeGreaterThanOrEqual(40);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('holds on figures labelled after the rules were written', () => {
    const { results, missing, share } = scoreLabels(fresh);
    expect(missing).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(52);
    expect(share).toBeGreaterThanOrEqual(0.75);
  });
});
