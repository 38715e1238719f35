// Dates, numbers and sizes in the UI language through Intl (never hand-built strings).
import { intlLocale, type Lang } from '../i18n/i18n';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A timestamp with its own offset, as the extractor writes publication times ('2023-04-12T15:20:00+07:00'). */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * "12 tháng 4, 2023" / "12 April 2023", with "15:20" when `withTime` is set.
 * A date-only value is a calendar day, not an instant; a publication time is shown as the newspaper
 * printed it (its own wall clock, normally Vietnam time) — a reader abroad should not see "02:35" for an
 * article posted at 09:35 in Hà Nội, nor the day before. Both are therefore formatted in UTC from their
 * written components. Other values (savedAt, UTC instants) use the reader's own time zone.
 */
export function formatDate(iso: string | null | undefined, lang: Lang, opts: { withTime?: boolean } = {}): string {
  if (!iso) return '';
  const locale = intlLocale(lang);
  const dateOnly = DATE_ONLY.exec(iso);
  const wall = dateOnly ? null : WALL_CLOCK.exec(iso);
  const written = dateOnly ?? wall;
  if (written && !iso.endsWith('Z')) {
    const [, y, mo, d, h = '0', mi = '0'] = written;
    const at = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
    if (!opts.withTime || dateOnly) return date;
    return `${date} ${new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(at)}`;
  }
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(at);
  return opts.withTime ? `${date} ${new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at)}` : date;
}

export function formatNumber(n: number, lang: Lang, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits }).format(n);
}

/** Storage sizes: "3,4 MB" / "3.4 MB"; kilobytes below one megabyte. */
export function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1024) {
    return new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 }).format(mb / 1024);
  }
  if (mb >= 1) {
    return new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(mb);
  }
  return new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(bytes / 1024);
}
