// A Pocket link saved from its page becomes an ordinary article: saved now (top of the list), its tags and
// read state kept, no longer marked as a link to read.
import { describe, expect, it } from 'vitest';
import { importPocketCsv } from '../../utils/library/import/pocket';
import { getArticle, listArticles } from '../../utils/library/read';
import { saveArticle } from '../../utils/library/save';
import { articleId } from '../../utils/library/id';
import { makeArticle } from './fixtures/articles';
import { freshLibrary } from './helpers';

const URL_A = 'https://laocai.gov.vn/tin/hoi-nghi-1';

describe('a link to read saved from its page', () => {
  it('takes the save time, keeps tags, and leaves the "to read" state', async () => {
    const db = await freshLibrary();
    await importPocketCsv(db, `title,url,time_added,tags,status\nHội nghị,${URL_A},1681786500,dân vận,unread\n`);
    await saveArticle(db, makeArticle({ url: 'https://x.gov.vn/older', canonicalUrl: 'https://x.gov.vn/older' }), { now: () => new Date('2026-11-01T00:00:00Z') });
    expect((await getArticle(db, articleId(URL_A)))!.pending).toBe(true);

    const now = new Date('2026-12-03T01:00:00Z');
    const saved = await saveArticle(db, makeArticle({ url: URL_A, canonicalUrl: URL_A }), { now: () => now });
    expect(saved).toMatchObject({ id: articleId(URL_A), created: false });
    const record = (await getArticle(db, saved.id))!;
    expect(record.pending).toBeUndefined();
    expect(record.savedAt).toBe(now.toISOString());
    expect(record.tags).toEqual(['dân vận']);
    expect(record.text).toContain('Huyện Bảo Thắng hiện có 14 ban tuyên vận');
    const first = (await listArticles(db, { limit: 1 })).items[0]!;
    expect(first).toMatchObject({ id: saved.id, pending: false });

    // A later re-save of an ordinary article keeps its first save time.
    await saveArticle(db, makeArticle({ url: URL_A, canonicalUrl: URL_A }), { now: () => new Date('2026-12-24T00:00:00Z') });
    expect((await getArticle(db, saved.id))!.savedAt).toBe(now.toISOString());
  });
});
