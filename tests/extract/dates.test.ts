import { describe, expect, it } from 'vitest';
import { normaliseMetaDate, parseVisibleDate } from '../../utils/extract/dates';

describe('normaliseMetaDate', () => {
  it('keeps the page offset and never converts to UTC (vnexpress 00:05 +07:00 stays on 7 March)', () => {
    expect(normaliseMetaDate('2026-03-07T00:05:00+07:00', true)).toBe('2026-03-07T00:05:00+07:00');
  });
  it('normalises the non-ISO vietnamnet form "2026-03-07T08:52:11.000 +07:00"', () => {
    expect(normaliseMetaDate('2026-03-07T08:52:11.000 +07:00', true)).toBe('2026-03-07T08:52:11+07:00');
  });
  it('gives a Vietnamese page without offset its local +07:00 (cafef "2026-03-07T00:01:00")', () => {
    expect(normaliseMetaDate('2026-03-07T00:01:00', true)).toBe('2026-03-07T00:01:00+07:00');
    expect(normaliseMetaDate('2026-03-07T00:01:00', false)).toBe('2026-03-07T00:01:00');
  });
  it('shows a UTC time on a Vietnamese page as Vietnam wall-clock time (the date readers saw)', () => {
    expect(normaliseMetaDate('2026-03-06T17:05:00Z', true)).toBe('2026-03-07T00:05:00+07:00');
    expect(normaliseMetaDate('2026-03-06T17:05:00Z', false)).toBe('2026-03-06T17:05:00Z');
  });
  it('accepts compact offsets, slashes and date-only values', () => {
    expect(normaliseMetaDate('2024-06-03T18:30:00+0100', false)).toBe('2024-06-03T18:30:00+01:00');
    expect(normaliseMetaDate('2026/03/07 08:52', true)).toBe('2026-03-07T08:52:00+07:00');
    expect(normaliseMetaDate('2023-04-18', true)).toBe('2023-04-18');
  });
  it('falls back to day-first parsing and rejects impossible dates', () => {
    expect(normaliseMetaDate('07/03/2026 08:47', true)).toBe('2026-03-07T08:47:00+07:00');
    expect(normaliseMetaDate('2023-02-30T10:00:00', true)).toBeNull();
    expect(normaliseMetaDate('not a date', true)).toBeNull();
  });
});

describe('parseVisibleDate', () => {
  it.each([
    ['Ngày đăng: 18/04/2023 09:35', '2023-04-18T09:35:00+07:00'],
    ['21/12/2012 | 12:00 AM', '2012-12-21T00:00:00+07:00'],
    ['21/12/2012 | 01:30 PM', '2012-12-21T13:30:00+07:00'],
    ['Thứ tư, 22/10/2025, 19:25 (GMT+7)', '2025-10-22T19:25:00+07:00'],
    ['Nguyên Minh - 07/03/2026 08:47', '2026-03-07T08:47:00+07:00'],
    ['Cập nhật lúc 08:15 ngày 24/05/2019', '2019-05-24T08:15:00+07:00'],
    ['Thứ Bảy, Ngày 07 tháng 03 năm 2026', '2026-03-07'],
    ['Ngày 7-3-2026', '2026-03-07'],
  ])('%s → %s', (text, iso) => {
    expect(parseVisibleDate(text)).toBe(iso);
  });
  it('skips dates that cannot be dates and finds none in a phone number', () => {
    expect(parseVisibleDate('Mã số 45/13/2023, ngày 05/06/2023')).toBe('2023-06-05');
    expect(parseVisibleDate('Điện thoại: 0214.3862.115')).toBeNull();
  });
});
