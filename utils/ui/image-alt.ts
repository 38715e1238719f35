// Portal images often have no alt at all, and an <img> without alt is read out as its file name. They get
// alt="": the caption next to them (when there is one) and the text around them carry the news.
export function ensureImageAlt(root: ParentNode): void {
  for (const img of Array.from(root.querySelectorAll('img:not([alt])'))) img.setAttribute('alt', '');
}

// The popup shows page-derived images as framed placeholders, never as <img>: loading them would make the popup
// a network client of the page's servers (with the site's cookies, and for lazy `data-src` images the page itself
// never loaded). The photos are fetched once, by the background, when the reader saves; the reader then shows the
// stored bytes. `label(alt)` words the frame ("Ảnh: …", or "Ảnh — hiện khi bạn lưu bài" without an alt).
export function imagePlaceholders(root: ParentNode, label: (alt: string) => string): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const doc = img.ownerDocument;
    const frame = doc.createElement('span');
    frame.className = 'img-missing img-preview';
    frame.setAttribute('role', 'img');
    const text = label((img.getAttribute('alt') ?? '').trim());
    frame.setAttribute('aria-label', text);
    frame.textContent = text;
    img.replaceWith(frame);
  }
  // The sanitiser already drops <source>; kept here so this function alone guarantees no image request.
  for (const source of Array.from(root.querySelectorAll('source'))) source.remove();
}
