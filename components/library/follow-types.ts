// What the library's "Tin mới" and "Trang đang theo dõi" sections need from the extension
// (entrypoints/library/follow-deps.ts passes the real functions; the tests pass plain fakes).
import type { FollowState, NewItem } from '../../utils/follow/followed-page';
import type { FollowEdit } from '../../utils/follow/follow-edits';
import type { ItemState } from '../../utils/digest/read-teasers';

export interface LibraryFollowDeps {
  /** Calls `onState` with the follow state now and at every change; returns a function that stops. */
  watch(onState: (state: FollowState) => void): () => void;
  /** Checks every followed page now; null when the background did not answer. */
  checkNow(): Promise<{ checked: number; fresh: number } | null>;
  /** Applies one change through the background; false when it was refused or not answered. */
  edit(edit: FollowEdit): Promise<boolean>;
  /** Reads the new articles' quick summaries (cached per address), reporting each; returns a function that stops. */
  summaries(items: readonly NewItem[], onItem: (url: string, state: ItemState) => void): () => void;
  /** Opens an article or a followed page in a new tab. */
  open(url: string): void;
  /** Asks the reader for a followed site the extension may not read (within the click). */
  allow(pageUrl: string): Promise<boolean>;
}
