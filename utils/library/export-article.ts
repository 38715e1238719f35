// One article as a standalone HTML page the user keeps outside the extension (Markdown: utils/export/markdown.ts).
// Metadata comes from web pages, so every piece of it is escaped for where it lands; the HTML body is
// article.html, already sanitised at extraction, and the page also carries a CSP that forbids scripts.
import type { AnalysedArticle } from '../model/analysed-article';
import type { SavedArticle } from '../model/saved-article';
import { safeHttpUrl } from '../ui/safe-url';

type AnyArticle = SavedArticle | AnalysedArticle;

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}


function dateOnly(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function metaLine(a: AnyArticle): string[] {
  return [a.siteName, a.byline, dateOnly(a.publishedAt)].filter((x): x is string => !!x && x.trim() !== '');
}

const STYLE = `body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.125rem/1.7 Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fffdf8}
h1{font-size:1.8rem;line-height:1.3}.meta{color:#555;font-size:.95rem}.lead{font-weight:bold}
img{max-width:100%;height:auto}figure{margin:1.5rem 0}figcaption{font-size:.9rem;color:#555}
footer{margin-top:3rem;border-top:1px solid #ddd;padding-top:1rem;font-size:.9rem;color:#555}`;

export function articleToHtmlDocument(a: AnyArticle): string {
  const lang = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(a.lang) ? a.lang : 'vi';
  const meta = metaLine(a).map(escapeHtml).join(' · ');
  const source = safeHttpUrl(a.url);
  const time = a.publishedAt ? `<time datetime="${escapeHtml(a.publishedAt)}">` : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(a.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
<header>
<h1>${escapeHtml(a.title)}</h1>
${meta ? `<p class="meta">${time}${meta}${time ? '</time>' : ''}</p>` : ''}
${a.lead ? `<p class="lead">${escapeHtml(a.lead)}</p>` : ''}
</header>
${a.html}
<footer>Nguồn: ${source ? `<a href="${escapeHtml(source)}">${escapeHtml(source)}</a>` : escapeHtml(a.url)}</footer>
</article>
</body>
</html>
`;
}
