import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { csvField, main } from '../../cli/figures';
import { runCli } from '../helpers/run-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tinsach-figures-'));
});
afterEach(() => vi.restoreAllMocks());

function input(lines: object[]): string {
  const file = join(dir, 'in.jsonl');
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
}

describe('figures CLI', () => {
  it('writes one JSON line per input line with offsets into the text', async () => {
    const text = 'Năm 2023, thu ngân sách đạt 512,7 tỷ đồng, bằng 108,3% dự toán.';
    const file = input([{ id: 'a', text }, { id: 'b', text: 'Không có số liệu.' }]);
    const { code, out } = await runCli(main, [file]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].figures.map((f: { kind: string }) => f.kind)).toEqual(['date', 'money', 'percent']);
    for (const f of lines[0].figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(lines[1].figures).toEqual([]);
  });

  it('writes RFC 4180 CSV with the sentence of each figure', async () => {
    const text = 'Đạt 15/19 tiêu chí. Giá "RON" giảm 320 đồng, còn 23.450 đồng.';
    const file = input([{ id: 'x,1', text }]);
    const { code, out } = await runCli(main, ['--format', 'csv', file]);
    expect(code).toBe(0);
    const rows = out.trim().split('\r\n');
    expect(rows[0]).toBe('id,kind,text,value,unit,date,code,sentence');
    expect(rows[1]).toBe('"x,1",ratio,15/19 tiêu chí,15,tiêu chí,,,Đạt 15/19 tiêu chí.');
    expect(rows[2]).toBe('"x,1",money,320 đồng,320,VND,,,"Giá ""RON"" giảm 320 đồng, còn 23.450 đồng."');
    expect(rows).toHaveLength(4);
  });

  it('quotes only fields that need it', () => {
    expect(csvField('a')).toBe('a');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(1.5)).toBe('1.5');
  });

  it('fails with a message on a line that is not JSON, and on an unknown format', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"id":"a","text":"1 hộ"}\nnot json\n');
    expect((await runCli(main, [file])).code).toBe(1);
    expect((await runCli(main, ['--format', 'xml', file])).code).toBe(2);
  });
});
