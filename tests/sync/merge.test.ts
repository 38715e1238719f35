import { describe, expect, it } from 'vitest';
import type { Stamp } from '../../utils/sync/clock';
import {
  DELETION_KEPT_MS,
  emptyState,
  isDeleted,
  mergeStates,
  parseState,
  pruneDeletions,
  visibleTags,
  type LibraryState,
} from '../../utils/sync/merge';

const ID = 'a0000000000a';
const T0 = 1_764_900_000_000;
const at = (ms: number, device = 'phone', count = 0): Stamp => ({ wall: T0 + ms, count, device });

function withArticle(id: string, article: LibraryState['articles'][string]): LibraryState {
  return { ...emptyState(), articles: { [id]: article } };
}

describe('mergeStates', () => {
  it('keeps the later edit of each field, so edits to different fields on two devices both survive', () => {
    const phone = withArticle(ID, { read: { value: true, at: at(10, 'phone') }, position: { value: 0.2, at: at(5, 'phone') }, tags: {} });
    const laptop = withArticle(ID, { read: { value: false, at: at(1, 'laptop') }, position: { value: 0.8, at: at(20, 'laptop') }, tags: {} });
    for (const merged of [mergeStates(phone, laptop), mergeStates(laptop, phone)]) {
      expect(merged.articles[ID]?.read?.value).toBe(true);
      expect(merged.articles[ID]?.position?.value).toBe(0.8);
    }
  });

  it('lets a concurrent add of a tag win over its removal, in either order', () => {
    const added = at(0, 'phone');
    // The laptop removes "Đất đai" having seen the first add; the phone, not knowing, adds it again.
    const laptop = withArticle(ID, { tags: { 'Đất đai': { added, removedUpTo: added } } });
    const phone = withArticle(ID, { tags: { 'Đất đai': { added: at(30, 'phone'), removedUpTo: null }, 'Ngân sách': { added: at(31, 'phone'), removedUpTo: null } } });
    expect(visibleTags(mergeStates(laptop, phone).articles[ID]!)).toEqual(['Ngân sách', 'Đất đai']);
    expect(visibleTags(mergeStates(phone, laptop).articles[ID]!)).toEqual(['Ngân sách', 'Đất đai']);
  });

  it('removes a tag when the removal saw every add', () => {
    const added = at(0, 'phone');
    const phone = withArticle(ID, { tags: { 'Giáo dục': { added, removedUpTo: null } } });
    const laptop = withArticle(ID, { tags: { 'Giáo dục': { added, removedUpTo: added } } });
    expect(visibleTags(mergeStates(phone, laptop).articles[ID]!)).toEqual([]);
    expect(visibleTags(mergeStates(laptop, phone).articles[ID]!)).toEqual([]);
  });

  it('deletes an article edited before the deletion, and keeps one edited after it', () => {
    const deletedOnLaptop = withArticle(ID, { tags: {}, deleted: at(50, 'laptop') });
    const readEarlier = withArticle(ID, { read: { value: true, at: at(40, 'phone') }, tags: {} });
    const readLater = withArticle(ID, { read: { value: true, at: at(60, 'phone') }, tags: {} });
    expect(isDeleted(mergeStates(deletedOnLaptop, readEarlier).articles[ID]!)).toBe(true);
    expect(isDeleted(mergeStates(readEarlier, deletedOnLaptop).articles[ID]!)).toBe(true);
    expect(isDeleted(mergeStates(deletedOnLaptop, readLater).articles[ID]!)).toBe(false);
    expect(isDeleted(mergeStates(readLater, deletedOnLaptop).articles[ID]!)).toBe(false);
  });

  it('is idempotent and does not share objects with its inputs', () => {
    const a = withArticle(ID, { read: { value: true, at: at(1) }, tags: { X: { added: at(2), removedUpTo: null } } });
    const merged = mergeStates(a, a);
    expect(merged).toEqual(a);
    merged.articles[ID]!.tags.X!.added.wall = 0;
    expect(a.articles[ID]!.tags.X!.added.wall).toBe(T0 + 2);
  });
});

describe('pruneDeletions', () => {
  it('forgets a deletion marker after the 30 days the trash keeps an article, not before', () => {
    const state = withArticle(ID, { tags: {}, deleted: at(0, 'laptop') });
    expect(Object.keys(pruneDeletions(state, T0 + DELETION_KEPT_MS - 1).articles)).toEqual([ID]);
    expect(Object.keys(pruneDeletions(state, T0 + DELETION_KEPT_MS + 1).articles)).toEqual([]);
  });
});

describe('parseState (a state file from another device is untrusted)', () => {
  it('keeps the valid entries and drops malformed, hostile or out-of-range ones', () => {
    const raw = JSON.parse(`{
      "articles": {
        "a0000000000a": { "read": { "value": true, "at": { "wall": ${T0}, "count": 0, "device": "phone" } },
                "position": { "value": 7, "at": { "wall": ${T0}, "count": 0, "device": "phone" } },
                "tags": { "Đất đai": { "added": { "wall": ${T0}, "count": 1, "device": "phone" }, "removedUpTo": null },
                          "bad": { "added": { "wall": -1, "count": 0, "device": "x" }, "removedUpTo": null } } },
        "../../etc": { "tags": {} },
        "__proto__": { "tags": {}, "polluted": true }
      },
      "follows": { "javascript:alert(1)": { "followed": { "value": true, "at": { "wall": ${T0}, "count": 0, "device": "p" } }, "title": "x", "kind": "list" },
                   "https://laocai.gov.vn/tin-tuc": { "followed": { "value": true, "at": { "wall": ${T0}, "count": 0, "device": "p" } }, "title": "Tin tức", "kind": "list" } }
    }`);
    const state = parseState(raw)!;
    expect(Object.keys(state.articles)).toEqual([ID]);
    expect(state.articles[ID]?.read?.value).toBe(true);
    expect(state.articles[ID]?.position).toBeUndefined();
    expect(Object.keys(state.articles[ID]!.tags)).toEqual(['Đất đai']);
    expect(Object.keys(state.follows)).toEqual(['https://laocai.gov.vn/tin-tuc']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const bad of [null, 'x', [], { articles: null, follows: {} }]) expect(parseState(bad)).toBeNull();
  });
});
