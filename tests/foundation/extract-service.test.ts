// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createExtractService } from '../../utils/extract-service';
import type { ExtractResult } from '../../utils/article';

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
    await expect(service.handle({ type: 'tinsach/ping' })).resolves.toEqual({ ok: true, url: location.href });
    expect(service.handle({ type: 'tinsach/save', tabId: 1 })).toBeUndefined();
    expect(service.handle({ type: 'evil' })).toBeUndefined();
    expect(service.handle('tinsach/extract')).toBeUndefined();
  });
});
