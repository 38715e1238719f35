// Message safety. A hostile page runs beside our content script and can make it (or a compromised frame)
// send anything: the background must only save or read the library for our own extension pages, and every
// receiver's parseMessage must drop what is not exactly a protocol message. The real background entrypoint
// is run on WXT's fake browser with the save path replaced by a spy, so "not acted on" is observed directly.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isExtensionPage, isOwnSender, parseMessage, type SenderLike } from '../../utils/messaging/protocol';
import { createExtractService } from '../../utils/messaging/extract-service';
import { saveTab, library, refetchImages } from '../../utils/extension/save-tab';
import { freshLibrary } from '../library/helpers';
import background from '../../entrypoints/background';
import { parseHtml } from '../../utils/html/parse-html';
import { failure } from '../../utils/model/article';

vi.mock('../../utils/extension/save-tab', () => ({
  saveTab: vi.fn(async () => ({ ok: true, id: 'a00000000001' })),
  refetchImages: vi.fn(async () => ({ ok: true, id: 'a00000000001', images: { saved: 1, total: 1 } })),
  library: vi.fn(async () => {
    throw new Error('the library was opened');
  }),
}));

const OWN_ID = fakeBrowser.runtime.id;
const OWN_ORIGIN = fakeBrowser.runtime.getURL('/');
const PAGE = 'https://thu-nghiem.laocai.gov.vn/hostile/chuyen-doi-so.html';

/** Senders that are NOT our extension pages: our content script in a hostile page (and its frames), others. */
const FOREIGN_SENDERS: [string, SenderLike][] = [
  ['our content script in a web page', { id: OWN_ID, url: PAGE, tab: { id: 7 } }],
  ['our content script in an about:blank frame of the page', { id: OWN_ID, url: 'about:blank', tab: { id: 7 } }],
  ['our content script in a data: frame', { id: OWN_ID, url: 'data:text/html,<script>x</script>', tab: { id: 7 } }],
  ['a page URL that mentions our origin', { id: OWN_ID, url: `${PAGE}?next=${OWN_ORIGIN}popup.html`, tab: { id: 7 } }],
  ['a look-alike origin', { id: OWN_ID, url: `${OWN_ORIGIN.replace(/\/$/, '')}.evil.example/popup.html`, tab: { id: 7 } }],
  ['our content script without a URL', { id: OWN_ID, tab: { id: 7 } }],
  ['another extension\'s page', { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/popup.html' }],
  ['another extension claiming our page URL', { id: 'some-other-extension', url: `${OWN_ORIGIN}popup.html` }],
  ['no sender id at all', { url: `${OWN_ORIGIN}popup.html` }],
];

// The fake browser does not implement every API the background registers on start-up.
function stubUnimplemented(): void {
  const noopEvent = { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false };
  for (const api of ['commands', 'contextMenus'] as const) {
    const target = fakeBrowser[api] as unknown as Record<string, unknown>;
    for (const event of ['onCommand', 'onClicked']) {
      try {
        (target[event] as { addListener(f: unknown): void } | undefined)?.addListener(() => undefined);
      } catch {
        Object.defineProperty(target, event, { value: noopEvent, configurable: true });
      }
    }
  }
}

/** Sends a message to the background's onMessage listener as `sender`; returns the listener's answers. */
async function send(message: unknown, sender: SenderLike): Promise<unknown[]> {
  // SenderLike is the part of runtime.MessageSender the background reads.
  return fakeBrowser.runtime.onMessage.trigger(message, sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1]);
}

beforeAll(() => {
  // The background logs every message it drops (console.debug); keep the run quiet but observable.
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  fakeBrowser.reset();
  stubUnimplemented();
  background.main();
});
afterEach(() => {
  vi.mocked(saveTab).mockClear();
  vi.mocked(library).mockClear();
});

describe('the background listener', () => {
  it.each(FOREIGN_SENDERS)('does not save for %s', async (_label, sender) => {
    vi.mocked(console.debug).mockClear();
    const answers = await send({ type: 'tinsach/save', tabId: 7 }, sender);
    expect(answers.every((a) => a === undefined)).toBe(true);
    expect(saveTab).not.toHaveBeenCalled();
    // A message from anything but this extension is dropped with a debug log.
    if (sender.id !== OWN_ID) expect(console.debug).toHaveBeenCalledWith('[tin-sach] dropped message', { type: 'tinsach/save', tabId: 7 });
  });

  it.each(FOREIGN_SENDERS)('does not fetch photos into the library for %s', async (_label, sender) => {
    const answers = await send({ type: 'tinsach/refetch-images', id: 'a00000000001' }, sender);
    expect(answers.every((a) => a === undefined)).toBe(true);
    expect(refetchImages).not.toHaveBeenCalled();
  });

  it('fetches photos again for our own library page', async () => {
    const page = { id: OWN_ID, url: `${OWN_ORIGIN}library.html` };
    expect(await send({ type: 'tinsach/refetch-images', id: 'a00000000001' }, page)).toEqual([
      { ok: true, id: 'a00000000001', images: { saved: 1, total: 1 } },
    ]);
    expect(refetchImages).toHaveBeenCalledExactlyOnceWith('a00000000001');
    vi.mocked(refetchImages).mockClear();
  });

  it.each(FOREIGN_SENDERS)('does not read the library for %s', async (_label, sender) => {
    const answers = await send({ type: 'tinsach/is-saved', url: PAGE }, sender);
    expect(answers.every((a) => a === undefined)).toBe(true);
    expect(library).not.toHaveBeenCalled();
  });

  it('saves and reads for our own popup (the control: the same messages from the right sender are acted on)', async () => {
    const popup = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html?tabId=7` };
    await send({ type: 'tinsach/save', tabId: 7 }, popup);
    expect(saveTab).toHaveBeenCalledExactlyOnceWith(7, { replace: undefined });
    // An empty library (a real one, in fake-indexeddb: the answer also looks for a to-read link of this page).
    const empty = await freshLibrary();
    vi.mocked(library).mockImplementationOnce(async () => empty);
    expect(await send({ type: 'tinsach/is-saved', url: PAGE }, popup)).toEqual([{ saved: false, id: null }]);
    expect(library).toHaveBeenCalledOnce();
  });

  it('drops a malformed save even from our own popup', async () => {
    for (const bad of [{ type: 'tinsach/save', tabId: '7' }, { type: 'tinsach/save' }, { type: 'tinsach/delete', id: 'a00000000001' }]) {
      expect((await send(bad, { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` })).every((a) => a === undefined)).toBe(true);
    }
    expect(saveTab).not.toHaveBeenCalled();
  });
});

describe('sender checks', () => {
  it.each(FOREIGN_SENDERS)('%s is not an extension page', (_label, sender) => {
    expect(isExtensionPage(sender, OWN_ID, OWN_ORIGIN)).toBe(false);
  });

  it('our popup, library and reader are', () => {
    for (const page of ['popup.html', 'library.html', 'reader.html?id=a00000000001']) {
      expect(isExtensionPage({ id: OWN_ID, url: OWN_ORIGIN + page }, OWN_ID, OWN_ORIGIN)).toBe(true);
    }
    expect(isOwnSender({ id: OWN_ID, url: PAGE, tab: { id: 7 } }, OWN_ID)).toBe(true);
  });
});

describe('the content script side', () => {
  it('answers only ping, extract and fetch-image: a save, delete or library read sent to it is ignored', async () => {
    const extract = vi.fn(() => failure('not-article'));
    const service = createExtractService(parseHtml('<p>x</p>', PAGE), extract);
    for (const raw of [
      { type: 'tinsach/save', tabId: 7 },
      { type: 'tinsach/is-saved', url: PAGE },
      { type: 'tinsach/delete', id: 'a00000000001' },
      { type: 'tinsach/export' },
      { type: 'tinsach/readerable', readerable: true },
    ]) {
      expect(service.handle(raw), JSON.stringify(raw)).toBeUndefined();
    }
    expect(extract).not.toHaveBeenCalled();
  });
});

describe('parseMessage', () => {
  const huge = 'x'.repeat(2_000_000);
  const HOSTILE: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a bare type string', 'tinsach/save'],
    ['a number', 42],
    ['a function', () => ({ type: 'tinsach/save', tabId: 1 })],
    ['an array', [{ type: 'tinsach/save', tabId: 1 }]],
    ['an empty object', {}],
    ['a numeric type', { type: 7 }],
    ['an upper-case type', { type: 'TINSACH/SAVE', tabId: 1 }],
    ['a type with a trailing space', { type: 'tinsach/save ', tabId: 1 }],
    ['a type that is a huge string', { type: `tinsach/save${huge}`, tabId: 1 }],
    ['a delete (not in the protocol)', { type: 'tinsach/delete', id: 'a00000000001' }],
    ['an export (not in the protocol)', { type: 'tinsach/export' }],
    ['type "__proto__"', { type: '__proto__' }],
    ['type "constructor"', { type: 'constructor' }],
    ['type "toString"', { type: 'toString' }],
    ['save: tabId as a string', { type: 'tinsach/save', tabId: '1' }],
    ['save: negative tabId', { type: 'tinsach/save', tabId: -1 }],
    ['save: fractional tabId', { type: 'tinsach/save', tabId: 1.5 }],
    ['save: NaN tabId', { type: 'tinsach/save', tabId: Number.NaN }],
    ['save: Infinity tabId', { type: 'tinsach/save', tabId: Number.POSITIVE_INFINITY }],
    ['save: BigInt tabId', { type: 'tinsach/save', tabId: 1n }],
    ['save: object tabId with valueOf', { type: 'tinsach/save', tabId: { valueOf: () => 1 } }],
    ['save: missing tabId', { type: 'tinsach/save' }],
    ['readerable: string', { type: 'tinsach/readerable', readerable: 'true' }],
    ['readerable: number', { type: 'tinsach/readerable', readerable: 1 }],
    ['is-saved: javascript: URL', { type: 'tinsach/is-saved', url: 'javascript:alert(1)' }],
    ['is-saved: URL with a leading tab', { type: 'tinsach/is-saved', url: '\thttps://laocai.gov.vn/' }],
    ['is-saved: URL in an array', { type: 'tinsach/is-saved', url: [PAGE] }],
    ['is-saved: huge URL', { type: 'tinsach/is-saved', url: `${PAGE}?q=${huge}` }],
    ['fetch-image: file: URL', { type: 'tinsach/fetch-image', url: 'file:///etc/passwd' }],
    ['fetch-image: extension URL', { type: 'tinsach/fetch-image', url: `${OWN_ORIGIN}popup.html` }],
    ['fetch-image: data: URL', { type: 'tinsach/fetch-image', url: 'data:image/svg+xml,<svg onload=alert(1)>' }],
    ['own "__proto__" key from JSON', JSON.parse('{"__proto__":{"type":"tinsach/save","tabId":1}}')],
    ['"constructor.prototype" payload from JSON', JSON.parse('{"constructor":{"prototype":{"type":"tinsach/save","tabId":1}}}')],
  ];

  it(`drops each of ${HOSTILE.length} hostile payloads`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
    for (const [label, raw] of HOSTILE) expect(parseMessage(raw), label).toBeNull();
  });

  it('strips every extra field from a well-formed message, and pollutes nothing', () => {
    const withExtras = JSON.parse(
      `{"type":"tinsach/save","tabId":3,"id":"*","action":"delete","html":"<img src=x onerror=alert(1)>","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`,
    ) as unknown;
    expect(parseMessage(withExtras)).toEqual({ type: 'tinsach/save', tabId: 3 });
    expect(Object.keys(parseMessage(withExtras)!)).toEqual(['type', 'tabId']);
    expect(parseMessage({ type: 'tinsach/extract', url: 'javascript:alert(1)', tabId: 1 })).toEqual({ type: 'tinsach/extract' });
    expect(parseMessage({ type: 'tinsach/is-saved', url: PAGE, html: '<script>' })).toEqual({ type: 'tinsach/is-saved', url: PAGE });
    expect(parseMessage({ type: 'tinsach/readerable', readerable: false, tabId: 9 })).toEqual({ type: 'tinsach/readerable', readerable: false });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('type');
  });
});
