// The typed message protocol between popup, content script, background and extension pages.
// Every message is one member of a discriminated union; every receiver validates the sender and the
// payload shape before acting (a page can post anything to a content script's runtime listener).

import type { ExtractResult } from '../model/article';
import { parsePageIdentity, type PageIdentity } from '../model/page-identity';
import type { AnalysedArticle } from '../model/analysed-article';
import { isDigestKind, type DigestPageKind, type Teaser } from '../digest/teasers';
import type { SyncResult } from '../sync/run';
import type { SetupResult } from '../sync/setup';
import { readFollowEdit, type FollowEdit } from '../follow/follow-edits';

/**
 * Every message: what it carries besides its `type`, and what its receiver answers. The one place a message is
 * defined, so a sender gets its reply's type from the request and a handler must return exactly that.
 */
export interface Protocol {
  /** popup/background → extractor in the page: extract the current document (cached per URL). `teasers`: a page
   *  refused as a list, home or search page answers with its teasers in the same reply (the popup's digest). */
  'tinsach/extract': { request: { teasers?: boolean }; reply: ExtractReply };
  /** tests and tools → extractor: is the script in this page, and on which address? */
  'tinsach/ping': { request: object; reply: PingReply };
  /** content script → background: a registered gov page is ready, with Readability's quick check's verdict (the
   *  background reads the page whatever it says: utils/extension/read-on-load.ts). No answer. */
  'tinsach/readerable': { request: { readerable: boolean }; reply: void };
  /** popup/library → background: save the article shown for this tab (the background outlives the popup).
   *  `expect`: the page as the popup showed it; a page that changed since is not saved (reply reason 'changed'). */
  'tinsach/save': { request: { tabId: number; replace?: boolean; expect?: PageIdentity }; reply: SaveReply };
  /** popup → background: is the article of this page (its URL and canonical URL) saved? */
  'tinsach/is-saved': { request: { url: string; canonicalUrl?: string; title?: string }; reply: IsSavedReply };
  /** background → extractor: fetch one of the page's images with the page's own origin (for saving). */
  'tinsach/fetch-image': { request: { url: string }; reply: FetchImageReply };
  /** library/popup → background: fetch again the photos a saved article is missing ("Tải lại ảnh"). */
  'tinsach/refetch-images': { request: { id: string }; reply: SaveReply };
  /** popup → extractor in the page: the teasers of this list, home or search page (utils/digest/teasers.ts). */
  'tinsach/teasers': { request: { kind: DigestPageKind }; reply: Teaser[] };
  /** popup → background: save an article the popup's digest read from a list page, with its photos. */
  'tinsach/save-article': { request: { article: AnalysedArticle }; reply: SaveReply };
  /** library → background: check the sync server, login and passphrase, and keep the settings (utils/sync/setup.ts). */
  'tinsach/sync-setup': { request: SyncSetupRequest; reply: SetupResult };
  /** library → background: "Đồng bộ ngay". */
  'tinsach/sync-now': { request: object; reply: SyncResult };
  /** library → background: sync on the alarm, or not. */
  'tinsach/sync-auto': { request: { auto: boolean }; reply: { ok: boolean } };
  /** library → background: stop syncing on this device (the library and the server's files stay). */
  'tinsach/sync-off': { request: object; reply: { ok: boolean } };
  /** popup/library → background: follow, unfollow, pause a page, clear "Tin mới", change the checks (utils/follow). */
  'tinsach/follow-edit': { request: { edit: FollowEdit }; reply: FollowEditReply };
  /** library → background: check every followed page now ("Kiểm tra ngay"). */
  'tinsach/follow-check': { request: object; reply: FollowCheckReply };
  /** background → its offscreen document (Chrome's service worker has no DOMParser): a fetched page's teasers. */
  'tinsach/teaser-blocks': { request: { html: string; url: string; kind: DigestPageKind }; reply: Teaser[][] };
  /** background → its offscreen document: a fetched article read (a followed page's new article, auto-saved). */
  'tinsach/read-page': { request: { html: string; url: string }; reply: AnalysedArticle | null };
  /** background → its offscreen document: an article's HTML that arrived by sync, through utils/html/sanitize.ts. */
  'tinsach/sanitize-html': { request: { html: string }; reply: string };
}

/** The passphrase travels only inside the extension, to the background, which keeps derived key material instead. */
export interface SyncSetupRequest {
  folder: string;
  username: string;
  password: string;
  passphrase: string;
  auto: boolean;
}

export type MessageType = keyof Protocol;
export type MessageOf<T extends MessageType> = { type: T } & Protocol[T]['request'];
export type ReplyTo<T extends MessageType> = Protocol[T]['reply'];
/** Every message is one member of this discriminated union. */
export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];

/** The extractor's answer; `teasers` only on a refused list, home or search page, and only when asked for. Comes from
 *  a script beside an untrusted page: the teasers are checked again by the receiver (utils/extension/tab-teasers.ts). */
export type ExtractReply = ExtractResult & { teasers?: Teaser[] };

export interface PingReply {
  ok: true;
  url: string;
  /** Whether the extractor has read this page yet (on load, or for an earlier question). */
  read: boolean;
}

/** `images`: how many of the article's photos are kept offline ("Đã lưu, 3/5 ảnh"). */
export type SaveReply =
  | { ok: true; id: string; images?: { saved: number; total: number } }
  | { ok: false; reason: string; message: string };
/** `pending`: the library holds this URL only as a link to read (a Pocket import): the popup saves it now. */
export type IsSavedReply = { saved: boolean; id: string | null; pending?: boolean };
export type FollowEditReply = { ok: true } | { ok: false; reason: 'too-many' | 'invalid' };
/** `fresh`: new articles this check found; `checked`: pages read. */
export type FollowCheckReply = { ok: true; checked: number; fresh: number } | { ok: false };
export type FetchImageReply = { ok: true; type: string; dataUrl: string } | { ok: false };

/** A plain object: messages arrive structured-cloned, so anything with another prototype is not one of ours. */
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const isHttpUrl = (v: unknown): v is string =>
  typeof v === 'string' && v.length < 4096 && /^https?:\/\//i.test(v);
const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Returns the message if `raw` is a well-formed protocol message, else null. */
export function parseMessage(input: unknown): Message | null {
  if (!isObject(input)) return null;
  // Own properties only: an inherited (or polluted) `type` must never turn into an action.
  const own = (key: string): unknown => (Object.hasOwn(input, key) ? input[key] : undefined);
  const raw = {
    type: own('type'),
    readerable: own('readerable'),
    tabId: own('tabId'),
    url: own('url'),
    replace: own('replace'),
    canonicalUrl: own('canonicalUrl'),
    id: own('id'),
    expect: own('expect'),
    kind: own('kind'),
    article: own('article'),
    title: own('title'),
    folder: own('folder'),
    username: own('username'),
    password: own('password'),
    passphrase: own('passphrase'),
    auto: own('auto'),
    edit: own('edit'),
    html: own('html'),
    teasers: own('teasers'),
  };
  if (typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'tinsach/extract':
      return raw.teasers === true ? { type: raw.type, teasers: true } : { type: raw.type };
    case 'tinsach/ping':
      return { type: raw.type };
    case 'tinsach/readerable':
      return typeof raw.readerable === 'boolean' ? { type: raw.type, readerable: raw.readerable } : null;
    case 'tinsach/save': {
      if (!isTabId(raw.tabId) || (raw.replace !== undefined && typeof raw.replace !== 'boolean')) return null;
      const expect = raw.expect === undefined ? undefined : parsePageIdentity(raw.expect);
      if (expect === null) return null;
      return { type: raw.type, tabId: raw.tabId, ...(raw.replace === true ? { replace: true } : {}), ...(expect ? { expect } : {}) };
    }
    case 'tinsach/is-saved':
      if (!isHttpUrl(raw.url) || (raw.canonicalUrl !== undefined && !isHttpUrl(raw.canonicalUrl))) return null;
      // The title finds a link to read whose page now has another address (pending-match.ts).
      if (raw.title !== undefined && (typeof raw.title !== 'string' || raw.title.length > 1000)) return null;
      return {
        type: raw.type,
        url: raw.url,
        ...(raw.canonicalUrl === undefined ? {} : { canonicalUrl: raw.canonicalUrl }),
        ...(raw.title === undefined ? {} : { title: raw.title }),
      };
    case 'tinsach/fetch-image':
      return isHttpUrl(raw.url) ? { type: raw.type, url: raw.url } : null;
    case 'tinsach/refetch-images':
      return typeof raw.id === 'string' && raw.id.length > 0 && raw.id.length <= 64 ? { type: raw.type, id: raw.id } : null;
    case 'tinsach/teasers':
      return isDigestKind(raw.kind) ? { type: raw.type, kind: raw.kind } : null;
    case 'tinsach/save-article':
      // The article's full shape is checked by the receiver (utils/extension/save-read-article.ts) before it is stored.
      return isObject(raw.article) && isHttpUrl(raw.article.url) ? { type: raw.type, article: raw.article as unknown as AnalysedArticle } : null;
    case 'tinsach/sync-setup': {
      const short = (v: unknown): v is string => typeof v === 'string' && v.length <= 1024;
      if (!isHttpUrl(raw.folder) || !short(raw.username) || !short(raw.password) || !short(raw.passphrase) || typeof raw.auto !== 'boolean') return null;
      return { type: raw.type, folder: raw.folder, username: raw.username, password: raw.password, passphrase: raw.passphrase, auto: raw.auto };
    }
    case 'tinsach/sync-now':
    case 'tinsach/sync-off':
      return { type: raw.type };
    case 'tinsach/sync-auto':
      return typeof raw.auto === 'boolean' ? { type: raw.type, auto: raw.auto } : null;
    case 'tinsach/follow-edit': {
      const edit = readFollowEdit(raw.edit);
      return edit ? { type: raw.type, edit } : null;
    }
    case 'tinsach/follow-check':
      return { type: raw.type };
    case 'tinsach/teaser-blocks':
      return typeof raw.html === 'string' && raw.html.length <= 8 * 1024 * 1024 && isHttpUrl(raw.url) && isDigestKind(raw.kind)
        ? { type: raw.type, html: raw.html, url: raw.url, kind: raw.kind }
        : null;
    case 'tinsach/read-page':
      return typeof raw.html === 'string' && raw.html.length <= 8 * 1024 * 1024 && isHttpUrl(raw.url) ? { type: raw.type, html: raw.html, url: raw.url } : null;
    case 'tinsach/sanitize-html':
      return typeof raw.html === 'string' && raw.html.length <= 8 * 1024 * 1024 ? { type: raw.type, html: raw.html } : null;
    default:
      return null;
  }
}

/** The parts of `runtime.MessageSender` we check. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * True when the message comes from this extension. Messages from web pages never reach
 * `runtime.onMessage` (only `onMessageExternal`), but a compromised or foreign extension frame could,
 * so the id is checked everywhere.
 */
export function isOwnSender(sender: SenderLike, ownId: string): boolean {
  return sender.id === ownId;
}

/** True when the sender is one of our extension pages (not a content script in some tab). */
export function isExtensionPage(sender: SenderLike, ownId: string, ownOrigin: string): boolean {
  return isOwnSender(sender, ownId) && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}
