// Publication dates: normalise what pages write into ISO 8601 WITH THE PAGE'S OWN OFFSET.
// Never convert to UTC: a vnexpress article published "7/3/2026, 00:05 (GMT+7)" is a 7 March article,
// while its UTC instant falls on 6 March.

import { folded } from './folded-pattern';

const pad = (n: number | string) => String(n).padStart(2, '0');

/** Vietnam's offset: a time written on a Vietnamese page without an offset is local time there. */
export const VIETNAM_OFFSET = '+07:00';

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

function validTime(h: number, min: number, s: number): boolean {
  return h >= 0 && h < 24 && min >= 0 && min < 60 && s >= 0 && s < 61;
}

function format(y: number, m: number, d: number, time: [number, number, number] | null, offset: string | null): string {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (!time) return date;
  const t = `${date}T${pad(time[0])}:${pad(time[1])}:${pad(time[2])}`;
  return offset ? t + offset : t;
}

/** "+0700" / "+07" / "+07:00" / "Z" → "+07:00" / "Z". */
function normaliseOffset(raw: string): string {
  if (/^z$/i.test(raw)) return 'Z';
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(raw);
  return m ? `${m[1]}${pad(m[2]!)}:${m[3] ?? '00'}` : '';
}

/** Shift a UTC date-time to +07:00 wall-clock time (used only when metadata is written in UTC). */
function utcToVietnam(y: number, mo: number, d: number, t: [number, number, number]): string {
  const ms = Date.UTC(y, mo - 1, d, t[0], t[1], t[2]) + 7 * 3600_000;
  const v = new Date(ms);
  return format(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate(), [v.getUTCHours(), v.getUTCMinutes(), v.getUTCSeconds()], VIETNAM_OFFSET);
}

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?$/i;

/**
 * Normalises a metadata date ("2026-03-01T09:51:00+07:00", "2026-03-07T08:52:11.000 +07:00",
 * "2026-03-07T00:01:00", "2026/03/07 08:52", "07/03/2026 08:47") to ISO 8601.
 * `vietnamese`: the page is Vietnamese, so a time without an offset gets +07:00, and a UTC time is
 * shown as Vietnam wall-clock time (the calendar date a reader there saw).
 */
export function normaliseMetaDate(raw: string, vietnamese: boolean): string | null {
  const s = raw.trim();
  const iso = ISO_LIKE.exec(s);
  if (iso) {
    const [y, mo, d] = [+iso[1]!, +iso[2]!, +iso[3]!];
    if (!validDate(y, mo, d)) return null;
    if (iso[4] === undefined) return format(y, mo, d, null, null);
    const time: [number, number, number] = [+iso[4], +iso[5]!, +(iso[6] ?? 0)];
    if (!validTime(...time)) return format(y, mo, d, null, null);
    const offset = iso[7] ? normaliseOffset(iso[7]) : '';
    if (vietnamese && (offset === 'Z' || offset === '+00:00')) return utcToVietnam(y, mo, d, time);
    return format(y, mo, d, time, offset || (vietnamese ? VIETNAM_OFFSET : null));
  }
  return parseVisibleDate(s, vietnamese);
}

/** English month names and their usual abbreviations ("June", "Jun", "Sept."), for English pages of portals. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * The date forms portals print, as pattern sources (no capture groups), shared by the parser below and by the
 * date-line recogniser: "30/08/2024", "20-06-2018", "ngày 27 tháng 11 năm 2015", "30 tháng 8, 2024" (CKAN's
 * Vietnamese locale), "June 20, 2018" and "20 June 2018" (English pages).
 */
const DATE_FORMS = [
  '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}',
  '\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+|\\s*,\\s*|\\s+)\\d{4}',
  `${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
  `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s+\\d{4}`,
  '\\d{4}-\\d{2}-\\d{2}',
];
/** The words portals print before a date ("Ngày đăng:", "Cập nhật lúc", "Posted on", "Date:"). */
const DATE_LABEL =
  '(?:ngày đăng|ngày cập nhật|cập nhật(?: lúc| ngày)?|đăng lúc|đăng ngày|ngày xuất bản|ngày ban hành|thời gian(?: đăng| cập nhật)?|xuất bản|' +
  'ngày|posted(?: on| at)?|published(?: on| at)?|(?:last )?updated(?: on| at)?|date(?: posted| published)?|release date)';
const WEEKDAY = '(?:thứ (?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ nhật|cn|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\.?';
const CLOCK = '\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|sa|ch))?';
const ZONE = '\\(?(?:gmt|utc)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\)?';
const SEP = '\\s*[,|–-]?\\s*';

/**
 * A line that is only a date, with its label, weekday, clock time and zone: "Thứ Sáu, 30/08/2024 - 10:15",
 * "Ngày đăng 20/06/2018 | 4:12 PM", "(Cập nhật lúc 09:40 ngày 12/03/2024)", "30 tháng 8, 2024",
 * "Posted on June 20, 2018", "Thứ tư, 22/10/2025, 19:25 (GMT+7)". The date is read before such a line is removed.
 */
export const DATE_LINE_SOURCE =
  `[([]?\\s*(?:${DATE_LABEL}\\s*:?\\s*)?(?:${WEEKDAY}${SEP})?(?:(?:lúc\\s*)?${CLOCK}${SEP}(?:${ZONE}${SEP})?)?` +
  `(?:ngày\\s*)?(?:${DATE_FORMS.join('|')})(?:${SEP}(?:lúc\\s*)?${CLOCK})?(?:\\s*${ZONE})?\\s*[)\\]]?`;
export const DATE_LINE = folded(new RegExp(`^${DATE_LINE_SOURCE}$`, 'iu'));

/** Time zones English news pages print after a clock time ("5:52 AM EST", "9:28 AM UTC", "11:28 AMT", "3:15 p.m. ET"). */
const EN_ZONE = '(?:(?:[ecmpah]|ak)[sd]?t|gmt|utc|bst|cet|cest|eet|ist|aest|aedt|amt|hkt|sgt|jst)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?';
/** "9:45", "4:10pm", "3:15 p.m.", "10.48am" (a point only before am/pm: "12.30" alone is a number). */
const EN_CLOCK = `(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}(?:\\.\\d{2})?\\s*[ap]\\.?m\\.?)(?:\\s*\\(?${EN_ZONE}\\)?)?`;
/** A day: "November 20th, 2019", "Nov. 19" (the year left out), "18 Nov 2019", "11/18/19", "Today". */
const EN_DAY =
  `(?:${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?(?:,?\\s+\\d{4})?|` +
  '\\d{1,2}/\\d{1,2}/\\d{2}(?:\\d{2})?|today|yesterday)';
const EN_STAMP_LABEL = '(?:(?:first |last )?(?:published|posted|updated|modified)(?: on| at)?|date)';
const EN_STAMP_PART = `(?:${EN_STAMP_LABEL}\\s*:?\\s*)?(?:${WEEKDAY}|${EN_DAY}|${EN_CLOCK})`;
const EN_STAMP_SEP = '(?:\\s*[,|/;·•–-]\\s*|\\s+(?:at|on)\\s+|\\s)';

/** A clock time alone ("10 p.m.", "4:14 p.m."): the heading of an entry in a live blog, not a stamp. */
const BARE_CLOCK = '\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?';

/**
 * The time stamp English news pages print by the headline, in the many orders they print its parts: "Updated 1:39 am
 * EST, Wednesday, November 20, 2019" (Hearst papers), "Published 11:11 PM EST Nov 19, 2019" (Gannett papers),
 * "November 19, 2019 at 9:45 am" (WordPress VIP themes), "Nov. 20, 2019 5:52 AM EST" (AP), "PUBLISHED: 10:48, Tue, Nov
 * 19, 2019" (UK tabloids), "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM" (Advance papers), "5:52 AM EST", "Updated
 * at 1:23 p.m.". Only labels, weekdays, days, clock times and zones, with at least one digit; a date inside a sentence
 * is never a whole line of this kind.
 */
const NEWS_STAMP = `${EN_STAMP_PART}(?:${EN_STAMP_SEP}${EN_STAMP_PART})*`;
export const NEWS_STAMP_LINE = folded(new RegExp(`^(?=[^\\d]*\\d)(?!${BARE_CLOCK}$)[|\\s]*${NEWS_STAMP}[|\\s,;/·•–-]*$`, 'iu'));

/** "By Justine Coleman - 11/18/19 11:04 PM EST", "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM". */
export const NEWS_BYLINE_STAMP_LINE = folded(new RegExp(`^by\\s[^|•·–\\d-]{2,60}\\s[|•·–-]\\s*(?=[^\\d]*\\d)${NEWS_STAMP}[|\\s,;/·•–-]*$`, 'iu'));

/**
 * A date as printed on Vietnamese pages: day first. Handles "Ngày đăng: 18/04/2023 09:35",
 * "21/12/2012 | 12:00 AM", "Thứ tư, 22/10/2025, 19:25 (GMT+7)", "Nguyên Minh - 07/03/2026 08:47",
 * "09:35 18/04/2023", "Ngày 07 tháng 03 năm 2026". Returns the first valid date in the text.
 */
export function parseVisibleDate(text: string, vietnamese = true): string | null {
  const t = text.normalize('NFC');
  const numeric = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/g;
  for (let m = numeric.exec(t); m; m = numeric.exec(t)) {
    const [d, mo, y] = [+m[1]!, +m[2]!, +m[3]!];
    if (!validDate(y, mo, d)) continue;
    return withTime(y, mo, d, t, m.index, m.index + m[0].length, vietnamese);
  }
  // "ngày 27 tháng 11 năm 2015", and CKAN's "30 tháng 8, 2024" (no "ngày", a comma for "năm").
  const words = /(?<![\p{L}\d])(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+|\s*,\s*|\s+)(\d{4})(?!\d)/giu;
  for (let m = words.exec(t); m; m = words.exec(t)) {
    const [d, mo, y] = [+m[1]!, +m[2]!, +m[3]!];
    if (validDate(y, mo, d)) return withTime(y, mo, d, t, m.index, m.index + m[0].length, vietnamese);
  }
  // English pages: "June 20, 2018", "Jun. 20th, 2018", "20 June 2018".
  const english = new RegExp(`\\b(?:(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})\\.?,?)\\s+(\\d{4})(?!\\d)`, 'giu');
  for (let m = english.exec(t); m; m = english.exec(t)) {
    const [d, mo, y] = m[1] ? [+m[2]!, monthNumber(m[1]), +m[5]!] : [+m[3]!, monthNumber(m[4]!), +m[5]!];
    if (validDate(y, mo, d)) return withTime(y, mo, d, t, m.index, m.index + m[0].length, vietnamese);
  }
  // Month first ("06/20/2018", on some English pages), only when day first cannot be a date.
  numeric.lastIndex = 0;
  for (let m = numeric.exec(t); m; m = numeric.exec(t)) {
    const [mo, d, y] = [+m[1]!, +m[2]!, +m[3]!];
    if (mo <= 12 && d > 12 && validDate(y, mo, d)) return withTime(y, mo, d, t, m.index, m.index + m[0].length, vietnamese);
  }
  return null;
}

/** Finds a clock time right after (or right before) the date and an explicit "GMT+7". */
function withTime(y: number, mo: number, d: number, text: string, start: number, end: number, vietnamese: boolean): string {
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 16), start);
  const a = /^\s*[,|–-]?\s*(?:lúc\s*|at\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(am|pm|sa|ch)?/i.exec(after);
  const b = a ? null : /(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(am|pm|sa|ch)?\s*[,|-]?\s*(?:ngày\s*)?$/i.exec(before);
  const m = a ?? b;
  if (!m) return format(y, mo, d, null, null);
  let h = +m[1]!;
  const meridiem = m[4]?.toLowerCase();
  if ((meridiem === 'pm' || meridiem === 'ch') && h < 12) h += 12;
  if ((meridiem === 'am' || meridiem === 'sa') && h === 12) h = 0;
  const time: [number, number, number] = [h, +m[2]!, +(m[3] ?? 0)];
  if (!validTime(...time)) return format(y, mo, d, null, null);
  const gmt = /gmt\s*([+-]\d{1,2})/i.exec(after);
  const offset = gmt ? normaliseOffset(gmt[1]!) : vietnamese ? VIETNAM_OFFSET : null;
  return format(y, mo, d, time, offset);
}
