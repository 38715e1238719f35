import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/cli/summary';
import { runCli } from '../helpers/run-cli';

const TEXT = [
  'Năm 2024, tổng thu ngân sách trên địa bàn huyện Bảo Thắng đạt 512,7 tỷ đồng, bằng 108,3% dự toán tỉnh giao.',
  'Các khoản thu từ thuế, phí và tiền sử dụng đất đều vượt kế hoạch, trong đó thu tiền sử dụng đất đạt 210 tỷ đồng.',
  'Chi ngân sách huyện được điều hành chặt chẽ, tiết kiệm, ưu tiên cho giáo dục, y tế và giảm nghèo bền vững.',
  'Huyện đã hỗ trợ 350 hộ nghèo xây dựng nhà ở với tổng kinh phí hơn 17 tỷ đồng từ nhiều nguồn vốn.',
  'Ảnh: Hội nghị tổng kết',
  'Ngô Hải - BTG HU',
].join('\n\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tinsach-summary-'));
});
afterEach(() => vi.restoreAllMocks());

describe('summary CLI', () => {
  it('summarises JSON lines with --sentences and offsets into each text', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'ns', text: TEXT }) + '\n');
    const { code, out } = await runCli(main, [file, '--sentences', '2']);
    expect(code).toBe(0);
    const line = JSON.parse(out.trim());
    expect(line.id).toBe('ns');
    expect(line.summary).toHaveLength(2);
    for (const s of line.summary) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads a plain text file with --text', async () => {
    const file = join(dir, 'bai.txt');
    writeFileSync(file, TEXT);
    const { code, out } = await runCli(main, ['--text', file]);
    expect(code).toBe(0);
    const line = JSON.parse(out.trim());
    expect(line.id).toBe('bai.txt');
    expect(line.summary).toHaveLength(3);
    expect(line.summary.map((s: { text: string }) => s.text)).not.toContain('Ngô Hải - BTG HU');
  });

  it('rejects a bad --sentences', async () => {
    expect((await runCli(main, ['--text', join(dir, 'x.txt'), '--sentences', '0'])).code).toBe(2);
  });
});
