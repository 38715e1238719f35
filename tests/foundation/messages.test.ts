import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isExtensionPage, isOwnSender, parseMessage } from '../../utils/messaging/protocol';
import { listener, receiver, respond, send } from '../../utils/messaging/messenger';

describe('parseMessage', () => {
  it('accepts every well-formed protocol message and keeps only known fields', () => {
    expect(parseMessage({ type: 'tinsach/extract', extra: '<script>' })).toEqual({ type: 'tinsach/extract' });
    expect(parseMessage({ type: 'tinsach/ping' })).toEqual({ type: 'tinsach/ping' });
    expect(parseMessage({ type: 'tinsach/readerable', readerable: true })).toEqual({ type: 'tinsach/readerable', readerable: true });
    expect(parseMessage({ type: 'tinsach/save', tabId: 12 })).toEqual({ type: 'tinsach/save', tabId: 12 });
    expect(parseMessage({ type: 'tinsach/is-saved', url: 'https://baothang.laocai.gov.vn/a.html' })).toEqual({
      type: 'tinsach/is-saved',
      url: 'https://baothang.laocai.gov.vn/a.html',
    });
    expect(parseMessage({ type: 'tinsach/is-saved', url: 'https://baothang.laocai.gov.vn/a.html', title: 'Hội nghị', extra: 1 })).toEqual({
      type: 'tinsach/is-saved',
      url: 'https://baothang.laocai.gov.vn/a.html',
      title: 'Hội nghị',
    });
    expect(parseMessage({ type: 'tinsach/refetch-images', id: 'a00000000001', url: 'https://x.vn/' })).toEqual({
      type: 'tinsach/refetch-images',
      id: 'a00000000001',
    });
  });

  it('drops malformed and foreign messages', () => {
    for (const raw of [
      null,
      undefined,
      'tinsach/extract',
      42,
      {},
      { type: 'tinsach/delete', id: 'x' },
      { type: 'tinsach/save', tabId: '12' },
      { type: 'tinsach/save', tabId: -1 },
      { type: 'tinsach/save', tabId: 1.5 },
      { type: 'tinsach/readerable', readerable: 'yes' },
      { type: 'tinsach/is-saved', url: 'javascript:alert(1)' },
      { type: 'tinsach/is-saved', url: 'https://x.gov.vn/a', title: 42 },
      { type: 'tinsach/is-saved', url: 'https://x.gov.vn/a', title: 'x'.repeat(1001) },
      { type: 'tinsach/fetch-image', url: 'file:///etc/passwd' },
      { type: 'tinsach/fetch-image', url: 'https://x.vn/' + 'a'.repeat(5000) },
      { type: 'tinsach/refetch-images', id: '' },
      { type: 'tinsach/refetch-images', id: 42 },
      { type: 'tinsach/refetch-images', id: 'a'.repeat(65) },
      JSON.parse('{"__proto__":{"type":"tinsach/extract"}}'),
    ]) {
      expect(parseMessage(raw), JSON.stringify(raw)).toBeNull();
    }
  });
});

describe('sender checks', () => {
  it('accepts only this extension, and only its pages for page-level actions', () => {
    const origin = 'chrome-extension://abc/';
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
    expect(isExtensionPage({ id: 'abc', url: 'chrome-extension://abc/popup.html?tabId=3' }, 'abc', origin)).toBe(true);
    // A content script of ours runs inside a web page: its sender url is the page, not our origin.
    expect(isExtensionPage({ id: 'abc', url: 'https://evil.example/', tab: { id: 3 } }, 'abc', origin)).toBe(false);
    expect(isExtensionPage({ id: 'evil', url: 'chrome-extension://abc/popup.html' }, 'abc', origin)).toBe(false);
  });
});

describe('respond', () => {
  it('answers through sendResponse in Chrome and through the returned promise elsewhere', async () => {
    let answered: unknown;
    const viaCallback = respond(Promise.resolve('ok'), (v: unknown) => (answered = v));
    expect(viaCallback).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(answered).toBe('ok');

    fakeBrowser.reset();
    const listener = (raw: unknown, _sender: unknown, sendResponse: unknown) =>
      parseMessage(raw)?.type === 'tinsach/ping' ? respond(Promise.resolve({ ok: true, url: 'x' }), sendResponse) : undefined;
    fakeBrowser.runtime.onMessage.addListener(listener as unknown as Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]);
    await expect(fakeBrowser.runtime.sendMessage({ type: 'tinsach/ping' })).resolves.toEqual({ ok: true, url: 'x' });
  });
});

describe('parseMessage and inherited properties', () => {
  it('ignores a type that is not the message’s own property', () => {
    expect(parseMessage(Object.create({ type: 'tinsach/save', tabId: 3 }))).toBeNull();
    const withOwnType = Object.assign(Object.create({ tabId: 3 }), { type: 'tinsach/save' });
    expect(parseMessage(withOwnType)).toBeNull();
  });
});

describe('parseMessage: the digest messages', () => {
  it('asks for teasers only of the page kinds that list articles', () => {
    expect(parseMessage({ type: 'tinsach/teasers', kind: 'home', extra: 1 })).toEqual({ type: 'tinsach/teasers', kind: 'home' });
    for (const kind of ['stub', 'properties', 'article', '', null, ['list']]) expect(parseMessage({ type: 'tinsach/teasers', kind })).toBeNull();
  });

  it('saves a read article only when it is a plain object with an http(s) address (the receiver checks the rest)', () => {
    expect(parseMessage({ type: 'tinsach/save-article', article: { url: 'https://xa.laocai.gov.vn/tin/1' } })).toEqual({ type: 'tinsach/save-article', article: { url: 'https://xa.laocai.gov.vn/tin/1' } });
    for (const article of [null, 'x', { url: 'javascript:alert(1)' }, { url: 'data:text/html,x' }, Object.create({ url: 'https://x.vn/' })]) {
      expect(parseMessage({ type: 'tinsach/save-article', article })).toBeNull();
    }
  });
});

describe('send and receiver', () => {
  it('delivers a message to the handler for its type and returns that handler’s reply', async () => {
    fakeBrowser.reset();
    const seen: unknown[] = [];
    const answer = receiver({
      'tinsach/is-saved': (message) => {
        seen.push(message);
        return Promise.resolve({ saved: true, id: 'a1' });
      },
    });
    fakeBrowser.runtime.onMessage.addListener(listener(answer) as unknown as Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]);
    const toBackground = (m: unknown) => fakeBrowser.runtime.sendMessage(m);
    const reply = await send(toBackground, { type: 'tinsach/is-saved', url: 'https://ubnd.laocai.gov.vn/tin/a.html' });
    expect(reply).toEqual({ saved: true, id: 'a1' });
    expect(seen).toEqual([{ type: 'tinsach/is-saved', url: 'https://ubnd.laocai.gov.vn/tin/a.html' }]);
  });

  it('answers nothing for a type without a handler, a malformed payload, or a type inherited from a prototype', () => {
    const answer = receiver({ 'tinsach/ping': () => Promise.resolve({ ok: true as const, url: 'x', read: false }) });
    expect(answer({ type: 'tinsach/save', tabId: 1 }, {})).toBeUndefined();
    expect(answer({ type: 'tinsach/is-saved', url: 'javascript:alert(1)' }, {})).toBeUndefined();
    expect(answer(Object.create({ type: 'tinsach/ping' }), {})).toBeUndefined();
    expect(answer({ type: 'toString' }, {})).toBeUndefined();
    expect(answer({ type: 'tinsach/ping' }, {})).toBeInstanceOf(Promise);
  });
});
