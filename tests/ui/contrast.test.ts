// WCAG AA in every theme, computed from the palette in components/theme.css itself (not a copy of it):
// body text ≥ 4.5:1 on every background it is used on; figure highlights and the read-aloud highlight
// keep the text at ≥ 4.5:1; focus outlines and borders of controls ≥ 3:1 (non-text contrast).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Statement at-rules (`@import …;`) stand before the first rule and are not part of any selector.
const CSS = readFileSync(resolve(__dirname, '../../components/theme.css'), 'utf8').replace(/@import[^;]*;/g, '');

/** The declarations of the rule whose whole selector list is `selector` (comments and spacing aside). */
function declarations(selector: string): string {
  const tidy = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
  const rule = [...CSS.matchAll(/([^{}]*)\{([^{}]*)\}/g)].find((m) => tidy(m[1]!) === tidy(selector));
  if (!rule) throw new Error(`no rule for ${selector} in theme.css`);
  return rule[2]!;
}

/** A palette written with plain colours (`--name: #rrggbb;`). */
function block(selector: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const m of declarations(selector).matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)) vars[m[1]!] = m[2]!.toLowerCase();
  return vars;
}

/** Light and dark written once as `--name: light-dark(#light, #dark);`: the two palettes it holds. */
function lightDark(selector: string): { light: Record<string, string>; dark: Record<string, string>; names: string[] } {
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  const names: string[] = [];
  for (const m of declarations(selector).matchAll(/--([a-z0-9-]+):\s*([^;]+);/gi)) {
    names.push(m[1]!);
    const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(m[2]!.trim());
    if (!pair) continue;
    light[m[1]!] = pair[1]!.toLowerCase();
    dark[m[1]!] = pair[2]!.toLowerCase();
  }
  return { light, dark, names };
}

/** The color-scheme the rule for exactly `selector` gives. */
function colorScheme(selector: string): string | undefined {
  return /color-scheme:\s*([^;]+);/.exec(declarations(selector))?.[1]?.trim();
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const SHARED = ":root, [data-theme='light'], [data-theme='dark'], [data-theme='system']";
const PAIRS = lightDark(SHARED);
const SEPIA = block("[data-theme='sepia']");
const THEMES = { light: PAIRS.light, sepia: SEPIA, dark: PAIRS.dark };

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

  it('every colour of the light and dark palette is a light-dark() pair, and sepia sets the same colours', () => {
    expect(PAIRS.names.length).toBeGreaterThan(20);
    expect(Object.keys(PAIRS.light)).toEqual(PAIRS.names);
    expect(Object.keys(PAIRS.dark)).toEqual(PAIRS.names);
    expect(Object.keys(SEPIA).sort()).toEqual([...PAIRS.names].sort());
  });

  it('"follow system" shows the dark palette when the system asks for it, and "dark" always does', () => {
    expect(colorScheme("[data-theme='system']")).toBe('light dark');
    expect(colorScheme("[data-theme='dark']")).toBe('dark');
    expect(colorScheme(SHARED)).toBe('light');
    expect(colorScheme("[data-theme='sepia']")).toBe('light');
  });
});
