// Followed pages through the devices' state files: a follow made on one device reaches the other, an unfollow
// wins over an older follow (and loses to a newer one), pause and resume merge by their stamps, the merge gives
// the same result in either order, and another device's entries are read as a backup's followed pages are.
import { describe, expect, it } from 'vitest';
import { HybridClock, type Stamp } from '../../utils/sync/clock';
import {
  followChanges,
  followsSeenOf,
  mergeFollows,
  parseFollows,
  pruneUnfollows,
  stampFollowEdits,
  type FollowedHere,
  type FollowsSeen,
  type SyncedFollow,
} from '../../utils/sync/follows';
import { parseState } from '../../utils/sync/merge';

const T0 = 1_764_900_000_000;
const COMMUNE = 'https://phongnien.baothang.laocai.gov.vn/tin-tuc-su-kien';
const PROVINCE = 'https://laocai.gov.vn/thong-bao';

/** One device's side: its follow list, its clock, the state it keeps, and what it saw at its last run. */
class Device {
  here: FollowedHere[] = [];
  state: Record<string, SyncedFollow> = {};
  seen: FollowsSeen = {};
  private last: Stamp;
  constructor(readonly name: string) {
    this.last = { wall: 0, count: 0, device: name };
  }

  follow(url: string, title: string, at: number): void {
    this.here.push({ url, title, kind: 'list', paused: false, followedAt: T0 + at });
  }

  pause(url: string, paused: boolean): void {
    this.here = this.here.map((p) => (p.url === url ? { ...p, paused } : p));
  }

  unfollow(url: string): void {
    this.here = this.here.filter((p) => p.url !== url);
  }

  /** A run at `at`: stamp the edits, merge the other's file, apply the changes to the follow list. */
  sync(at: number, other?: Device): void {
    const stampAt = (ms: number) => (this.last = new HybridClock(this.name, () => ms, this.last).tick());
    stampFollowEdits(this.state, this.seen, this.here, stampAt, T0 + at);
    if (other) this.state = mergeFollows(this.state, JSON.parse(JSON.stringify(other.state)) as Record<string, SyncedFollow>);
    const changes = followChanges(this.state, this.here);
    this.here = this.here.filter((p) => !changes.unfollow.includes(p.url));
    for (const { url, paused } of changes.pause) this.pause(url, paused);
    for (const f of changes.follow) this.here.push({ ...f, followedAt: T0 + at });
    this.seen = followsSeenOf(this.here);
  }
}

const pages = (d: Device) => d.here.map((p) => ({ url: p.url, paused: p.paused })).sort((x, y) => (x.url < y.url ? -1 : 1));

describe('followed pages in sync', () => {
  it('a page followed on A appears on B with its name; pausing on B reaches A', () => {
    const [a, b] = [new Device('dA'), new Device('dB')];
    a.follow(COMMUNE, 'Tin tức - sự kiện xã Phong Niên', 1_000);
    a.sync(2_000);
    b.sync(3_000, a);
    expect(b.here).toMatchObject([{ url: COMMUNE, title: 'Tin tức - sự kiện xã Phong Niên', kind: 'list', paused: false }]);
    b.pause(COMMUNE, true);
    b.sync(4_000, a);
    a.sync(5_000, b);
    expect(pages(a)).toEqual([{ url: COMMUNE, paused: true }]);
    // Resumed on A later than B paused: resumed on both.
    a.pause(COMMUNE, false);
    a.sync(6_000, b);
    b.sync(7_000, a);
    expect(pages(b)).toEqual([{ url: COMMUNE, paused: false }]);
  });

  it('an unfollow on one device wins over the older follow, and a newer follow wins over the unfollow', () => {
    const [a, b] = [new Device('dA'), new Device('dB')];
    a.follow(PROVINCE, 'Thông báo - UBND tỉnh Lào Cai', 1_000);
    a.sync(2_000);
    b.sync(3_000, a);
    b.unfollow(PROVINCE);
    b.sync(4_000, a);
    a.sync(5_000, b);
    expect(a.here).toEqual([]);
    expect(b.here).toEqual([]);
    // Followed again on A after B's unfollow: followed again on both.
    a.follow(PROVINCE, 'Thông báo - UBND tỉnh Lào Cai', 6_000);
    a.sync(7_000, b);
    b.sync(8_000, a);
    expect(pages(b)).toEqual([{ url: PROVINCE, paused: false }]);
  });

  it('a pause on B made while A unfollows: the unfollow stands on both, whichever syncs first', () => {
    for (const firstA of [true, false]) {
      const [a, b] = [new Device('dA'), new Device('dB')];
      a.follow(COMMUNE, 'Tin xã', 1_000);
      a.sync(2_000);
      b.sync(3_000, a);
      a.unfollow(COMMUNE);
      b.pause(COMMUNE, true);
      if (firstA) {
        a.sync(4_000, b);
        b.sync(5_000, a);
        a.sync(6_000, b);
      } else {
        b.sync(4_000, a);
        a.sync(5_000, b);
        b.sync(6_000, a);
      }
      expect(a.here, `A first: ${firstA}`).toEqual([]);
      expect(b.here, `A first: ${firstA}`).toEqual([]);
    }
  });

  it('merges to the same state in either order and forgets unfollow markers after 30 days', () => {
    const stamp = (ms: number, device: string) => ({ wall: T0 + ms, count: 0, device });
    const x: Record<string, SyncedFollow> = {
      [COMMUNE]: { followed: { value: true, at: stamp(10, 'dA') }, paused: { value: true, at: stamp(50, 'dA') }, title: 'Tên cũ', kind: 'list' },
      [PROVINCE]: { followed: { value: false, at: stamp(5, 'dA') }, title: 'Thông báo', kind: 'list' },
    };
    const y: Record<string, SyncedFollow> = {
      [COMMUNE]: { followed: { value: true, at: stamp(20, 'dB') }, paused: { value: false, at: stamp(30, 'dB') }, title: 'Tên mới', kind: 'home' },
    };
    expect(mergeFollows(x, y)).toEqual(mergeFollows(y, x));
    expect(mergeFollows(x, y)[COMMUNE]).toMatchObject({ title: 'Tên mới', kind: 'home', paused: { value: true } });
    const month = 30 * 24 * 60 * 60 * 1000;
    expect(Object.keys(pruneUnfollows(mergeFollows(x, y), T0 + month))).toEqual([COMMUNE, PROVINCE]);
    expect(Object.keys(pruneUnfollows(mergeFollows(x, y), T0 + month + 10))).toEqual([COMMUNE]);
  });

  it('reads another device’s entries as a backup’s followed pages: bad addresses, kinds, stamps and spellings dropped', () => {
    const at = { wall: T0, count: 0, device: 'dX' };
    // Written as text so that "__proto__" is an own key, as JSON.parse makes it from a crafted file.
    const proto = JSON.stringify({ followed: { value: true, at }, title: 'x', kind: 'list' });
    const raw: unknown = JSON.parse(
      `{"__proto__": ${proto},` +
      JSON.stringify({
        [COMMUNE]: { followed: { value: true, at }, paused: { value: 'yes', at }, title: '  Tin   xã\n Phong Niên ', kind: 'list' },
        'javascript:alert(1)': { followed: { value: true, at }, title: 'x', kind: 'list' },
        'https://user:pw@laocai.gov.vn/a': { followed: { value: true, at }, title: 'x', kind: 'list' },
        'https://laocai.gov.vn/b#top': { followed: { value: true, at }, title: 'x', kind: 'list' },
        'https://laocai.gov.vn/c': { followed: { value: true, at }, title: 'x', kind: 'article' },
        'https://laocai.gov.vn/d': { followed: { value: true, at: { wall: -1, count: 0, device: 'dX' } }, title: 'x', kind: 'list' },
        'https://laocai.gov.vn/e': { followed: true, title: 'x', kind: 'list' },
      }).slice(1),
    );
    const follows = parseFollows(raw);
    expect(Object.keys(follows)).toEqual([COMMUNE]);
    expect(follows[COMMUNE]).toEqual({ followed: { value: true, at }, title: 'Tin xã Phong Niên', kind: 'list' });
    expect(parseState({ articles: {}, follows: raw })?.follows).toEqual(follows);
    expect(parseFollows([{ followed: { value: true, at } }])).toEqual({});
    expect(({} as Record<string, unknown>).followed).toBeUndefined();
  });
});
