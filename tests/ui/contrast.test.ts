// WCAG AA in every theme, computed from the palette in components/theme.css itself (not a copy of it):
// body text ≥ 4.5:1 on every background it is used on; figure highlights and the read-aloud highlight
// keep the text at ≥ 4.5:1; focus outlines and borders of controls ≥ 3:1 (non-text contrast).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(resolve(__dirname, '../../components/theme.css'), 'utf8');

function block(selector: string): Record<string, string> {
  const start = CSS.indexOf(selector);
  if (start < 0) throw new Error(`no ${selector} in theme.css`);
  const open = CSS.indexOf('{', start);
  const close = CSS.indexOf('}', open);
  const vars: Record<string, string> = {};
  for (const m of CSS.slice(open + 1, close).matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)) vars[m[1]!] = m[2]!.toLowerCase();
  return vars;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const THEMES = {
  light: block("[data-theme='light'] {"),
  sepia: block("[data-theme='sepia'] {"),
  dark: block("[data-theme='dark'] {"),
  system: block("[data-theme='system'] {"),
};

const KINDS = ['money', 'percent', 'quantity', 'ratio', 'date', 'document'];

describe('palette contrast (WCAG AA)', () => {
  it('the contrast formula is right', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [name, v] of Object.entries(THEMES)) {
    it(`${name}: text on every background ≥ 4.5:1`, () => {
      const rows: [string, string, string][] = [];
      for (const bg of ['bg', 'surface', 'surface-2']) {
        for (const fg of ['fg', 'muted', 'accent', 'danger', 'ok']) rows.push([fg, bg, `${fg} on ${bg}`]);
      }
      rows.push(['accent-fg', 'accent', 'primary button']);
      rows.push(['bg', 'fg', 'toast (inverted)']);
      rows.push(['fg', 'reading-bg', 'sentence being read']);
      for (const k of KINDS) rows.push(['fg', `fig-${k}`, `text in a ${k} highlight`]);
      const failures = rows
        .map(([fg, bg, what]) => ({ what, ratio: contrast(v[fg]!, v[bg]!) }))
        .filter((r) => !(r.ratio >= 4.5));
      expect(failures).toEqual([]);
    });

    it(`${name}: focus ring, borders and highlight underlines ≥ 3:1`, () => {
      const rows: [string, string][] = [['focus', 'bg'], ['focus', 'surface'], ['border', 'bg'], ['border', 'surface']];
      for (const k of KINDS) rows.push([`fig-line-${k}`, `fig-${k}`]);
      const failures = rows.map(([a, b]) => ({ pair: `${a}/${b}`, ratio: contrast(v[a]!, v[b]!) })).filter((r) => !(r.ratio >= 3));
      expect(failures).toEqual([]);
    });
  }

  it('"follow system" in dark mode is exactly the dark theme', () => {
    expect(THEMES.system).toEqual(THEMES.dark);
  });
});
