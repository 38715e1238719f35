// The clean-up's text rules and the date line are matched on lowercased text without the `i` flag
// (utils/extract/folded-pattern.ts). That is the same match only while every pattern is written in lowercase: a
// capital letter in a pattern would never match lowercased text, and a rule would silently stop firing.
import { describe, expect, it } from 'vitest';
import { folded, foldedUnion } from '../../utils/extract/folded-pattern';
import { TEXT_RULES } from '../../utils/extract/cleanup-rules';
import { DATE_LINE } from '../../utils/extract/dates';

/** The pattern's source without its escapes (`\S`, `\D`, `\p{Lu}`…), where a capital letter is not a letter to match. */
const literalPart = (source: string) => source.replace(/\\(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)/g, '');

describe('folded text patterns', () => {
  it('every text rule and the date line are written in lowercase', () => {
    for (const pattern of [...TEXT_RULES.map((r) => r.textPattern!), DATE_LINE]) {
      expect(literalPart(pattern.source).match(/\p{Lu}/gu), pattern.source.slice(0, 60)).toBeNull();
    }
  });

  it('match as the case-insensitive pattern did, on lines from real portal and news pages', () => {
    const lines = [
      'ĐĂNG NHẬP', 'Đăng nhập', 'Login', 'TIN LIÊN QUAN', 'Tin liên quan:', 'Related Articles', 'Chia sẻ:', 'IN BÀI',
      'Thứ Sáu, 30/08/2024 - 10:15', 'THỨ SÁU, 30/08/2024 - 10:15', 'Ngày đăng 20/06/2018 | 4:12 PM', 'Cập nhật: 20-06-2018',
      'June 20, 2018', 'JUNE 20, 2018', 'Lượt xem: 1.247', 'LƯỢT XEM: 1.247', 'View count: 1,247', 'Chứng nhận Tín nhiệm mạng',
      'Điện thoại: 0214 3840 123 - Fax: 0214 3840 124', 'Bỏ qua nội dung chính', 'Skip to main content',
      'Cổng thông tin điện tử huyện Mường Khương - Tỉnh Lào Cai', 'UBND tỉnh Lào Cai tổ chức hội nghị', 'Người dân có thể nộp hồ sơ',
    ];
    let fired = 0;
    for (const rule of TEXT_RULES) {
      const withFlag = new RegExp(rule.textPattern!.source, 'iu');
      for (const line of lines) {
        expect(rule.textPattern!.test(line), `${rule.id}: ${line}`).toBe(withFlag.test(line));
        if (withFlag.test(line)) fired++;
      }
    }
    // The lines above are mostly ones the rules remove: the comparison is not between two patterns that match nothing.
    expect(fired).toBeGreaterThan(15);
    const union = foldedUnion(TEXT_RULES.map((r) => r.textPattern!));
    for (const line of lines) expect(union.test(line), line).toBe(TEXT_RULES.some((r) => r.textPattern!.test(line)));
  });

  it('leaves a pattern without the i flag as it is', () => {
    const exact = /^Tin tức$/u;
    expect(folded(exact)).toBe(exact);
    expect(folded(exact).test('tin tức')).toBe(false);
  });
});
