// Nothing a reader saved is lost: a long random session (10,000 saves, 2,000 deletes, seeded) then export → wipe → import must give
// back exactly the same library.
import { describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { uniqueName } from './helpers';
import { fakeImage, numberedArticle } from './fixtures/articles';
import { openLibrary } from '../../utils/library/db';
import { saveArticle } from '../../utils/library/save';
import { removeArticle } from '../../utils/library/update';
import { getImages, listArticles } from '../../utils/library/read';
import { exportLibrary, importLibrary } from '../../utils/library/import/backup';
import { searchLibrary } from '../../utils/library/search';
import { mulberry32 } from '../../tools/bench/generate-library';
import type { LibraryDb } from '../../utils/library/schema';

const SAVES = 10_000;
const DELETES = 2_000;
const POOL = 9_000; // fewer distinct URLs than saves: about one save in ten is a re-save

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

async function contents(db: LibraryDb): Promise<Map<string, { text: string; images: string[] }>> {
  const out = new Map<string, { text: string; images: string[] }>();
  for (const a of await db.getAll('articles')) {
    const images = await getImages(db, a.id);
    const bytes = await Promise.all([...images].map(async ([url, b]) => `${url}=${hash(await b.text())}`));
    out.set(a.id, { text: hash(a.text + a.title + a.savedAt + a.tags.join()), images: bytes.sort() });
  }
  return out;
}

describe('soak', () => {
  it('10,000 saves and 2,000 deletes in random order, then export → wipe → import gives the same library', async () => {
    const random = mulberry32(7);
    const name = uniqueName('soak');
    let db = await openLibrary({ name });
    const live = new Map<string, string>(); // id → text hash of the last save
    const order: ('save' | 'delete')[] = [...Array<'save'>(SAVES).fill('save'), ...Array<'delete'>(DELETES).fill('delete')];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let clock = Date.UTC(2024, 0, 1);
    let deletes = 0;
    for (const op of order) {
      clock += 1000;
      if (op === 'delete' && live.size > 0) {
        const ids = [...live.keys()];
        const id = ids[Math.floor(random() * ids.length)]!;
        expect(await removeArticle(db, id)).not.toBeNull();
        live.delete(id);
        deletes++;
        continue;
      }
      const n = Math.floor(random() * POOL);
      const version = Math.floor(random() * 3);
      const a = numberedArticle(n, {
        text: `${numberedArticle(n).text}\n\nPhiên bản ${version}.`,
        images: n % 10 === 0 ? [{ src: `https://xa.laocai.gov.vn/anh/${n}.jpg`, alt: '', caption: '' }] : [],
      });
      const { id } = await saveArticle(db, a, { fetchImage: async (u) => fakeImage(u), now: () => new Date(clock) });
      live.set(id, hash(a.text));
    }
    expect(deletes).toBeGreaterThan(1900);

    const before = await contents(db);
    expect(before.size).toBe(live.size);
    for (const [id, h] of live) expect(hash((await db.get('articles', id))!.text)).toBe(h);
    const sampleQuery = (await listArticles(db, { limit: 1 })).items[0]!.title;
    const searchBefore = (await searchLibrary(db, sampleQuery)).map((h) => h.id).sort();

    const json = await exportLibrary(db, { images: true });
    db.close();
    await deleteDB(name);
    db = await openLibrary({ name });
    expect((await listArticles(db)).total).toBe(0);
    const report = await importLibrary(db, json);
    expect(report).toEqual({ added: live.size, updated: 0, unchanged: 0, skipped: [] });

    const after = await contents(db);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(after).toEqual(before);
    expect((await listArticles(db)).total).toBe(live.size);
    expect((await searchLibrary(db, sampleQuery)).map((h) => h.id).sort()).toEqual(searchBefore);
    db.close();
  }, 300_000);
});
