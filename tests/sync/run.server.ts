// The whole sync run (utils/sync/run.ts) between two libraries through Debian's apache2 mod_dav on 127.0.0.1:
// an article and its photo arrive whole, offline edits on both devices meet whichever syncs first, a deletion
// against a later edit ends the documented way on both, a wrong passphrase changes nothing, and the server's
// files hold no readable word of any article.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDavServer, type DavServer } from './apache';
import { freshLibrary, snapshot } from '../library/helpers';
import { fakeImage, makeArticle } from '../library/fixtures/articles';
import { getArticle, getImages, listTrash, markRead, removeArticle, saveArticle, type LibraryDb } from '../../utils/library';
import { setTags } from '../../utils/library/update';
import { runSync, type SyncResult } from '../../utils/sync/run';
import { setUpSync } from '../../utils/sync/setup';
import type { SyncConfig } from '../../utils/sync/config';
import type { SyncMemory } from '../../utils/sync/memory';
import { encryptFile, keysFromMaterial, opaqueName, parseKeycheck } from '../../utils/sync/crypto';
import { articleLogicalName, articlePlainText } from '../../utils/sync/article-file';
import { registerDevice } from '../../utils/sync/devices';
import { stateLogicalName } from '../../utils/sync/state-file';
import { WebDavClient } from '../../utils/sync/webdav';
import { listQuarantine } from '../../utils/library/quarantine';
import { applyEdit, type FollowEdit } from '../../utils/follow/follow-edits';
import { emptyFollowState, type FollowState } from '../../utils/follow/followed-page';
import type { LocalFollows } from '../../utils/sync/follows';

const PASSPHRASE = 'cây đa giếng nước sân đình';

let server: DavServer;
beforeAll(async () => {
  server = await startDavServer();
}, 30_000);
afterAll(async () => server?.stop());

class Device {
  memory: SyncMemory | null = null;
  config!: SyncConfig;
  /** The device's follow list, changed by the same edits the follow service applies. */
  followState: FollowState = emptyFollowState();
  constructor(readonly db: LibraryDb) {}

  editFollows(edit: FollowEdit) {
    const result = applyEdit(this.followState, edit, Date.now());
    if (result.ok) this.followState = result.state;
  }

  private readonly follows: LocalFollows = {
    read: async () => this.followState.pages.map((p) => ({ url: p.url, title: p.title, kind: p.kind, paused: p.paused, followedAt: p.followedAt })),
    apply: async (changes) => {
      this.editFollows({ op: 'import', pages: changes.follow });
      for (const url of changes.unfollow) this.editFollows({ op: 'unfollow', url });
      for (const { url, paused } of changes.pause) this.editFollows({ op: 'pause', url, paused });
    },
  };

  async setUp(passphrase: string) {
    const input = { folder: server.folder, username: server.username, password: server.password, passphrase, timeoutSeconds: 10 };
    const result = await setUpSync(input);
    if (result.ok) this.config = { ...input, keyMaterial: result.keyMaterial, auto: false };
    return result;
  }

  sync(): Promise<SyncResult> {
    return runSync({ db: this.db, config: this.config, memory: this.memory, saveMemory: async (m) => void (this.memory = m), follows: this.follows });
  }
}

const article = makeArticle({ url: 'https://baothang.laocai.gov.vn/tin-tuc/dong-bo-thu-nghiem-1.html' });
let a: Device;
let b: Device;
let id: string;

describe('sync runs between two libraries through apache2 mod_dav', () => {
  it('sets up both devices; a wrong passphrase is refused and stores nothing', async () => {
    a = new Device(await freshLibrary());
    b = new Device(await freshLibrary());
    expect(await a.setUp(PASSPHRASE)).toMatchObject({ ok: true, created: true });
    const files = readdirSync(server.filesDir).sort();
    const intruder = new Device(await freshLibrary());
    expect(await intruder.setUp('mật khẩu sai hoàn toàn')).toMatchObject({ ok: false, error: 'syncErrPassphrase' });
    expect(intruder.config).toBeUndefined();
    expect(readdirSync(server.filesDir).sort()).toEqual(files);
    expect(await b.setUp(PASSPHRASE)).toMatchObject({ ok: true, created: false });
  }, 30_000);

  it('an article saved with its photo on A is read whole on B', async () => {
    ({ id } = await saveArticle(a.db, article, { fetchImage: async (u) => fakeImage(u) }));
    expect(await a.sync()).toMatchObject({ ok: true, sent: 1 });
    expect(await b.sync()).toMatchObject({ ok: true, received: 1, quarantined: 0 });
    const onB = await getArticle(b.db, id);
    expect(onB?.title).toBe(article.title);
    expect(onB?.text).toBe(article.text);
    const photos = await getImages(b.db, id);
    expect([...photos.keys()]).toEqual([article.images[0]!.src]);
    expect(new Uint8Array(await photos.get(article.images[0]!.src)!.arrayBuffer())).toEqual(new Uint8Array(await fakeImage(article.images[0]!.src).arrayBuffer()));
  }, 30_000);

  it('offline edits on both devices end the same on both, whichever syncs first', async () => {
    for (const [first, second, round] of [[a, b, 1], [b, a, 2]] as const) {
      await setTags(a.db, id, [...(await getArticle(a.db, id))!.tags, `Dân vận ${round}`]);
      await setTags(b.db, id, [...(await getArticle(b.db, id))!.tags, `Ngân sách ${round}`]);
      await markRead(b.db, id, round === 1);
      for (const device of [first, second, first]) expect(await device.sync()).toMatchObject({ ok: true });
      for (const device of [a, b]) {
        const stored = (await getArticle(device.db, id))!;
        expect([...stored.tags].sort()).toEqual(expect.arrayContaining([`Dân vận ${round}`, `Ngân sách ${round}`]));
        expect(stored.readAt !== null).toBe(round === 1);
      }
      expect([...(await getArticle(a.db, id))!.tags].sort()).toEqual([...(await getArticle(b.db, id))!.tags].sort());
    }
  }, 60_000);

  it('a deletion on A against a later edit on B: the later edit wins, and A gets the article back', async () => {
    const t0 = Date.now();
    await removeArticle(a.db, id, { now: () => new Date(t0) });
    await setTags(b.db, id, ['Sau khi xoá'], { now: () => new Date(t0 + 5000) });
    expect(await a.sync()).toMatchObject({ ok: true });
    expect(await b.sync()).toMatchObject({ ok: true, deleted: 0 });
    expect(await a.sync()).toMatchObject({ ok: true, received: 1 });
    expect((await getArticle(a.db, id))?.tags).toEqual(['Sau khi xoá']);
    expect((await getArticle(b.db, id))?.tags).toEqual(['Sau khi xoá']);
  }, 30_000);

  it('a deletion newer than every edit removes the article on both, into the trash', async () => {
    await removeArticle(b.db, id);
    expect(await b.sync()).toMatchObject({ ok: true });
    expect(await a.sync()).toMatchObject({ ok: true, deleted: 1 });
    expect(await getArticle(a.db, id)).toBeUndefined();
    expect((await listTrash(a.db)).map((t) => t.id)).toContain(id);
    expect(await b.sync()).toMatchObject({ ok: true, deleted: 0 });
    expect(await getArticle(b.db, id)).toBeUndefined();
  }, 30_000);

  it('a hostile article from another device goes to the quarantine once, not again at every run', async () => {
    // A third device with the library's key (a stolen key, or a buggy client) offers an article with a script.
    const dav = new WebDavClient({ folder: server.folder, username: server.username, password: server.password });
    const keycheck = parseKeycheck(JSON.parse(new TextDecoder().decode((await dav.get('keycheck'))!.bytes)))!;
    const keys = await keysFromMaterial(a.config.keyMaterial, keycheck);
    const scratch = await freshLibrary();
    const { id: hostileId } = await saveArticle(scratch, makeArticle({ url: 'https://baothang.laocai.gov.vn/tin-tuc/bai-doc-hai-2.html' }));
    const hostile = { ...(await getArticle(scratch, hostileId))!, html: '<p>Tin</p><script>alert(1)</script>' };
    const { text, hash } = await articlePlainText(hostile);
    const logical = articleLogicalName(hostileId, hash);
    await dav.create(await opaqueName(keys, logical), await encryptFile(keys, logical, new TextEncoder().encode(text)));
    const device = 'd00000000000000ff';
    expect(await registerDevice(dav, keys, device, 0)).not.toBeNull();
    const at = { wall: Date.now(), count: 0, device };
    const stateFile = { version: 1, device, state: { articles: { [hostileId]: { tags: {} } }, follows: {} }, versions: { [hostileId]: { value: hash, at } } };
    const stateName = stateLogicalName(device);
    await dav.create(await opaqueName(keys, stateName), await encryptFile(keys, stateName, new TextEncoder().encode(JSON.stringify(stateFile))));

    expect(await b.sync()).toMatchObject({ ok: true, quarantined: 1 });
    expect(await getArticle(b.db, hostileId)).toBeUndefined();
    expect(await b.sync()).toMatchObject({ ok: true, quarantined: 0 });
    expect((await listQuarantine(b.db)).filter((q) => q.id === hostileId)).toHaveLength(1);
  }, 30_000);

  it('a page followed on A is followed on B; paused on B, paused on A; unfollowed on A, gone from B', async () => {
    const page = 'https://phongnien.baothang.laocai.gov.vn/tin-tuc-su-kien';
    const followed = (d: Device) => d.followState.pages.map((p) => ({ url: p.url, title: p.title, paused: p.paused }));
    a.editFollows({ op: 'follow', url: page, title: 'Tin tức - sự kiện xã Phong Niên', kind: 'list', known: [] });
    expect(await a.sync()).toMatchObject({ ok: true });
    expect(await b.sync()).toMatchObject({ ok: true });
    expect(followed(b)).toEqual([{ url: page, title: 'Tin tức - sự kiện xã Phong Niên', paused: false }]);
    b.editFollows({ op: 'pause', url: page, paused: true });
    expect(await b.sync()).toMatchObject({ ok: true });
    expect(await a.sync()).toMatchObject({ ok: true });
    expect(followed(a)).toEqual([{ url: page, title: 'Tin tức - sự kiện xã Phong Niên', paused: true }]);
    a.editFollows({ op: 'unfollow', url: page });
    expect(await a.sync()).toMatchObject({ ok: true });
    expect(await b.sync()).toMatchObject({ ok: true });
    expect(followed(b)).toEqual([]);
    // Nothing comes back on the next runs: the unfollow stands on both.
    expect(await a.sync()).toMatchObject({ ok: true });
    expect(followed(a)).toEqual([]);
  }, 60_000);

  it('a device whose stored key no longer opens the folder says so and changes nothing', async () => {
    const before = await snapshot(a.db);
    const memory = a.memory;
    const wrongKey = { ...a.config, keyMaterial: Buffer.alloc(64, 7).toString('base64') };
    const result = await runSync({ db: a.db, config: wrongKey, memory, saveMemory: async () => expect.unreachable('nothing may be saved') });
    expect(result).toMatchObject({ ok: false, error: 'syncErrPassphrase' });
    expect(await snapshot(a.db)).toEqual(before);
  });

  it('leaves nothing readable on the server', () => {
    const needles = [article.title, article.text.slice(0, 40), article.url, 'phongnien', 'Phong Niên', 'Dân vận', 'Ngân sách', 'Sau khi xoá', ' image bytes for '].map((s) => Buffer.from(s));
    const files = readdirSync(server.filesDir);
    expect(files.length).toBeGreaterThan(4);
    for (const f of files) {
      expect(f === 'keycheck' || /^[0-9a-f]{64}$/.test(f), f).toBe(true);
      const bytes = readFileSync(join(server.filesDir, f));
      for (const needle of needles) expect(bytes.includes(needle), `${f} contains “${needle}”`).toBe(false);
    }
  });
});
