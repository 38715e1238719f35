// The browser side of the popup's digest (components/digest/DigestView.tsx). The teasers' articles are fetched
// and read HERE, in the popup, while it is open: the popup is an extension page with DOMParser and the host
// access of the extension, so a fetched page is parsed inert (no script runs, no image loads) by the same
// extractor and analyser as an open tab, without a page of our own in the background (Chrome's service worker
// has no DOMParser; an offscreen document would be one more page to keep alive for work that only matters while
// the reader looks at the list). What was read is cached per URL in extension storage, so reopening is instant.
// The reading code is loaded only when a digest is shown: an article's popup does not pay for it.
import { browser } from '#imports';
import type { DigestDeps } from '../../components/digest/DigestView';
import type { IsSavedReply, Message, SaveReply } from '../../utils/messaging/protocol';
import { siteOrigins } from '../../utils/sites/site-origins';
import { lazyTeaserReader } from '../../utils/extension/teaser-reader';

export function digestDeps(lang: 'vi' | 'en', openTab: (url: string) => void): DigestDeps {
  const teaserReader = lazyTeaserReader(lang);

  return {
    async hasAccess(pageUrl) {
      return browser.permissions.contains({ origins: [`${new URL(pageUrl).origin}/*`] });
    },
    requestAccess: (pageUrl) => browser.permissions.request({ origins: siteOrigins(pageUrl) }),
    read(digest, onItem) {
      const controller = new AbortController();
      void teaserReader().then((r) => r.run(digest.teasers.map((x) => x.url), digest.pageUrl, onItem, controller.signal));
      return () => controller.abort();
    },
    async savedUrls(urls) {
      const saved = new Set<string>();
      await Promise.all(
        urls.map(async (url) => {
          const message: Message = { type: 'tinsach/is-saved', url };
          const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as IsSavedReply | undefined;
          if (reply?.saved) saved.add(url);
        }),
      );
      return saved;
    },
    async save(url, pageUrl) {
      const read = await (await teaserReader()).article(url, pageUrl);
      if (!read.ok) return { ok: false, message: read.reason };
      const message: Message = { type: 'tinsach/save-article', article: read.article };
      const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as SaveReply | undefined;
      return reply?.ok ? { ok: true } : { ok: false, message: reply?.message ?? '' };
    },
    open: openTab,
  };
}
