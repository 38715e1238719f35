// When a followed page is checked. The browser's alarm wakes the background about every interval; an alarm may
// fire a little early or late, and a browser that was closed fires once when it opens again (no catching up on
// missed checks), so a page is due when its last check is almost one interval old. Paused pages never are.
import type { FollowedPage } from './followed-page';

/** An alarm firing this much early still counts as on time. */
const EARLY_SLACK_MS = 5 * 60_000;

/** The pages a scheduled check (or, with `force`, "Kiểm tra ngay") reads now, in the reader's order. */
export function pagesDue(pages: readonly FollowedPage[], now: number, intervalMinutes: number, force = false): FollowedPage[] {
  const interval = intervalMinutes * 60_000;
  return pages.filter((p) => !p.paused && (force || p.lastCheckedAt === null || now - p.lastCheckedAt >= interval - EARLY_SLACK_MS));
}

/** The badge's text: the number of new articles, "99+" beyond that, nothing at zero. */
export function badgeText(newCount: number): string {
  if (newCount <= 0) return '';
  return newCount > 99 ? '99+' : String(newCount);
}
