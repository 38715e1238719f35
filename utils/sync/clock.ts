// A hybrid logical clock: wall time where clocks agree, a counter where they do not. Two devices' edits are
// then ordered the same way on both, even when a phone's clock is a few minutes behind the computer's, and an
// edit made after seeing another always sorts after it.

/** One moment on the clock. `device` breaks the last tie, so no two devices' stamps are ever equal. */
export interface Stamp {
  /** Milliseconds since 1970, the largest wall time this device has seen. */
  wall: number;
  /** Orders events within one millisecond of `wall`. */
  count: number;
  device: string;
}

/** Negative when a is earlier, positive when later, 0 only for the same stamp. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.wall !== b.wall) return a.wall - b.wall;
  if (a.count !== b.count) return a.count - b.count;
  return a.device < b.device ? -1 : a.device > b.device ? 1 : 0;
}

/** A stamp from elsewhere (a sync file) is untrusted: it must have this exact shape to be used at all. */
export function isStamp(value: unknown): value is Stamp {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(s.wall) && (s.wall as number) >= 0 &&
    Number.isSafeInteger(s.count) && (s.count as number) >= 0 &&
    typeof s.device === 'string' && s.device.length > 0 && s.device.length <= 64
  );
}

/**
 * A stamp from another device that claims to be far in the future would pull every later edit after it, so
 * stamps more than this far ahead of our own clock are not followed (the edit still merges by its stamp).
 */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export class HybridClock {
  private last: Stamp;

  constructor(
    readonly device: string,
    private readonly now: () => number = Date.now,
    start?: Stamp,
  ) {
    this.last = start && isStamp(start) ? { ...start, device } : { wall: 0, count: 0, device };
  }

  /** A stamp for an edit made here, later than every stamp this clock has issued or seen. */
  tick(): Stamp {
    const wall = Math.max(this.now(), this.last.wall);
    const count = wall === this.last.wall ? this.last.count + 1 : 0;
    this.last = { wall, count, device: this.device };
    return { ...this.last };
  }

  /** Moves the clock past a stamp read from another device, so the next edit here sorts after it. */
  see(remote: Stamp): void {
    if (!isStamp(remote)) return;
    const now = this.now();
    if (remote.wall > now + MAX_DRIFT_MS) return;
    const wall = Math.max(now, this.last.wall, remote.wall);
    let count = 0;
    if (wall === this.last.wall && wall === remote.wall) count = Math.max(this.last.count, remote.count) + 1;
    else if (wall === this.last.wall) count = this.last.count + 1;
    else if (wall === remote.wall) count = remote.count + 1;
    this.last = { wall, count, device: this.device };
  }

  /** The clock's state, to be stored so a restarted browser never issues an earlier stamp. */
  current(): Stamp {
    return { ...this.last };
  }
}
