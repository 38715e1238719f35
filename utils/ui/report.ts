// "Báo trang này": the popup copies a short, human-readable report to the clipboard so the reader can
// paste it into an e-mail or a chat. No network request is made: the extension collects nothing.
import type { Lang } from '../i18n/i18n';

export interface PageReport {
  url: string;
  reason: string;
  message: string;
  version: string;
  userAgent?: string;
  now?: Date;
}

export function buildPageReport(r: PageReport, lang: Lang): string {
  const labels = lang === 'vi'
    ? { head: 'Tin Sạch — trang không đọc được', url: 'Địa chỉ', reason: 'Lý do', version: 'Phiên bản', when: 'Thời điểm', browser: 'Trình duyệt' }
    : { head: 'Tin Sạch — page could not be read', url: 'URL', reason: 'Reason', version: 'Version', when: 'When', browser: 'Browser' };
  const lines = [
    labels.head,
    `${labels.url}: ${r.url || '—'}`,
    `${labels.reason}: ${r.reason} — ${r.message}`,
    `${labels.version}: ${r.version}`,
    `${labels.when}: ${(r.now ?? new Date()).toISOString()}`,
  ];
  if (r.userAgent) lines.push(`${labels.browser}: ${r.userAgent}`);
  return lines.join('\n');
}
