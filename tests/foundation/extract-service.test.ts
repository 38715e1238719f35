// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createExtractService, MIN_ANALYSIS_MS } from '../../utils/messaging/extract-service';
import type { Article, ExtractResult } from '../../utils/model/article';
import type { AnalysedArticle } from '../../utils/model/analysed-article';
import { makeArticle } from '../ui/fixtures/article';

function fakeResult(title: string): ExtractResult {
  return { ok: false, reason: 'not-article', message: title };
}

describe('createExtractService', () => {
  it('extracts once per URL and answers the second request from the cache', async () => {
    const extract = vi.fn(() => fakeResult('first'));
    const service = createExtractService(document, extract);
    const a = await service.handle({ type: 'tinsach/extract' });
    const b = await service.handle({ type: 'tinsach/extract' });
    expect(extract).toHaveBeenCalledTimes(1);
    expect(b).toBe(a);
    expect(service.cacheSize()).toBe(1);
  });

  it('gives a page that ran out of time on load one more try when asked again, then keeps the answer', async () => {
    // On load the page was still writing its 10,000-row table: the background's read ran out of time.
    const outOfTime: ExtractResult = { ok: false, reason: 'too-large', message: 'Trang quá lớn' };
    const read = { ok: true, article: makeArticle({ title: 'Bảng giá đất năm 2026' }) } as ExtractResult;
    const extract = vi.fn().mockReturnValueOnce(outOfTime).mockReturnValueOnce(read);
    const service = createExtractService(document, extract);
    expect(await service.handle({ type: 'tinsach/extract' })).toMatchObject({ reason: 'too-large' });
    expect(await service.handle({ type: 'tinsach/extract' })).toMatchObject({ ok: true });
    expect(await service.handle({ type: 'tinsach/extract' })).toMatchObject({ ok: true });
    expect(extract).toHaveBeenCalledTimes(2);

    // Out of time twice: that is the page's answer, not read a third time.
    const tooLarge = vi.fn(() => outOfTime);
    const twice = createExtractService(document, tooLarge);
    for (let i = 0; i < 3; i++) expect(await twice.handle({ type: 'tinsach/extract' })).toMatchObject({ reason: 'too-large' });
    expect(tooLarge).toHaveBeenCalledTimes(2);
  });

  it('re-extracts after the page URL changes (single-page sites)', async () => {
    const extract = vi.fn(() => fakeResult('x'));
    const service = createExtractService(document, extract);
    await service.handle({ type: 'tinsach/extract' });
    history.pushState({}, '', '/tin-tuc/bai-khac.html');
    await service.handle({ type: 'tinsach/extract' });
    expect(extract).toHaveBeenCalledTimes(2);
    expect(service.cacheSize()).toBe(1);
  });

  it('turns an unexpected exception into a typed error result', async () => {
    const service = createExtractService(document, () => {
      throw new Error('boom');
    });
    await expect(service.handle({ type: 'tinsach/extract' })).resolves.toMatchObject({ ok: false, reason: 'error' });
  });

  it('answers pings with the page URL and ignores messages that are not ours', async () => {
    const service = createExtractService(document, () => fakeResult('x'));
    await expect(service.handle({ type: 'tinsach/ping' })).resolves.toEqual({ ok: true, url: location.href, read: false });
    // Once read, the ping says so (the extractor is in every registered page from the start).
    await service.handle({ type: 'tinsach/extract' });
    await expect(service.handle({ type: 'tinsach/ping' })).resolves.toEqual({ ok: true, url: location.href, read: true });
    expect(service.handle({ type: 'tinsach/save', tabId: 1 })).toBeUndefined();
    expect(service.handle({ type: 'evil' })).toBeUndefined();
    expect(service.handle('tinsach/extract')).toBeUndefined();
  });

  describe('analysis, once an analyser is in the page', () => {
    const analysed = (a: Article): AnalysedArticle => ({ ...a, figures: [], keyFigures: [], summary: [{ text: 'Tóm tắt.', start: 0, end: 8 }] } as AnalysedArticle);

    it('answers without analysis until the analyser arrives, then analyses the cached extraction once', async () => {
      const extract = vi.fn((): ExtractResult => ({ ok: true, article: makeArticle() }));
      let analyser: ((a: Article, deadline: number) => AnalysedArticle) | undefined = undefined;
      const analyse = vi.fn((a: Article) => analysed(a));
      const service = createExtractService(document, extract, { analyser: () => analyser });
      const before = await service.handle({ type: 'tinsach/extract' });
      expect(before).toMatchObject({ ok: true });
      expect((before as { article: object }).article).not.toHaveProperty('summary');
      analyser = analyse;
      const after = await service.handle({ type: 'tinsach/extract' });
      expect((after as unknown as { article: AnalysedArticle }).article.summary).toHaveLength(1);
      await service.handle({ type: 'tinsach/extract' });
      expect(extract).toHaveBeenCalledTimes(1);
      expect(analyse).toHaveBeenCalledTimes(1);
    });

    it('gives the analysis what the extraction left of the budget, and never less than its floor', async () => {
      const deadlinesAfter = async (spent: number) => {
        let clock = 1000;
        const extract = (): ExtractResult => {
          clock += spent;
          return { ok: true, article: makeArticle() };
        };
        const deadlines: number[] = [];
        const service = createExtractService(document, extract, {
          analyser: () => (a, deadline) => (deadlines.push(deadline), analysed(a)),
          budgetMs: 4000,
          now: () => clock,
        });
        await service.handle({ type: 'tinsach/extract' });
        return deadlines.map((d) => d - clock);
      };
      // A quick page: the analysis gets the 3 seconds left.
      expect(await deadlinesAfter(1000)).toEqual([3000]);
      // A 10,000-row table whose extraction took 3.9 of the 4 seconds: the analysis still gets its floor.
      expect(await deadlinesAfter(3900)).toEqual([MIN_ANALYSIS_MS]);
    });

    it('never analyses a refusal', async () => {
      const analyse = vi.fn();
      const service = createExtractService(document, () => fakeResult('x'), { analyser: () => analyse });
      await service.handle({ type: 'tinsach/extract' });
      expect(analyse).not.toHaveBeenCalled();
    });
  });
});
