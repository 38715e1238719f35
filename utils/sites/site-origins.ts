// The host-permission patterns the extension asks for when the reader allows one site: the whole registrable
// domain (a provincial portal and its district portals are one site), and the page's own host.
import { registrableDomain } from './same-site';

export const siteOrigins = (pageUrl: string): string[] => {
  const host = new URL(pageUrl).hostname;
  const domain = registrableDomain(host);
  // Chrome's "*.domain" also matches the domain itself; the site's own host is named too for Firefox.
  return [...new Set([`*://*.${domain}/*`, `*://${host}/*`])];
};
