// The browser side of the library's "Tin mới" and followed pages (components/library/FollowSection.tsx): the
// state is read from extension storage and followed as it changes; every change goes to the background, its one
// writer. New articles' summaries are read here, like a digest's, and cached per address.
import { browser } from '#imports';
import type { LibraryFollowDeps } from '../../components/library/follow-types';
import { FOLLOW_STATE_KEY, readFollowState } from '../../utils/follow/followed-page';
import { send } from '../../utils/messaging/messenger';
import { toExtension } from '../../utils/extension/transports';
import { lazyTeaserReader } from '../../utils/extension/teaser-reader';
import { siteOrigins } from '../../utils/sites/site-origins';
import { followsInBackup, withFollows } from '../../utils/follow/backup-follows';

export function libraryFollowDeps(lang: 'vi' | 'en'): LibraryFollowDeps {
  const teaserReader = lazyTeaserReader(lang);
  return {
    watch(onState) {
      const read = () =>
        void browser.storage.local.get(FOLLOW_STATE_KEY).then(
          (got) => onState(readFollowState(got[FOLLOW_STATE_KEY])),
          () => onState(readFollowState(undefined)),
        );
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && FOLLOW_STATE_KEY in changes) read();
      };
      browser.storage.onChanged.addListener(onChanged);
      read();
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    async checkNow() {
      const reply = await send(toExtension, { type: 'tinsach/follow-check' }).catch(() => undefined);
      return reply?.ok ? { checked: reply.checked, fresh: reply.fresh } : null;
    },
    async edit(edit) {
      const reply = await send(toExtension, { type: 'tinsach/follow-edit', edit }).catch(() => undefined);
      return reply?.ok === true;
    },
    summaries(items, onItem) {
      const controller = new AbortController();
      // One run per followed page: the reader fetches only pages of the site that listed them.
      const byPage = new Map<string, string[]>();
      for (const item of items) byPage.set(item.pageUrl, [...(byPage.get(item.pageUrl) ?? []), item.url]);
      void teaserReader().then((r) => Promise.all([...byPage].map(([pageUrl, urls]) => r.run(urls, pageUrl, onItem, controller.signal))));
      return () => controller.abort();
    },
    open(url) {
      void browser.tabs.create({ url });
    },
    allow: (pageUrl) => browser.permissions.request({ origins: siteOrigins(pageUrl) }).catch(() => false),
  };
}

/** The backup's JSON with the followed pages added (utils/follow/backup-follows.ts). */
export async function backupWithFollows(json: string): Promise<string> {
  const got = await browser.storage.local.get(FOLLOW_STATE_KEY).catch(() => ({}) as Record<string, unknown>);
  return withFollows(json, readFollowState(got[FOLLOW_STATE_KEY]));
}

/** Follows the pages a restored backup carries (those not followed yet); the articles are imported apart. */
export async function importFollowsFrom(text: string): Promise<void> {
  const pages = followsInBackup(text);
  if (pages.length > 0) await send(toExtension, { type: 'tinsach/follow-edit', edit: { op: 'import', pages } }).catch(() => undefined);
}
