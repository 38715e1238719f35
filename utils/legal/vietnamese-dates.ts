// Dates as legal documents write them: "ngày 27 tháng 11 năm 2015", "ngày 01/7/2020".

const LONG = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const SHORT = /ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu;

/** YYYY-MM-DD from day, month and year, or null when they are not a real calendar date. */
export function isoDate(day: number, month: number, year: number): string | null {
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first "ngày D tháng M năm Y" (or "ngày D/M/Y") in `text`, as YYYY-MM-DD. */
export function firstVietnameseDate(text: string): string | null {
  const m = LONG.exec(text) ?? SHORT.exec(text);
  return m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : null;
}
