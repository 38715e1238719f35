// The background's side of following pages: the one writer of the follow state (storage key "follows"), the
// alarm that checks followed pages on a schedule, "Kiểm tra ngay", the toolbar badge counting new articles, and
// the optional auto-save of new articles. Checks run one at a time; edits (follow, pause, dismiss…) are applied
// one after another on the state as stored, so a check finishing never undoes what the reader did meanwhile.
import { browser } from '#imports';
import { createPageFetcher } from '../digest/page-fetcher';
import { checkPages } from '../follow/check-pages';
import { applyEdit, applyOutcomes, type FollowEdit } from '../follow/follow-edits';
import { FOLLOW_STATE_KEY, readFollowState, type FollowState, type NewItem } from '../follow/followed-page';
import { badgeText, pagesDue } from '../follow/schedule';
import type { FollowCheckReply, FollowEditReply } from '../messaging/protocol';
import { releasePageReader, teaserBlocksOf } from './page-reader';

export const FOLLOW_ALARM = 'tinsach-follow-check';
/** Auto-save takes at most this many new articles per check (a portal is not asked for its whole archive). */
const MAX_AUTO_SAVES_PER_CHECK = 10;

// Chrome MV3 has `action`; Firefox MV2 has the same API as `browserAction`.
const toolbar = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

let queue: Promise<unknown> = Promise.resolve();
/** Runs `work` after every earlier state change has finished. */
function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

async function readState(): Promise<FollowState> {
  const got = await browser.storage.local.get(FOLLOW_STATE_KEY);
  return readFollowState(got[FOLLOW_STATE_KEY]);
}

async function showBadge(state: FollowState): Promise<void> {
  await toolbar().setBadgeBackgroundColor({ color: '#0b5cad' });
  await toolbar().setBadgeText({ text: badgeText(state.news.length) });
}

async function writeState(state: FollowState): Promise<void> {
  await browser.storage.local.set({ [FOLLOW_STATE_KEY]: state });
  await showBadge(state).catch(() => undefined);
}

/** The alarm every interval (created again when the interval changes; none while nothing is followed). */
async function schedule(state: FollowState): Promise<void> {
  const active = state.pages.some((p) => !p.paused);
  const existing = await browser.alarms.get(FOLLOW_ALARM);
  if (!active) {
    if (existing) await browser.alarms.clear(FOLLOW_ALARM);
    return;
  }
  if (existing?.periodInMinutes === state.settings.intervalMinutes) return;
  await browser.alarms.create(FOLLOW_ALARM, { periodInMinutes: state.settings.intervalMinutes, delayInMinutes: state.settings.intervalMinutes });
}

async function hasAccess(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
}

/** New articles saved for offline reading while the library stays under the reader's cap (loaded only then). */
async function autoSave(items: NewItem[], state: FollowState, fetcher: ReturnType<typeof createPageFetcher>): Promise<void> {
  const { autoSaveNew } = await import('./follow-auto-save');
  await autoSaveNew(items.slice(0, MAX_AUTO_SAVES_PER_CHECK), state.settings.autoSaveMaxMb * 1024 * 1024, fetcher);
}

async function runCheck(force: boolean): Promise<FollowCheckReply> {
  const state = await readState();
  const due = pagesDue(state.pages, Date.now(), state.settings.intervalMinutes, force);
  if (due.length === 0) return { ok: true, checked: 0, fresh: 0 };
  const fetcher = createPageFetcher((input, init) => fetch(input, init));
  const outcomes = await checkPages(due, { fetcher, blocks: teaserBlocksOf, hasAccess, now: () => Date.now() });
  const after = await serial(async () => {
    const before = await readState();
    const next = applyOutcomes(before, outcomes);
    await writeState(next);
    return { before, next };
  });
  const added = after.next.news.filter((n) => !after.before.news.some((b) => b.url === n.url));
  if (after.next.settings.autoSave && added.length > 0) await autoSave(added, after.next, fetcher).catch(() => undefined);
  return { ok: true, checked: due.length, fresh: added.length };
}

let checking: Promise<FollowCheckReply> = Promise.resolve({ ok: true, checked: 0, fresh: 0 });
/** Checks the pages that are due (`force`: every page not paused). One check at a time. */
export function checkFollowed(force: boolean): Promise<FollowCheckReply> {
  const once = () => runCheck(force).finally(() => releasePageReader().catch(() => undefined));
  const run = checking.then(once, once);
  checking = run.catch((): FollowCheckReply => ({ ok: false }));
  return run.catch((): FollowCheckReply => ({ ok: false }));
}

/** Applies one of the reader's changes; a page just followed (or restored from a backup) is read at once, so
 *  what it lists now is known before anything is called new. */
export function editFollows(edit: FollowEdit): Promise<FollowEditReply> {
  return serial(async (): Promise<FollowEditReply> => {
    const result = applyEdit(await readState(), edit, Date.now());
    if (!result.ok) return result;
    await writeState(result.state);
    await schedule(result.state).catch(() => undefined);
    if (edit.op === 'follow' || edit.op === 'import' || (edit.op === 'pause' && !edit.paused)) void checkFollowed(false);
    return { ok: true };
  });
}

/** Wires the alarm and restores the badge and the schedule (the background starts again after being idle). */
export function startFollowService(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_ALARM) void checkFollowed(false);
  });
  void readState()
    .then(async (state) => {
      await showBadge(state);
      await schedule(state);
    })
    .catch(() => undefined);
}
