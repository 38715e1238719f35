// The header's storage line: how many articles, how much space, and whether the browser keeps it for good.
import { t, type Lang } from '../../utils/i18n/i18n';
import { formatBytes, formatNumber } from '../../utils/ui/format';
import type { LibraryStatsView } from './types';

export function StorageLine({ stats, lang }: { stats: LibraryStatsView | null; lang: Lang }) {
  if (!stats) return <p class="meta storage">&nbsp;</p>;
  const used = stats.usage ?? stats.bytes;
  const parts = [t('storageArticles', formatNumber(stats.count, lang)), t('storageUsed', formatBytes(used, lang))];
  if (stats.quota) parts.push(t('storageQuota', formatBytes(stats.quota, lang)));
  parts.push(stats.persisted === true ? t('storagePersistent') : stats.persisted === false ? t('storageNotPersistent') : t('storagePersistUnknown'));
  return (
    <p class="meta storage" data-testid="storage-info">
      {parts.join(' · ')}
    </p>
  );
}
