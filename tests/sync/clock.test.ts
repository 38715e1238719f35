import { describe, expect, it } from 'vitest';
import { compareStamps, HybridClock, MAX_DRIFT_MS } from '../../utils/sync/clock';

describe('HybridClock', () => {
  it('orders edits on one device even when the wall clock stands still or goes back', () => {
    let now = 1_764_900_000_000;
    const clock = new HybridClock('phone', () => now);
    const a = clock.tick();
    const b = clock.tick();
    now -= 60_000; // the phone's clock was corrected backwards
    const c = clock.tick();
    expect(compareStamps(a, b)).toBeLessThan(0);
    expect(compareStamps(b, c)).toBeLessThan(0);
    expect(c.wall).toBe(a.wall);
    expect(c.count).toBe(2);
  });

  it('puts an edit made after seeing another device’s edit after it, even with a slow clock', () => {
    const laptop = new HybridClock('laptop', () => 1_764_900_300_000);
    const phone = new HybridClock('phone', () => 1_764_900_000_000); // five minutes behind
    const fromLaptop = laptop.tick();
    phone.see(fromLaptop);
    const fromPhone = phone.tick();
    expect(compareStamps(fromLaptop, fromPhone)).toBeLessThan(0);
    expect(fromPhone.device).toBe('phone');
  });

  it('breaks a tie between devices by name, the same way on both', () => {
    const a = { wall: 5, count: 0, device: 'a' };
    const b = { wall: 5, count: 0, device: 'b' };
    expect(compareStamps(a, b)).toBeLessThan(0);
    expect(compareStamps(b, a)).toBeGreaterThan(0);
    expect(compareStamps(a, { ...a })).toBe(0);
  });

  it('does not follow a stamp from far in the future, nor a malformed one', () => {
    const now = 1_764_900_000_000;
    const clock = new HybridClock('phone', () => now);
    clock.see({ wall: now + MAX_DRIFT_MS + 1, count: 0, device: 'liar' });
    clock.see({ wall: 'soon', count: 0, device: 'x' } as never);
    expect(clock.tick()).toEqual({ wall: now, count: 0, device: 'phone' });
  });

  it('resumes after a restart without issuing an earlier stamp', () => {
    let now = 1_764_900_000_000;
    const first = new HybridClock('phone', () => now);
    const last = first.tick();
    now -= 10_000;
    const again = new HybridClock('phone', () => now, first.current());
    expect(compareStamps(last, again.tick())).toBeLessThan(0);
  });
});
