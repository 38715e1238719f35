// Readers are ordinary people: the words they read name what happens to their articles, never the browser's
// machinery ("bộ nhớ bền vững", "persistent storage", IndexedDB, cache, quota).
import { describe, expect, it } from 'vitest';
import vi from '../../public/_locales/vi/messages.json';
import en from '../../public/_locales/en/messages.json';

const JARGON = [/bền vững/i, /persistent/i, /indexeddb/i, /\bcache\b/i, /bộ nhớ đệm/i, /\bquota\b/i, /storage\.local/i];

describe('plain words in the catalogs', () => {
  for (const [lang, catalog] of [['vi', vi], ['en', en]] as const) {
    it(`${lang}: no message speaks of the browser's machinery`, () => {
      const found = Object.entries(catalog as Record<string, { message: string }>).filter(([, m]) => JARGON.some((j) => j.test(m.message)));
      expect(found.map(([k, m]) => `${k}: ${m.message}`)).toEqual([]);
    });
  }

  it('the storage line says what may happen to saved articles', () => {
    expect(vi.storageNotPersistent.message).toMatch(/xoá bài đã lưu.*sao lưu/);
    expect(en.storageNotPersistent.message).toMatch(/clear saved articles.*backup/);
  });
});
