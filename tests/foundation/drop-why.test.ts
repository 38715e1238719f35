// The build blanks the clean-up rules' and page kinds' `why` texts in the shipped code (tools/build/drop-why.ts):
// on the real data files, every reason is gone, nothing else changed, and no character moved.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankWhyTexts } from '../../tools/build/drop-why';
import { ATTRIBUTE_RULES, PICK_SELECTOR_RULES, SELECTOR_RULES, TEXT_RULES } from '../../utils/extract/cleanup-rules';
import { PAGE_KINDS } from '../../utils/extract/page-kinds';

const file = (name: string) => resolve(__dirname, '../../utils/extract', name);

describe('blankWhyTexts', () => {
  it.each([
    ['cleanup-rules.ts', () => [...SELECTOR_RULES, ...PICK_SELECTOR_RULES, ...TEXT_RULES, ...ATTRIBUTE_RULES].map((r) => r.why)],
    ['page-kinds.ts', () => PAGE_KINDS.flatMap((k) => k.signals.map((s) => s.why))],
  ])('%s: every reason blanked, the code around it untouched, nothing moved', (name, reasons) => {
    const code = readFileSync(file(name), 'utf8');
    const out = blankWhyTexts(code, file(name))!;
    expect(out).not.toBeNull();
    expect(out.length).toBe(code.length);
    expect(out.split('\n').length).toBe(code.split('\n').length);
    const whys = reasons();
    expect(whys.length).toBeGreaterThan(5);
    // Every reason the module exports is in the source, and none in what the build ships.
    const texts = (c: string) => [...c.matchAll(/why: (['`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((m) => m[2]!);
    expect(texts(code).length).toBe(whys.length);
    expect(texts(code).every((t) => t.trim().length > 30)).toBe(true);
    expect(texts(out).length).toBe(whys.length);
    expect(texts(out).every((t) => t.trim() === '')).toBe(true);
    // Outside the blanked texts, every character is the same.
    const differs = [...code].filter((c, i) => c !== out[i] && out[i] !== ' ').length;
    expect(differs).toBe(0);
    expect(out).toContain('why: ');
  });

  it('leaves a file without reasons alone, and a reason built from parts (not a plain text) as it is', () => {
    expect(blankWhyTexts('export const a = 1;\n', 'a.ts')).toBeNull();
    const code = "const r = [{ id: 'x', why: `kind ${1}` }, { id: 'y', why: 'Portal list pages.' }];\n";
    expect(blankWhyTexts(code, 'r.ts')).toBe("const r = [{ id: 'x', why: `kind ${1}` }, { id: 'y', why: '                  ' }];\n");
  });
});
