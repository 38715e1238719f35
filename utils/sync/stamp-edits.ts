// The reader's edits since the last run, found by comparing the library with what the run saw last time, and
// written into this device's state with a clock stamp from the time of the edit (the article's updatedAt, a
// trash entry's deletedAt). An edit made offline hours ago then sorts by when it was made, not by when the
// device next reached the server. Stamps are taken before any other device's state is read, so an edit never
// sorts after edits it had not seen.
import type { Stamp } from './clock';
import { isDeleted, visibleTags, type ArticleState } from './merge';
import type { SyncMemory } from './memory';
import type { LocalArticle } from './local-library';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t) => b.includes(t));

export function stampLocalEdits(
  memory: SyncMemory,
  local: ReadonlyMap<string, LocalArticle>,
  trash: ReadonlyMap<string, number>,
  stampAt: (ms: number) => Stamp,
  now: number,
): void {
  const articles = memory.state.articles;
  for (const article of local.values()) {
    const seen = memory.seen[article.id];
    const state: ArticleState = (articles[article.id] ??= { tags: {} });
    const editedAt = Date.parse(article.updatedAt) || now;
    // An article here that the merged state calls deleted (restored from the trash, or saved again) is new again.
    const revived = !seen && isDeleted(state);
    const before = seen ?? { read: state.read?.value ?? false, progress: state.position?.value ?? 0, tags: visibleTags(state) };
    if (article.read !== before.read || (revived && !state.read)) state.read = { value: article.read, at: stampAt(editedAt) };
    if (article.progress !== before.progress) state.position = { value: article.progress, at: stampAt(editedAt) };
    if (revived && isDeleted(state)) state.read = { value: article.read, at: stampAt(now) };
    if (!sameSet(article.tags, before.tags)) {
      for (const tag of article.tags) {
        if (!before.tags.includes(tag)) state.tags[tag] = { added: stampAt(editedAt), removedUpTo: null };
      }
      for (const tag of before.tags) {
        const entry = state.tags[tag];
        // A remove covers the adds this device had seen: a concurrent add elsewhere still wins.
        if (!article.tags.includes(tag) && entry) entry.removedUpTo = entry.added;
      }
    }
  }
  for (const id of Object.keys(memory.seen)) {
    if (local.has(id)) continue;
    const state = (articles[id] ??= { tags: {} });
    if (!isDeleted(state)) state.deleted = stampAt(trash.get(id) ?? now);
  }
}
