// The follow list as sync sees it: read from extension storage, and changed only through the follow service's
// own edits (one writer, applied in turn), so a sync never overwrites a follow made while it ran.
import { browser } from '#imports';
import { FOLLOW_STATE_KEY, readFollowState } from '../follow/followed-page';
import type { LocalFollows } from '../sync/follows';
import { editFollows } from './follow-service';

export const followsForSync: LocalFollows = {
  async read() {
    const state = readFollowState((await browser.storage.local.get(FOLLOW_STATE_KEY))[FOLLOW_STATE_KEY]);
    return state.pages.map((p) => ({ url: p.url, title: p.title, kind: p.kind, paused: p.paused, followedAt: p.followedAt }));
  },
  async apply(changes) {
    // Pages followed on another device are added as a backup's are: read once at once, nothing called new yet.
    if (changes.follow.length > 0) await editFollows({ op: 'import', pages: changes.follow });
    for (const url of changes.unfollow) await editFollows({ op: 'unfollow', url });
    for (const { url, paused } of changes.pause) await editFollows({ op: 'pause', url, paused });
  },
};
