// "Theo dõi trang này": follows the list page the digest shows, so the extension checks it on a schedule and
// lists its new articles under "Tin mới" in the library. A toggle (aria-pressed); pressed again it unfollows.
// When the site is not one the extension may already read, the click itself asks for that one site.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/i18n';
import type { PageDigest } from '../../utils/digest/teasers';
import type { Status } from '../StatusLine';

export type FollowResult = 'ok' | 'denied' | 'too-many' | 'failed';

export interface FollowDeps {
  isFollowed(pageUrl: string): Promise<boolean>;
  /** `askAccess`: ask the reader for the site first (called within the click, before anything is awaited). */
  follow(digest: PageDigest, askAccess: boolean): Promise<FollowResult>;
  unfollow(pageUrl: string): Promise<boolean>;
  /** How many pages one reader may follow (said when the limit is reached). */
  maxFollows: number;
}

export interface FollowButtonProps {
  digest: PageDigest;
  deps: FollowDeps;
  /** The site is outside what the extension may read: the click asks first. */
  needsAccess: boolean;
  onStatus(status: Status): void;
  /** The reader allowed the site while following: the digest may read its articles now. */
  onAccessGranted(): void;
}

export function FollowButton({ digest, deps, needsAccess, onStatus, onAccessGranted }: FollowButtonProps) {
  const [followed, setFollowed] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void deps.isFollowed(digest.pageUrl).then((yes) => live && setFollowed(yes), () => live && setFollowed(false));
    return () => {
      live = false;
    };
  }, [deps, digest.pageUrl]);

  const toggle = async () => {
    if (busy) return;
    setBusy(true);
    try {
      if (followed) {
        const ok = await deps.unfollow(digest.pageUrl).catch(() => false);
        if (ok) setFollowed(false);
        onStatus(ok ? { text: t('followStatusOff'), tone: 'ok' } : { text: t('followFailed'), tone: 'error' });
        return;
      }
      const result = await deps.follow(digest, needsAccess).catch((): FollowResult => 'failed');
      if (result === 'ok') {
        setFollowed(true);
        if (needsAccess) onAccessGranted();
      }
      const words: Record<FollowResult, Status> = {
        ok: { text: t('followStatusOn'), tone: 'ok' },
        denied: { text: t('followDenied'), tone: 'error' },
        'too-many': { text: t('followTooMany', String(deps.maxFollows)), tone: 'error' },
        failed: { text: t('followFailed'), tone: 'error' },
      };
      onStatus(words[result]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      class={followed ? 'btn btn-follow is-on' : 'btn btn-follow'}
      data-testid="follow-button"
      aria-pressed={followed === true}
      aria-busy={busy}
      disabled={followed === null || busy}
      title={t('followHint')}
      onClick={() => void toggle()}
    >
      <span aria-hidden="true">{followed ? '★' : '☆'}</span> {followed ? t('followButtonOn') : t('followButton')}
    </button>
  );
}
