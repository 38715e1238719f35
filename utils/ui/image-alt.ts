// Portal images often have no alt at all, and an <img> without alt is read out as its file name. They get
// alt="": the caption next to them (when there is one) and the text around them carry the news.
export function ensureImageAlt(root: ParentNode): void {
  for (const img of Array.from(root.querySelectorAll('img:not([alt])'))) img.setAttribute('alt', '');
}
