// Addresses a photo fetch must never reach. The background fetches an article's photos with the extension's
// privileges (host access, no page origin), so an image URL written by a page or a backup could otherwise make
// it read the reader's own machine (127.0.0.1, localhost), their router or office network (10/8, 172.16/12,
// 192.168/16, 100.64/10, link-local 169.254/16 and fe80::/10, fc00::/7) and store the answers as "photos".
// The rule is wider than those ranges and needs no list: a photo host named only by an IP (v4 in any form the
// URL parser normalises — decimal, hex, octal — or any v6 literal, which includes [::1] and [::ffff:127.0.0.1]),
// localhost and *.localhost, and one-label names (resolved on the local network) are refused — unless the
// article's own page is on that very host and port, where the page shows those photos itself.
import { webUrl } from './same-site';

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** True for a host (as the URL parser gives it) that names the reader's machine or network, not a web site. */
export function isInternalHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (h === '' || h.startsWith('[') || h.includes(':')) return true;
  if (IPV4.test(h)) return true;
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  return !h.includes('.');
}

/**
 * True when `imageUrl` is an http(s) URL on an internal host (above) other than the page's own host and port.
 * Checked before any request, at save and at "Tải lại ảnh" alike. Other URLs (data: images) are not this
 * rule's business.
 */
export function isRefusedImageUrl(imageUrl: string, pageUrl: string): boolean {
  const image = webUrl(imageUrl);
  if (!image || !isInternalHost(image.hostname)) return false;
  const page = webUrl(pageUrl);
  return !page || page.host !== image.host;
}
