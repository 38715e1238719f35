#!/usr/bin/env node
// Checks every NAME.expected.json in this corpus against its page, mechanically.
// Usage: node tests/data/corpus-dev/check-fragments.mjs [DIR]   (DIR defaults to this folder)
// Plain Node + jsdom. Exits 1 when any check fails (or when no expected file is found).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

const HERE = dirname(fileURLToPath(import.meta.url));
export const KINDS = ['article', 'legal', 'list', 'home', 'search', 'properties', 'dataset', 'service', 'contact', 'gallery'];
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SELECT', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL']);

/** Collapse whitespace (NBSP included) and normalise to NFC. */
export const norm = (s) => s.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
const lower = (s) => s.toLocaleLowerCase('vi');

export function readPage(file) {
  let buf = readFileSync(file);
  if (file.endsWith('.gz')) buf = gunzipSync(buf);
  return buf.toString('utf8');
}

/** The page's visible text, twice: textContent, and an innerText-like version with breaks at block boundaries. */
export function pageTexts(html, url) {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  doc.querySelectorAll('script, style, noscript, template').forEach((el) => el.remove());
  const root = doc.body ?? doc.documentElement;
  const flat = norm(root.textContent ?? '');
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === 3) { parts.push(node.data); return; }
    if (node.nodeType !== 1) return;
    const block = BLOCK.has(node.tagName);
    if (block) parts.push('\n');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  const blocks = norm(parts.join(''));
  dom.window.close();
  return { flat, blocks };
}

const count = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Regexes for the printed forms of a YYYY-MM-DD date ("30/08/2024", "30-8-2024", "30 tháng 8, 2024", "ngày 30 tháng 8 năm 2024", "August 30, 2024", "2024-08-30"). */
export function dateForms(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  const [, y, mm, dd] = m;
  const d = String(Number(dd)), mo = String(Number(mm));
  const D = `0?${d}`, M = `0?${mo}`;
  return [
    new RegExp(`(?<!\\d)${D}\\s*[/.-]\\s*${M}\\s*[/.-]\\s*${y}(?!\\d)`),
    new RegExp(`(?<!\\d)${D}\\s+tháng\\s+${M}\\s*(,|năm)\\s*${y}(?!\\d)`, 'i'),
    new RegExp(`(?<!\\d)${y}\\s*-\\s*${mm}\\s*-\\s*${dd}(?!\\d)`),
    new RegExp(`${MONTHS_EN[Number(mm) - 1]}\\s+${D},?\\s+${y}(?!\\d)`, 'i'),
    new RegExp(`(?<!\\d)${D}\\s+${MONTHS_EN[Number(mm) - 1]},?\\s+${y}(?!\\d)`, 'i'),
  ];
}
const datePrinted = (text, iso) => (dateForms(iso) ?? []).some((re) => re.test(text));

export function findExpected(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.expected.json')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Check one expected file; returns a list of problems (empty when it passes). */
export function checkOne(expectedPath, dir) {
  const problems = [];
  const bad = (msg) => problems.push(msg);
  let exp;
  try { exp = JSON.parse(readFileSync(expectedPath, 'utf8')); } catch (e) { return [`unreadable JSON: ${e.message}`]; }
  const page = join(dir, exp.file ?? '');
  if (!exp.file || !existsSync(page)) return [`page ${exp.file} does not exist`];
  const base = relative(dir, expectedPath).replace(/\.expected\.json$/, '');
  if (exp.file.replace(/\.html(\.gz)?$/, '') !== base) bad(`"file" ${exp.file} does not sit beside ${relative(dir, expectedPath)}`);
  if (!/^https?:\/\/[^/]+/.test(exp.url ?? '')) bad('"url" must be an absolute http(s) URL');
  if (!KINDS.includes(exp.kind)) bad(`"kind" ${exp.kind} is not one of ${KINDS.join(', ')}`);
  const articleKind = exp.kind === 'article' || exp.kind === 'legal';
  if (exp.isArticle !== articleKind) bad(`isArticle ${exp.isArticle} does not match kind ${exp.kind}`);

  const { flat, blocks } = pageTexts(readPage(page), exp.url);
  const texts = [['textContent', flat], ['block text', blocks]];

  if (!articleKind) {
    for (const k of ['title', 'publishedAt', 'byline', 'lead']) if (exp[k] !== null) bad(`non-article: ${k} must be null`);
    if (!Array.isArray(exp.mustInclude) || exp.mustInclude.length) bad('non-article: mustInclude must be []');
  } else {
    for (const k of ['title', 'lead']) {
      if (typeof exp[k] !== 'string' || !exp[k]) { bad(`${k} missing`); continue; }
      const v = lower(norm(exp[k]).replace(/[.:;,!?…]+$/, ''));
      for (const [name, t] of texts) if (!lower(t).includes(v)) bad(`${k} not found in ${name}: "${exp[k]}"`);
    }
    if (exp.byline !== null && !lower(flat).includes(lower(norm(exp.byline)))) bad(`byline not found: "${exp.byline}"`);
    if (exp.publishedAt !== null && !datePrinted(flat, exp.publishedAt)) bad(`publishedAt ${exp.publishedAt} is not printed on the page`);
    if (!Array.isArray(exp.mustInclude) || exp.mustInclude.length < 4) bad('mustInclude needs 4 or more fragments');
  }
  for (const [name, t] of texts) {
    let last = -1;
    for (const f of exp.mustInclude ?? []) {
      const n = count(t, norm(f));
      if (n !== 1) { bad(`mustInclude found ${n}× (want 1) in ${name}: "${f}"`); continue; }
      const at = t.indexOf(norm(f));
      if (at < last) bad(`mustInclude out of order in ${name}: "${f}"`);
      last = at;
    }
    for (const f of exp.mustExclude ?? []) if (!t.includes(norm(f))) bad(`mustExclude not found in ${name}: "${f}"`);
  }
  if (!(exp.mustExclude ?? []).length) bad('mustExclude needs at least one fragment');

  if (exp.kind === 'legal') {
    const d = exp.document;
    if (!d || typeof d !== 'object') bad('legal page needs a "document" object');
    else {
      for (const k of ['type', 'number', 'issuer', 'signed']) if (typeof d[k] !== 'string' || !d[k]) bad(`document.${k} missing`);
      if (d.number && !flat.includes(norm(d.number))) bad(`document.number not printed: "${d.number}"`);
      if (d.type && !lower(flat).includes(lower(d.type))) bad(`document.type not printed: "${d.type}"`);
      if (d.issuer && !lower(flat).includes(lower(norm(d.issuer)))) bad(`document.issuer not printed: "${d.issuer}"`);
      if (d.signed && !datePrinted(flat, d.signed)) bad(`document.signed ${d.signed} is not printed on the page`);
      if (d.in_force != null && !datePrinted(flat, d.in_force)) bad(`document.in_force ${d.in_force} is not printed on the page`);
      if (d.status != null && !lower(flat).includes(lower(d.status))) bad(`document.status not printed: "${d.status}"`);
      for (const k of ['in_force', 'status']) if (!(k in d)) bad(`document.${k} must be present (null when not shown)`);
    }
  } else if (exp.document !== undefined) bad('"document" belongs on legal pages only');
  return problems;
}

export function checkAll(dir = HERE) {
  const files = findExpected(dir);
  return files.map((f) => ({ file: relative(dir, f), problems: checkOne(f, dir) }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? HERE);
  const results = checkAll(dir);
  let failed = 0;
  for (const r of results) {
    if (r.problems.length) { failed++; console.log(`FAIL ${r.file}`); r.problems.forEach((p) => console.log(`     ${p}`)); }
    else console.log(`ok   ${r.file}`);
  }
  if (!results.length) { console.log(`no *.expected.json under ${dir}`); process.exit(1); }
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
