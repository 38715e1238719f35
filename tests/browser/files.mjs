// Files in and out of extension pages, for the scenarios: downloads (utils/ui/download.ts clicks an
// `<a download>`) are captured in the page instead of written to disk, and the library's import input is given a
// file as the file dialog would.
import { waitUntil } from './driver.mjs';

/** Captures `<a download>` clicks in an extension page (utils/ui/download.ts) instead of saving a file. */
export function captureDownloads(page) {
  return page.evaluate(() => {
    window.__downloads = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) {
        window.__downloads.push({ name: this.download, href: this.href });
        return undefined;
      }
      return click.call(this);
    };
  });
}

/** The next captured download as {name, text} (the blob URL is read in the page that made it). */
export async function nextDownload(page, what) {
  const got = await waitUntil(() => page.evaluate(() => window.__downloads.shift() ?? null), { timeout: 10_000, message: what });
  const text = await page.evaluate((href) => fetch(href).then((r) => r.text()), got.href);
  return { name: got.name, text };
}

/** Sets a file on the library's hidden import input, as choosing it in the file dialog would. */
export function chooseImportFile(page, name, type, text) {
  return page.evaluate(({ name, type, text }) => {
    const input = document.querySelector('[data-testid="import-file"]');
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, { name, type, text });
}

