// Two devices syncing through a real WebDAV server (Debian's apache2 with mod_dav_fs and Basic authentication on
// 127.0.0.1): encrypted create-only article files, one state file per device written with If-Match and retried
// after a 412, field-by-field merge, a wrong passphrase that changes nothing, and a server that never sees the
// text. Run by `npm run test:sync` (needs apache2; .ci/run installs it).
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDavServer, type DavServer } from './apache';
import { WebDavClient } from '../../utils/sync/webdav';
import { createKeycheck, decryptFile, encryptFile, opaqueName, parseKeycheck, unlock, WrongPassphraseError, type SyncKeys } from '../../utils/sync/crypto';
import { HybridClock } from '../../utils/sync/clock';
import { emptyState, isDeleted, mergeStates, parseState, visibleTags, type LibraryState } from '../../utils/sync/merge';
import { openArticle, sealArticle } from '../../utils/sync/article-file';
import { makeArticle } from '../library/fixtures/articles';
import { getArticle, openLibrary, saveArticle } from '../../utils/library';
import { listQuarantine } from '../../utils/library/quarantine';
import { receiveArticle } from '../../utils/sync/receive-article';
import { articleId } from '../../utils/library/id';
import { identityUrl } from '../../utils/sites/same-site';
import type { SavedArticle } from '../../utils/model/saved-article';
import { PARAGRAPHS } from '../summary/fixtures/article';

const PASSPHRASE = 'cây đa giếng nước sân đình';
const KEYCHECK = 'keycheck';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

let server: DavServer;
beforeAll(async () => {
  server = await startDavServer();
}, 30_000);
afterAll(async () => server?.stop());

/** One browser's side of sync, as far as the engine goes today: its keys, its clock, its state file. */
class Device {
  readonly dav: WebDavClient;
  readonly clock: HybridClock;
  state: LibraryState = emptyState();
  keys!: SyncKeys;

  constructor(readonly name: string, now: () => number) {
    this.dav = new WebDavClient({ folder: server.folder, username: server.username, password: server.password, timeoutMs: 10_000 });
    this.clock = new HybridClock(name, now);
  }

  /** Reads the keycheck (or creates it for a new library) and checks the passphrase before anything is written. */
  async unlock(passphrase: string): Promise<void> {
    const existing = await this.dav.get(KEYCHECK);
    if (existing) {
      const keycheck = parseKeycheck(JSON.parse(decoder.decode(existing.bytes)));
      if (!keycheck) throw new Error('damaged keycheck');
      this.keys = await unlock(passphrase, keycheck);
      return;
    }
    const { keycheck, keys } = await createKeycheck(passphrase);
    const put = await this.dav.create(KEYCHECK, encoder.encode(JSON.stringify(keycheck)));
    if (!put.ok) return this.unlock(passphrase); // another device made it first: use theirs
    this.keys = keys;
  }

  private stateName(device: string) {
    return opaqueName(this.keys, `state/${device}`);
  }

  /** Reads the other devices' state files, merges them into ours, and writes ours (If-Match, retried after a 412). */
  async sync(others: string[]): Promise<void> {
    for (const other of others) {
      const name = `state/${other}`;
      const file = await this.dav.get(await this.stateName(other));
      if (!file) continue;
      const remote = parseState(JSON.parse(decoder.decode(await decryptFile(this.keys, name, file.bytes))));
      if (!remote) continue;
      for (const a of Object.values(remote.articles)) {
        if (a.read) this.clock.see(a.read.at);
        if (a.deleted) this.clock.see(a.deleted);
      }
      this.state = mergeStates(this.state, remote);
    }
    const own = await this.stateName(this.name);
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.dav.get(own);
      // Apache gives a weak ETag in the second a file was written, and If-Match never matches a weak one.
      if (current?.etag?.startsWith('W/')) {
        await new Promise((r) => setTimeout(r, 1100));
        continue;
      }
      const bytes = await encryptFile(this.keys, `state/${this.name}`, encoder.encode(JSON.stringify(this.state)));
      const put = await this.dav.replace(own, bytes, current?.etag ?? null);
      if (put.ok) return;
    }
    throw new Error(`${this.name}: could not write its state file`);
  }
}

function fullArticle() {
  return makeArticle({ text: [makeArticle().lead, ...PARAGRAPHS.slice(1)].join('\n\n') });
}

describe('two devices through apache2 mod_dav', () => {
  let now = 1_764_900_000_000;
  const clockNow = () => now;
  let phone: Device;
  let laptop: Device;
  const analysed = fullArticle();
  const id = articleId(identityUrl(analysed));
  let article: SavedArticle;

  it('refuses a wrong passphrase in words and writes nothing', async () => {
    phone = new Device('phone', clockNow);
    laptop = new Device('laptop', clockNow);
    await phone.unlock(PASSPHRASE);
    const before = await phone.dav.list();
    const intruder = new Device('intruder', clockNow);
    await expect(intruder.unlock('mật khẩu sai')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(intruder.unlock('mật khẩu sai')).rejects.toThrow(/không đúng/);
    expect(await phone.dav.list()).toEqual(before);
    await laptop.unlock(PASSPHRASE);
  });

  it('saves on the phone, and the laptop receives the article validated and its reading state', async () => {
    // The phone's own library (fake IndexedDB): the article as the library stores it is what gets synced.
    const phoneLibrary = await openLibrary({ name: 'tin-sach-phone' });
    await saveArticle(phoneLibrary, analysed);
    article = (await getArticle(phoneLibrary, id))!;
    expect(article.title).toBe('Duy trì nâng cao chất lượng công tác tuyên vận');
    const file = await sealArticle(phone.keys, article);
    expect(await phone.dav.create(file.name, file.bytes)).toMatchObject({ ok: true });
    // The same version saved again is the same name: the create-only write is refused, nothing is overwritten.
    expect(await phone.dav.create(file.name, file.bytes)).toEqual({ ok: false, reason: 'conflict' });
    phone.state.articles[id] = { tags: { 'Dân vận': { added: phone.clock.tick(), removedUpTo: null } }, read: { value: true, at: phone.clock.tick() } };
    await phone.sync(['laptop']);
    await laptop.sync(['phone']);
    expect(laptop.state.articles[id]?.read?.value).toBe(true);
    expect(visibleTags(laptop.state.articles[id]!)).toEqual(['Dân vận']);

    // The laptop's own library receives the article through the backup import's checks.
    const laptopLibrary = await openLibrary({ name: 'tin-sach-laptop' });
    const fetched = await laptop.dav.get(file.name);
    expect(await receiveArticle(laptopLibrary, laptop.keys, file.logicalName, fetched!.bytes)).toEqual({ outcome: 'added' });
    expect((await getArticle(laptopLibrary, id))?.title).toBe(article.title);
    expect(await receiveArticle(laptopLibrary, laptop.keys, file.logicalName, fetched!.bytes)).toEqual({ outcome: 'unchanged' });
    // A hostile file (valid encryption under the library's key, script in the HTML) and a damaged one go to the
    // quarantine; the article already received stays as it was.
    const hostile = { ...article, html: '<p>x</p><script>alert(1)</script>' };
    const hostileFile = { format: 'tin-sach-library', version: 1, exportedAt: article.savedAt, articles: [hostile] };
    const sealedHostile = await encryptFile(phone.keys, file.logicalName, encoder.encode(JSON.stringify(hostileFile)));
    expect(await openArticle(laptop.keys, file.logicalName, sealedHostile)).toHaveProperty('problem');
    expect(await receiveArticle(laptopLibrary, laptop.keys, file.logicalName, sealedHostile)).toMatchObject({ outcome: 'quarantined' });
    const damaged = fetched!.bytes.slice();
    damaged[30]! ^= 0xff;
    expect(await receiveArticle(laptopLibrary, laptop.keys, file.logicalName, damaged)).toMatchObject({ outcome: 'quarantined' });
    expect((await listQuarantine(laptopLibrary)).map((q) => q.id)).toEqual([id, id]);
    expect((await getArticle(laptopLibrary, id))?.html).not.toContain('<script');
  });

  it('merges concurrent tag edits the same way whichever device syncs first', async () => {
    for (const firstToSync of ['phone', 'laptop'] as const) {
      now += 60_000;
      const seen = laptop.state.articles[id]!.tags['Dân vận']!.added;
      // Offline on both: the laptop removes "Dân vận" and adds "Đất đai"; the phone adds "Dân vận" again and "Ngân sách".
      laptop.state.articles[id]!.tags['Dân vận'] = { added: seen, removedUpTo: seen };
      laptop.state.articles[id]!.tags[`Đất đai ${firstToSync}`] = { added: laptop.clock.tick(), removedUpTo: null };
      phone.state.articles[id]!.tags['Dân vận'] = { added: phone.clock.tick(), removedUpTo: null };
      phone.state.articles[id]!.tags[`Ngân sách ${firstToSync}`] = { added: phone.clock.tick(), removedUpTo: null };
      const [a, b] = firstToSync === 'phone' ? [phone, laptop] : [laptop, phone];
      await a.sync([b.name]);
      await b.sync([a.name]);
      await a.sync([b.name]);
      expect(visibleTags(phone.state.articles[id]!)).toEqual(visibleTags(laptop.state.articles[id]!));
      expect(visibleTags(phone.state.articles[id]!)).toEqual(expect.arrayContaining(['Dân vận', `Đất đai ${firstToSync}`, `Ngân sách ${firstToSync}`]));
    }
  }, 30_000);

  it('delete on one device against an edit on the other: the later one wins on both', async () => {
    now += 60_000;
    laptop.state.articles[id]!.deleted = laptop.clock.tick();
    now += 1000;
    phone.state.articles[id]!.position = { value: 0.5, at: phone.clock.tick() };
    await laptop.sync(['phone']);
    await phone.sync(['laptop']);
    await laptop.sync(['phone']);
    expect(isDeleted(phone.state.articles[id]!)).toBe(false);
    expect(isDeleted(laptop.state.articles[id]!)).toBe(false);
    now += 60_000;
    phone.state.articles[id]!.deleted = phone.clock.tick();
    await phone.sync(['laptop']);
    await laptop.sync(['phone']);
    expect(isDeleted(laptop.state.articles[id]!)).toBe(true);
  }, 30_000);

  it('leaves nothing readable on the server: no article text, no title, no tag, no device name', async () => {
    const files = readdirSync(server.filesDir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(f === KEYCHECK || /^[0-9a-f]{64}$/.test(f), f).toBe(true);
    const needles = [article.title, PARAGRAPHS[1]!.slice(0, 40), 'Dân vận', 'Ngân sách', 'laptop', article.url].map((s) => Buffer.from(s));
    for (const f of files) {
      const bytes = readFileSync(join(server.filesDir, f));
      for (const needle of needles) expect(bytes.includes(needle), `${f} contains “${needle}”`).toBe(false);
    }
  });
});
