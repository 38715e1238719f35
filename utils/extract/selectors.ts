// One pass over a page's elements answering many selector groups at once.
//
// Why not querySelectorAll: under linkedom (CLI, bench) every call walks the whole page, and a long
// selector list is much slower than its parts (measured on dantri: the clean-up rules as one list took
// 14 ms, one by one 4.5 ms, this index < 2 ms together with the title, lead, author and date groups).
// In browsers it is on par. The index understands the selector subset our rules use — type, #id,
// .class, [attr], [attr=v], [attr*=v], [attr^=v], [attr$=v], [attr~=v], :not(…), descendant
// combinator — and falls back to Element.matches for anything else.

interface AttrTest {
  name: string;
  op: '' | '=' | '*=' | '^=' | '$=' | '~=';
  value: string;
  ci: boolean;
}

interface Compound {
  tag: string;
  id: string;
  classes: string[];
  attrs: AttrTest[];
  nots: Compound[];
}

/** A compiled selector: compounds left to right, joined by the descendant combinator. */
interface Complex {
  source: string;
  parts: Compound[];
  /** Set when the subset parser could not read it: Element.matches is used instead. */
  fallback: boolean;
}

const ATTR = /^\[\s*([\w:-]+)\s*(?:([*^$~]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*(i)?\s*)?\]/;

function splitTopLevel(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && (sep === ' ' ? /\s/.test(ch) : ch === sep)) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function parseCompound(src: string): Compound | null {
  const c: Compound = { tag: '', id: '', classes: [], attrs: [], nots: [] };
  let s = src;
  const tag = /^(\*|[a-zA-Z][\w-]*)/.exec(s);
  if (tag) {
    c.tag = tag[1] === '*' ? '' : tag[1]!.toUpperCase();
    s = s.slice(tag[0].length);
  }
  while (s) {
    let m: RegExpExecArray | null;
    if ((m = /^#([\w-]+)/.exec(s))) c.id = m[1]!;
    else if ((m = /^\.([\w-]+)/.exec(s))) c.classes.push(m[1]!.toLowerCase());
    else if ((m = ATTR.exec(s))) {
      c.attrs.push({ name: m[1]!.toLowerCase(), op: (m[2] ?? '') as AttrTest['op'], value: m[3] ?? m[4] ?? m[5] ?? '', ci: !!m[6] });
    } else if (s.startsWith(':not(')) {
      let depth = 0;
      let end = -1;
      for (let i = 4; i < s.length; i++) {
        if (s[i] === '(') depth++;
        else if (s[i] === ')' && --depth === 0) {
          end = i;
          break;
        }
      }
      const inner = end > 0 ? parseCompound(s.slice(5, end).trim()) : null;
      if (!inner) return null;
      c.nots.push(inner);
      s = s.slice(end + 1);
      continue;
    } else return null;
    s = s.slice(m[0].length);
  }
  return c;
}

function compile(source: string): Complex {
  const parts = splitTopLevel(source, ' ').map(parseCompound);
  if (parts.some((p) => !p) || parts.length === 0) return { source, parts: [], fallback: true };
  return { source, parts: parts as Compound[], fallback: false };
}

/** What the scan reads once per element, so each selector test is a few comparisons. */
interface Facts {
  tag: string;
  id: string | null;
  /** Lower-case class attribute and its tokens. */
  cls: string;
  tokens: string[];
}

const NO_TOKENS: string[] = [];
const SPACE = /\s+/;

/**
 * The class attribute as `getAttribute('class')` reports it, lower-cased. Read through the attribute
 * node: under linkedom `getAttribute('class')` goes through `classList`, which builds (and keeps) a
 * token Set on every element it is asked about — a third of the scan's time. linkedom's value is the
 * de-duplicated tokens joined by one space; the same normalisation is applied here so matching does not
 * change (in browsers the raw value and the tokens match alike: our selectors hold no spaces).
 */
interface ClassInfo {
  cls: string;
  tokens: string[];
}

/**
 * Class attributes repeat a lot (dantri gives ~1 000 elements 137 different ones, 47 000 characters in
 * all): each distinct value is split once. Bounded: cleared when it grows past CLASS_CACHE_MAX.
 */
const classCache = new Map<string, ClassInfo>();
const CLASS_CACHE_MAX = 4096;
const NO_CLASS: ClassInfo = { cls: '', tokens: NO_TOKENS };

function classInfo(raw: string): ClassInfo {
  const parts = raw.split(SPACE);
  if (parts.length === 1) {
    const cls = raw.toLowerCase();
    return { cls, tokens: [cls] };
  }
  // Most class attributes are already clean (no outer spaces, no repeated token): keep them as they are.
  let clean = parts[0] !== '' && parts[parts.length - 1] !== '';
  if (clean && parts.length > 8) clean = new Set(parts).size === parts.length;
  else for (let i = 1; clean && i < parts.length; i++) for (let j = 0; j < i; j++) if (parts[j] === parts[i]) clean = false;
  let unique = parts;
  if (!clean) {
    unique = [];
    for (const t of parts) if (t && !unique.includes(t)) unique.push(t);
  }
  const cls = unique.join(' ').toLowerCase();
  return { cls, tokens: cls ? cls.split(' ') : NO_TOKENS };
}

function classOf(el: Element): ClassInfo {
  const raw = el.getAttributeNode('class')?.value;
  if (!raw) return NO_CLASS;
  let info = classCache.get(raw);
  if (!info) {
    if (classCache.size >= CLASS_CACHE_MAX) classCache.clear();
    info = classInfo(raw);
    classCache.set(raw, info);
  }
  return info;
}

function factsOf(el: Element, into?: Facts): Facts {
  const { cls, tokens } = classOf(el);
  const f = into ?? ({} as Facts);
  f.tag = el.tagName.toUpperCase();
  f.id = el.getAttribute('id');
  f.cls = cls;
  f.tokens = tokens;
  return f;
}

function attrMatches(el: Element, t: AttrTest, f: Facts): boolean {
  const raw = t.name === 'class' ? (f.cls || (el.hasAttribute('class') ? '' : null)) : t.name === 'id' ? f.id : el.getAttribute(t.name);
  if (raw === null) return false;
  if (!t.op) return true;
  // Class values are already lower-case; compare the selector's value the same way.
  const v = t.ci ? raw.toLowerCase() : raw;
  const w = t.ci || t.name === 'class' ? t.value.toLowerCase() : t.value;
  switch (t.op) {
    case '=':
      return v === w;
    case '*=':
      return w !== '' && v.includes(w);
    case '^=':
      return w !== '' && v.startsWith(w);
    case '$=':
      return w !== '' && v.endsWith(w);
    case '~=':
      return v.split(/\s+/).includes(w);
  }
}

function compoundMatches(el: Element, c: Compound, f: Facts = factsOf(el)): boolean {
  if (c.tag && f.tag !== c.tag) return false;
  if (c.id && f.id !== c.id) return false;
  for (const k of c.classes) if (!f.tokens.includes(k)) return false;
  for (const a of c.attrs) if (!attrMatches(el, a, f)) return false;
  for (const n of c.nots) if (compoundMatches(el, n, f)) return false;
  return true;
}

function complexMatches(el: Element, cx: Complex, f: Facts = factsOf(el)): boolean {
  if (cx.fallback) {
    try {
      return el.matches(cx.source);
    } catch {
      return false;
    }
  }
  const parts = cx.parts;
  if (!compoundMatches(el, parts[parts.length - 1]!, f)) return false;
  // Descendant combinators only: match the remaining compounds on ancestors, greedily (correct for ' ').
  let i = parts.length - 2;
  for (let a = el.parentElement; a && i >= 0; a = a.parentElement) {
    if (compoundMatches(a, parts[i]!)) i--;
  }
  return i < 0;
}

/** A compiled selector list: `matches(el)`. */
export function compileSelector(list: string): (el: Element) => boolean {
  const complexes = splitTopLevel(list, ',').map(compile);
  return (el) => complexes.some((cx) => complexMatches(el, cx));
}

/** Nearest ancestor-or-self matching a compiled selector (Element.closest without re-parsing). */
export function closestMatching(el: Element, matches: (el: Element) => boolean, stopAt?: Element): Element | null {
  for (let e: Element | null = el; e && e !== stopAt; e = e.parentElement) if (matches(e)) return e;
  return null;
}

/** How an element is looked up: by the rightmost compound's most selective part. */
type Key = { kind: 'id' | 'class' | 'tag' | 'attr' | 'any'; value: string };

function keyOf(cx: Complex): Key {
  if (cx.fallback) return { kind: 'any', value: '' };
  const last = cx.parts[cx.parts.length - 1]!;
  if (last.id) return { kind: 'id', value: last.id };
  if (last.classes.length) return { kind: 'class', value: last.classes[0]! };
  if (last.tag) return { kind: 'tag', value: last.tag };
  if (last.attrs.length) return { kind: 'attr', value: last.attrs[0]!.name };
  return { kind: 'any', value: '' };
}

interface Entry {
  group: string;
  cx: Complex;
}

/**
 * Many named selector lists answered by ONE walk over the page's elements. Groups come back in
 * document order, each element at most once per group.
 */
export class SelectorIndex<G extends string> {
  private byId = new Map<string, Entry[]>();
  private byClass = new Map<string, Entry[]>();
  private byTag = new Map<string, Entry[]>();
  private byAttr = new Map<string, Entry[]>();
  private any: Entry[] = [];
  private attrNames: string[] = [];
  private byClassSubstring: Entry[] = [];
  private classSubstrings: RegExp | null = null;

  constructor(private readonly groups: Record<G, string>) {
    for (const group of Object.keys(groups) as G[]) {
      for (const src of splitTopLevel(groups[group], ',')) {
        const cx = compile(src);
        const key = keyOf(cx);
        const entry = { group, cx };
        const first = cx.fallback ? undefined : cx.parts[cx.parts.length - 1]!.attrs[0];
        if (key.kind === 'attr' && first?.name === 'class' && first.op === '*=') {
          this.byClassSubstring.push(entry);
          continue;
        }
        const map = key.kind === 'id' ? this.byId : key.kind === 'class' ? this.byClass : key.kind === 'tag' ? this.byTag : key.kind === 'attr' ? this.byAttr : null;
        if (!map) {
          this.any.push(entry);
          continue;
        }
        const list = map.get(key.value) ?? [];
        list.push(entry);
        map.set(key.value, list);
      }
    }
    this.attrNames = [...this.byAttr.keys()];
    const subs = this.byClassSubstring.map((e) => e.cx.parts[e.cx.parts.length - 1]!.attrs[0]!.value.toLowerCase());
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.classSubstrings = subs.length ? new RegExp(subs.map(escape).join('|')) : null;
  }

  /**
   * `onText`: also called with every text node under `root`, in document order, for a caller that
   * needs them too (one walk instead of two).
   */
  scan(root: Element, onText?: (node: Node) => void): Record<G, Element[]> {
    const out = {} as Record<G, Element[]>;
    for (const g of Object.keys(this.groups) as G[]) out[g] = [];
    const walker = root.ownerDocument.createTreeWalker(root, onText ? 1 | 4 : 1);
    // The element each group last received: an element goes into a group at most once.
    const last = new Map<string, Element>();
    const check = (el: Element, f: Facts, entries: Entry[] | undefined) => {
      if (!entries) return;
      for (const e of entries) {
        if (last.get(e.group) === el) continue;
        if (complexMatches(el, e.cx, f)) {
          last.set(e.group, el);
          out[e.group as G].push(el);
        }
      }
    };
    const byAttr = this.byAttr;
    // One Facts object for the element being scanned (ancestors tested by descendant combinators get their own).
    const f = {} as Facts;
    for (let n: Node | null = root; n; n = walker.nextNode()) {
      if (n.nodeType !== 1) {
        onText!(n);
        continue;
      }
      const el = n as Element;
      factsOf(el, f);
      if (f.id) check(el, f, this.byId.get(f.id));
      for (const t of f.tokens) check(el, f, this.byClass.get(t));
      check(el, f, this.byTag.get(f.tag));
      // [class*=…] selectors: one union test on the class string before trying them one by one.
      if (f.cls && this.classSubstrings && this.classSubstrings.test(f.cls)) check(el, f, this.byClassSubstring);
      if (el.hasAttributes()) for (const name of this.attrNames) if (el.hasAttribute(name)) check(el, f, byAttr.get(name));
      if (this.any.length) check(el, f, this.any);
    }
    return out;
  }
}
