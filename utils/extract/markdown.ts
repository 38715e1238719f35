// Article → clean Markdown (the CLI's `--format md`): title, a meta line (site · date · byline), the
// lead, the body converted from the sanitised HTML, then a table of key figures when there are some.
// Takes the parsed article HTML as an element, so it runs on any DOM.
import type { Article } from '../article';
import type { Figure } from '../figure';
import { ELEMENT_NODE, TEXT_NODE, normSpace } from './dom';

/** Characters that would start Markdown syntax inside running text. */
function escapeInline(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function inline(node: Node): string {
  if (node.nodeType === TEXT_NODE) return escapeInline((node.nodeValue ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  const inner = () => Array.from(el.childNodes).map(inline).join('');
  switch (el.tagName) {
    case 'BR':
      return '  \n';
    case 'STRONG':
    case 'B': {
      const t = inner().trim();
      return t ? `**${t}**` : '';
    }
    case 'EM':
    case 'I': {
      const t = inner().trim();
      return t ? `*${t}*` : '';
    }
    case 'CODE':
      return `\`${(el.textContent ?? '').replace(/`/g, '')}\``;
    case 'A': {
      const t = inner().trim();
      const href = el.getAttribute('href') ?? '';
      return href && t ? `[${t}](${href.replace(/\)/g, '%29')})` : t;
    }
    case 'IMG': {
      const src = el.getAttribute('src') ?? '';
      return src ? `![${escapeInline(normSpace(el.getAttribute('alt') ?? ''))}](${src.replace(/\)/g, '%29')})` : '';
    }
    default:
      return inner();
  }
}

function cellText(cell: Element): string {
  return normSpace(Array.from(cell.childNodes).map(inline).join('')).replace(/\|/g, '\\|') || ' ';
}

function table(el: Element): string {
  const rows = Array.from(el.querySelectorAll('tr')).map((tr) => Array.from(tr.children).filter((c) => /^T[DH]$/.test(c.tagName)).map(cellText));
  if (!rows.length) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill(' ')];
  const [head, ...body] = rows.map(pad);
  return [`| ${head!.join(' | ')} |`, `| ${Array<string>(width).fill('---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const BLOCK_CHILDREN = /^(?:P|DIV|SECTION|ARTICLE|UL|OL|TABLE|FIGURE|FIGCAPTION|BLOCKQUOTE|PRE|H[1-6]|HR|DL)$/;

/** Block-level conversion; recursion depth is bounded by the sanitised article's nesting. */
function blocks(el: Element, depth = 0): string[] {
  const out: string[] = [];
  let para = '';
  const flush = () => {
    const t = para.replace(/[ \t]+\n/g, '\n').replace(/[ \t]{2,}/g, ' ').trim();
    if (t) out.push(t);
    para = '';
  };
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType !== ELEMENT_NODE || !BLOCK_CHILDREN.test((node as Element).tagName)) {
      para += inline(node);
      continue;
    }
    flush();
    const child = node as Element;
    const tag = child.tagName;
    if (/^H[1-6]$/.test(tag)) {
      const t = normSpace(Array.from(child.childNodes).map(inline).join(''));
      if (t) out.push(`${'#'.repeat(Math.min(6, Number(tag[1]) + 1))} ${t}`);
    } else if (tag === 'UL' || tag === 'OL') {
      const items = Array.from(child.children).filter((li) => li.tagName === 'LI');
      out.push(items.map((li, i) => `${tag === 'OL' ? `${i + 1}.` : '-'} ${blocks(li, depth + 1).join(' ').trim()}`).join('\n'));
    } else if (tag === 'TABLE') {
      out.push(table(child));
    } else if (tag === 'BLOCKQUOTE') {
      out.push(blocks(child, depth + 1).map((b) => b.replace(/^/gm, '> ')).join('\n>\n'));
    } else if (tag === 'PRE') {
      out.push('```\n' + (child.textContent ?? '').replace(/```/g, '') + '\n```');
    } else if (tag === 'FIGCAPTION') {
      const t = normSpace(Array.from(child.childNodes).map(inline).join(''));
      if (t) out.push(`*${t}*`);
    } else if (tag === 'HR') {
      out.push('---');
    } else if (depth > 200) {
      out.push(normSpace(child.textContent ?? ''));
    } else {
      // figure, div, p …: their children, figcaption as an italic line.
      for (const b of blocks(child, depth + 1)) out.push(b);
    }
  }
  flush();
  return out.filter(Boolean);
}

function figuresTable(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const value = f.kind === 'date' ? f.date ?? '' : f.kind === 'document' ? f.code ?? '' : f.value !== undefined ? String(f.value) : '';
    return `| ${escapeInline(f.text)} | ${f.kind} | ${escapeInline(value)} | ${escapeInline(f.unit ?? '')} |`;
  });
  return ['| Số liệu | Loại | Giá trị | Đơn vị |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** `htmlRoot`: an element whose children are the parsed `article.html`. */
export function articleToMarkdown(article: Article, htmlRoot: Element, figures: Figure[] = []): string {
  const parts: string[] = [`# ${normSpace(article.title)}`];
  const meta = [article.siteName, article.publishedAt, article.byline].filter((x): x is string => !!x);
  if (meta.length) parts.push(`*${meta.map(escapeInline).join(' · ')}*`);
  if (article.lead) parts.push(`**${escapeInline(article.lead)}**`);
  parts.push(...blocks(htmlRoot));
  if (article.attachments.length) {
    parts.push('## Tệp đính kèm', article.attachments.map((a) => `- [${escapeInline(a.name)}](${a.href})`).join('\n'));
  }
  if (figures.length) parts.push('## Số liệu', figuresTable(figures));
  return parts.join('\n\n') + '\n';
}
