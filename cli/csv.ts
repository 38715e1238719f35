// CSV fields for every CSV the product writes. Figures and sentences come from untrusted page text, and a
// spreadsheet evaluates a cell that starts with "=", "+", "-" or "@" (a tab or carriage return in front does not
// stop LibreOffice): such a field gets a leading apostrophe, as OWASP recommends for CSV injection, so it is
// shown as text. Numbers the tool computed itself (a value of -5) are data, not text, and stay as they are.

const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 quoting (a comma, a quote or a line break), after neutralising a formula-like start. */
export function csvField(v: string | number | undefined): string {
  if (v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
