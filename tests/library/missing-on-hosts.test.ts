// After "Allow" on an image-host question, the background finds the recent saves still missing photos from
// that host (and only those) and fetches them at once.
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../utils/library/save';
import { articlesMissingPhotosOn } from '../../utils/library/missing-on-hosts';
import { refetchMissingImages } from '../../utils/library/refetch';
import { listArticles } from '../../utils/library/read';
import { makeArticle, fakeImage } from './fixtures/articles';
import { freshLibrary } from './helpers';

const page = (n: number, images: string[]) =>
  makeArticle({
    url: `https://baothang.laocai.gov.vn/tin/${n}`,
    canonicalUrl: `https://baothang.laocai.gov.vn/tin/${n}`,
    title: `Bài ${n}`,
    images: images.map((src) => ({ src, alt: '', caption: '' })),
  });

describe('articlesMissingPhotosOn', () => {
  it('names the saves waiting for an allowed host, and the refetch clears their "Thiếu" count', async () => {
    const db = await freshLibrary();
    // The image hosts the reader has not allowed yet: their photos are not kept at the save.
    const blocked = new Set(['i1.vnecdn.net', 'cdn.tuoitre.vn']);
    const fetchImage = async (url: string) => {
      if (blocked.has(new URL(url).hostname)) throw new Error('no host access');
      return fakeImage(url);
    };
    const a = await saveArticle(db, page(1, ['https://i1.vnecdn.net/a.jpg', 'https://baothang.laocai.gov.vn/b.jpg']), { fetchImage });
    const b = await saveArticle(db, page(2, ['https://cdn.tuoitre.vn/c.jpg']), { fetchImage });
    await saveArticle(db, page(3, ['https://baothang.laocai.gov.vn/d.jpg']), { fetchImage });

    expect(await articlesMissingPhotosOn(db, ['*://i1.vnecdn.net/*'])).toEqual([a.id]);
    expect(await articlesMissingPhotosOn(db, ['*://cdn.tuoitre.vn/*', '*://i1.vnecdn.net/*'])).toEqual([b.id, a.id]);
    expect(await articlesMissingPhotosOn(db, ['*://vnecdn.net/*'])).toEqual([]);
    expect(await articlesMissingPhotosOn(db, [])).toEqual([]);

    // "Allow": the host is reachable now; the refetch the background runs leaves nothing missing.
    blocked.delete('i1.vnecdn.net');
    for (const id of await articlesMissingPhotosOn(db, ['*://i1.vnecdn.net/*'])) await refetchMissingImages(db, id, { fetchImage });
    const rows = (await listArticles(db)).items;
    expect(rows.find((r) => r.id === a.id)?.missingImages).toBe(0);
    expect(rows.find((r) => r.id === b.id)?.missingImages).toBe(1);
    expect(await articlesMissingPhotosOn(db, ['*://i1.vnecdn.net/*'])).toEqual([]);
  });
});
