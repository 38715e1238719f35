import { describe, expect, it } from 'vitest';
import { findFigures } from '../../utils/figures/index';
import { candidateFeatures, FEATURE_NAMES, type FeatureName } from '../../utils/summary/features';
import { splitSentences } from '../../utils/text/sentences';
import { CHAIRS, LEAD, RESULT, SPEECH, TITLE } from './fixtures/article';

const MEETING = 'Sáng 20/12, UBND huyện Bảo Thắng tổ chức hội nghị tổng kết công tác năm 2024.';
const QUESTION = 'Vậy làm thế nào để người dân được hưởng lợi nhiều hơn từ chương trình này?';
const COLON = 'Các xã đạt chuẩn nông thôn mới nâng cao năm 2024 gồm có:';

function featuresOf(text: string, opts: { title?: string; lead?: string } = {}) {
  const spans = splitSentences(text);
  const title = opts.title ?? '';
  const lead = opts.lead ? findFigures(opts.lead) : null;
  const { features } = candidateFeatures(spans, title, findFigures(text), findFigures(title), lead);
  return features.map((row) => Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, row[i]!])) as Record<FeatureName, number>);
}

describe('candidateFeatures', () => {
  it('flags meeting boilerplate, questions and a trailing colon, and only those', () => {
    const [chairs, speech, meeting, question, colon, result] = featuresOf([CHAIRS, SPEECH, MEETING, QUESTION, COLON, RESULT].join('\n'));
    expect(chairs!.chairs).toBe(1);
    expect(speech!.speaks).toBe(1);
    expect(meeting!.holdsMeeting).toBe(1);
    expect(meeting!.dateline).toBe(1);
    expect(question!.question).toBe(1);
    expect(colon!.trailingColon).toBe(1);
    for (const flag of ['chairs', 'speaks', 'holdsMeeting', 'dateline', 'question', 'trailingColon'] as const) expect(result![flag]).toBe(0);
  });

  it('sees the headline\'s own figure and its words', () => {
    const [result, speech] = featuresOf([RESULT, SPEECH].join('\n'), { title: TITLE });
    expect(result!.titleFigure).toBe(1); // "14/16 chỉ tiêu"
    expect(speech!.titleFigure).toBe(0);
    expect(result!.titleBigrams).toBeGreaterThan(speech!.titleBigrams);
  });

  it('counts amounts not yet shown in the lead, and none when no lead is shown', () => {
    const lead = 'Năm 2024, tổng thu ngân sách trên địa bàn đạt 512,7 tỷ đồng.';
    const [withLead] = featuresOf(RESULT, { lead });
    // 512,7 tỷ đồng is in the lead; 14/16 and 108,3% are new.
    expect(withLead!.newFigures).toBe(1);
    expect(featuresOf(RESULT)[0]!.newFigures).toBe(0);
    expect(featuresOf(LEAD, { lead })[0]!.newFigures).toBe(0);
  });

  it('marks position and over-length', () => {
    const rows = featuresOf([RESULT, SPEECH, QUESTION].join('\n'));
    expect(rows.map((r) => r.first)).toEqual([1, 0, 0]);
    expect(rows.map((r) => r.relativePosition)).toEqual([0, 0.5, 1]);
    expect(rows[0]!.overLength).toBe(0);
  });
});
