// The browser side of the digest's "Theo dõi trang này" (components/digest/FollowButton.tsx): the follow state is
// read from extension storage and changed only by the background (utils/extension/follow-service.ts), which
// checks the page on a schedule. The page's name in the library is the tab's own title.
import { browser } from '#imports';
import type { FollowDeps, FollowResult } from '../../components/digest/FollowButton';
import { FOLLOW_STATE_KEY, MAX_FOLLOWS, readFollowState } from '../../utils/follow/followed-page';
import { send } from '../../utils/messaging/messenger';
import { toExtension } from '../../utils/extension/transports';
import type { TargetTab } from '../../utils/extension/popup-questions';
import { siteOrigins } from '../../utils/sites/site-origins';

export function followDeps(tabPromise: Promise<TargetTab>): FollowDeps {
  const tabTitle = async (): Promise<string> => {
    const tab = await tabPromise;
    return (await browser.tabs.get(tab.id).catch(() => undefined))?.title ?? '';
  };
  return {
    maxFollows: MAX_FOLLOWS,
    async isFollowed(pageUrl) {
      const got = await browser.storage.local.get(FOLLOW_STATE_KEY);
      return readFollowState(got[FOLLOW_STATE_KEY]).pages.some((p) => p.url === pageUrl);
    },
    async follow(digest, askAccess): Promise<FollowResult> {
      // Before any await: browsers grant an optional permission only within the click.
      const asked = askAccess ? browser.permissions.request({ origins: siteOrigins(digest.pageUrl) }).catch(() => false) : null;
      if (asked && !(await asked)) return 'denied';
      const title = (await tabTitle()) || new URL(digest.pageUrl).hostname;
      const reply = await send(toExtension, {
        type: 'tinsach/follow-edit',
        edit: { op: 'follow', url: digest.pageUrl, title, kind: digest.kind, known: digest.teasers.map((x) => x.url) },
      }).catch(() => undefined);
      if (reply?.ok) return 'ok';
      return reply && !reply.ok && reply.reason === 'too-many' ? 'too-many' : 'failed';
    },
    async unfollow(pageUrl) {
      const reply = await send(toExtension, { type: 'tinsach/follow-edit', edit: { op: 'unfollow', url: pageUrl } }).catch(() => undefined);
      return reply?.ok === true;
    },
  };
}
