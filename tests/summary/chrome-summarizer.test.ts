import { describe, expect, it, vi } from 'vitest';
import { chromeSummarizerAvailability, summarizeWithChrome, VIETNAMESE_KEY_POINTS } from '../../utils/summary/chrome-summarizer';

function fakeScope(availability: string | Error, summary = 'Tóm tắt.') {
  const destroy = vi.fn();
  const summarize = vi.fn(async () => summary);
  const Summarizer = {
    availability: vi.fn(async () => {
      if (availability instanceof Error) throw availability;
      return availability;
    }),
    create: vi.fn(async () => ({ summarize, destroy })),
  };
  return { scope: { Summarizer }, Summarizer, summarize, destroy };
}

describe('Chrome Summarizer detection', () => {
  it('reports unsupported without a Summarizer global', async () => {
    expect(await chromeSummarizerAvailability({})).toBe('unsupported');
    expect(await chromeSummarizerAvailability({ Summarizer: {} })).toBe('unsupported');
    expect(await summarizeWithChrome('văn bản', {})).toBeNull();
  });

  it('asks for Vietnamese output and passes the answer through', async () => {
    const { scope, Summarizer } = fakeScope('downloadable');
    expect(await chromeSummarizerAvailability(scope)).toBe('downloadable');
    expect(Summarizer.availability).toHaveBeenCalledWith(expect.objectContaining({ outputLanguage: 'vi', expectedInputLanguages: ['vi'] }));
  });

  it('reads a rejected availability() as unavailable', async () => {
    const { scope } = fakeScope(new Error('unsupported language'));
    expect(await chromeSummarizerAvailability(scope)).toBe('unavailable');
  });

  it('summarises only when the model is available, and cleans up', async () => {
    const ready = fakeScope('available', 'Ba ý chính.');
    expect(await summarizeWithChrome('Bài viết dài.', ready.scope)).toBe('Ba ý chính.');
    expect(ready.Summarizer.create).toHaveBeenCalledWith(VIETNAMESE_KEY_POINTS);
    expect(ready.destroy).toHaveBeenCalled();

    const later = fakeScope('downloadable');
    expect(await summarizeWithChrome('Bài viết dài.', later.scope)).toBeNull();
    expect(later.Summarizer.create).not.toHaveBeenCalled();
  });

  it('uses globalThis by default', async () => {
    const { Summarizer } = fakeScope('available');
    vi.stubGlobal('Summarizer', Summarizer);
    try {
      expect(await chromeSummarizerAvailability()).toBe('available');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(await chromeSummarizerAvailability()).toBe('unsupported');
  });
});
