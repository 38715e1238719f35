import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detokenize, parseArticle, readSplit } from '../../tools/summary/vietnews';

// The shape of a VietNews file (made up here: the data set itself stays outside the repository).
const FILE = [
  'Khởi_tố hai nhân_viên công_ty địa_ốc',
  '',
  'Viện_kiểm_sát nhân_dân thị_xã Phú_Mỹ vừa phê_chuẩn quyết_định khởi_tố bị_can .',
  '',
  'Ngày 22/6 , cơ_quan CSĐT Công_an thị_xã đã ra quyết_định khởi_tố vụ án .',
  'Khu đất này do ông Nguyễn_Thế_Lực ( 20 tuổi , trú tại TP. HCM ) làm_chủ .',
  '',
].join('\n');

describe('VietNews reader', () => {
  it('undoes word segmentation and the spaces around punctuation', () => {
    expect(detokenize('Ngày 22/6 , cơ_quan CSĐT ( 20 tuổi ) đạt 1,6 % .')).toBe('Ngày 22/6, cơ quan CSĐT (20 tuổi) đạt 1,6%.');
  });

  it('parses title, sapo and the body as running text', () => {
    const a = parseArticle('000001.txt.seg', FILE)!;
    expect(a.title).toBe('Khởi tố hai nhân viên công ty địa ốc');
    expect(a.sapo).toBe('Viện kiểm sát nhân dân thị xã Phú Mỹ vừa phê chuẩn quyết định khởi tố bị can.');
    expect(a.body).toBe(
      'Ngày 22/6, cơ quan CSĐT Công an thị xã đã ra quyết định khởi tố vụ án. Khu đất này do ông Nguyễn Thế Lực (20 tuổi, trú tại TP. HCM) làm chủ.',
    );
    expect(parseArticle('x', 'only a title\n')).toBeNull();
  });

  it('reads a split in file order, every k-th file, and says where it looked when the split is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vietnews-'));
    mkdirSync(join(dir, 'val_tokenized'));
    for (const n of ['000003', '000001', '000002']) writeFileSync(join(dir, 'val_tokenized', `${n}.txt.seg`), FILE);
    expect([...readSplit(dir, 'val')].map((a) => a.id)).toEqual(['000001.txt.seg', '000002.txt.seg', '000003.txt.seg']);
    expect([...readSplit(dir, 'val', { every: 2 })].map((a) => a.id)).toEqual(['000001.txt.seg', '000003.txt.seg']);
    expect([...readSplit(dir, 'val', { every: 2, offset: 1 })].map((a) => a.id)).toEqual(['000002.txt.seg']);
    expect(() => [...readSplit(dir, 'train')]).toThrow(/train_tokenized/);
  });
});
