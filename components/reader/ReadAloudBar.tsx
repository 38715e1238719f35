// Play / pause / stop for read-aloud, the speech rate, and an honest note when the computer has no
// Vietnamese voice (the browser then reads with another language's voice, which sounds wrong).
import type { ReadAloudState } from '../../utils/tts';
import { SPEECH_RATES } from '../../utils/settings';
import { t } from '../../utils/i18n';

export interface ReadAloudBarProps {
  supported: boolean;
  hasVietnameseVoice: boolean;
  voiceName: string | null;
  state: ReadAloudState;
  rate: number;
  onPlay: () => void;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  onRate: (rate: number) => void;
}

export function ReadAloudBar(p: ReadAloudBarProps) {
  if (!p.supported) {
    return (
      <section class="read-aloud" aria-labelledby="read-aloud-heading">
        <h2 id="read-aloud-heading" class="small-heading">{t('readAloudHeading')}</h2>
        <p class="note" data-testid="voice-note">{t('readAloudUnsupported')}</p>
      </section>
    );
  }
  return (
    <section class="read-aloud" aria-labelledby="read-aloud-heading" data-state={p.state}>
      <h2 id="read-aloud-heading" class="small-heading">{t('readAloudHeading')}</h2>
      <div class="actions">
        {p.state === 'playing' ? (
          <button type="button" class="btn btn-primary" onClick={p.onPause}>
            <span aria-hidden="true">⏸</span> {t('readAloudPause')}
          </button>
        ) : p.state === 'paused' ? (
          <button type="button" class="btn btn-primary" onClick={p.onResume}>
            <span aria-hidden="true">▶</span> {t('readAloudResume')}
          </button>
        ) : (
          <button type="button" class="btn btn-primary" onClick={p.onPlay} data-testid="read-aloud-play">
            <span aria-hidden="true">▶</span> {t('readAloudPlay')}
          </button>
        )}
        <button type="button" class="btn" onClick={p.onStop} disabled={p.state === 'idle'}>
          <span aria-hidden="true">■</span> {t('readAloudStop')}
        </button>
        <span class="field">
          <label for="speech-rate">{t('readAloudRate')}</label>
          <select id="speech-rate" value={String(p.rate)} onChange={(e) => p.onRate(Number((e.currentTarget as HTMLSelectElement).value))}>
            {SPEECH_RATES.map((r) => (
              <option key={r} value={String(r)}>
                {`${r}×`}
              </option>
            ))}
          </select>
        </span>
      </div>
      {p.hasVietnameseVoice ? (
        <p class="meta">{t('readAloudVoice', p.voiceName ?? '')}</p>
      ) : (
        <div class="note" data-testid="voice-note">
          <p>{t('readAloudNoVietnamese')}</p>
          <details>
            <summary>{t('readAloudInstallHeading')}</summary>
            <ul>
              <li>{t('readAloudInstallWindows')}</li>
              <li>{t('readAloudInstallAndroid')}</li>
              <li>{t('readAloudInstallMac')}</li>
            </ul>
          </details>
        </div>
      )}
    </section>
  );
}
