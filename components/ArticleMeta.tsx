// site · date · byline · reading time, in the UI language.
import { t, type Lang } from '../utils/i18n/i18n';
import { formatDate } from '../utils/ui/format';
import { siteDisplayName } from '../utils/sites/site-display-name';

export interface ArticleMetaProps {
  siteName: string | null;
  url: string;
  publishedAt: string | null;
  byline: string | null;
  readingMinutes: number;
  lang: Lang;
}

export function ArticleMeta(p: ArticleMetaProps) {
  const parts: string[] = [];
  const site = siteDisplayName(p.siteName, p.url);
  if (site) parts.push(site);
  const date = formatDate(p.publishedAt, p.lang, { withTime: true });
  if (date) parts.push(date);
  if (p.byline?.trim()) parts.push(p.byline.trim());
  if (p.readingMinutes > 0) parts.push(t('readingMinutes', Math.max(1, Math.round(p.readingMinutes))));
  return <p class="meta article-meta">{parts.join(' · ')}</p>;
}
