// Play / pause / stop for read-aloud, the speech rate, and an honest one-line note when the computer has
// no Vietnamese voice (the browser then reads with another language's voice, which sounds wrong). While
// reading (playing or paused) the bar is pinned to the bottom of the window (reader.css): the text scrolls
// along with the voice, and Pause and Stop must stay in reach. The note can be dismissed for good.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ReadAloudState } from '../../utils/read-aloud/tts';
import { helpOrder, type HelpSystem, type VoiceChoice } from '../../utils/read-aloud/voice-choice';
import { SPEECH_RATES } from '../../utils/prefs/reading-settings';
import { t } from '../../utils/i18n/i18n';

export interface ReadAloudBarProps {
  supported: boolean;
  voice: VoiceChoice;
  /** The reader's system: its voice-install instructions come first. */
  system: HelpSystem;
  /** The last attempt to read failed (the synthesiser reported an error). */
  failed: boolean;
  /** The reader dismissed the no-voice note (stored). */
  voiceNoteHidden: boolean;
  onDismissVoiceNote: () => void;
  state: ReadAloudState;
  rate: number;
  onPlay: () => void;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  onRate: (rate: number) => void;
}

const INSTALL_HELP: Record<HelpSystem, Parameters<typeof t>[0]> = {
  windows: 'readAloudInstallWindows',
  android: 'readAloudInstallAndroid',
  mac: 'readAloudInstallMac',
  linux: 'readAloudInstallLinux',
};

function InstallHelp({ system }: { system: HelpSystem }) {
  return (
    <ul class="voice-help" data-testid="voice-help">
      {helpOrder(system).map((s) => (
        <li key={s}>{t(INSTALL_HELP[s])}</li>
      ))}
    </ul>
  );
}

export function ReadAloudBar(p: ReadAloudBarProps) {
  // No voice at all: nothing to press, the reason and the way forward instead.
  if (p.supported && p.voice.kind === 'none') {
    return (
      <section class="read-aloud" aria-labelledby="read-aloud-heading" data-testid="read-aloud">
        <h2 id="read-aloud-heading" class="small-heading">{t('readAloudHeading')}</h2>
        <div class="voice-note" data-testid="voice-none" role="status">
          <p>{t('readAloudNoVoice')}</p>
          <InstallHelp system={p.system} />
        </div>
      </section>
    );
  }
  if (!p.supported) {
    return (
      <section class="read-aloud" aria-labelledby="read-aloud-heading">
        <h2 id="read-aloud-heading" class="small-heading">{t('readAloudHeading')}</h2>
        <p class="note" data-testid="voice-note">{t('readAloudUnsupported')}</p>
      </section>
    );
  }
  const active = p.state !== 'idle';
  // The pinned bar leaves the text flow: its slot keeps the height it had, so the text does not move up
  // under the reader's eyes when reading starts.
  const slot = useRef<HTMLDivElement | null>(null);
  const idleHeight = useRef(0);
  useLayoutEffect(() => {
    const el = slot.current;
    if (!el) return;
    if (active) el.style.minHeight = `${idleHeight.current}px`;
    else {
      el.style.minHeight = '';
      idleHeight.current = el.offsetHeight;
    }
  });
  return (
    <div class="read-aloud-slot" ref={slot}>
      <section class={active ? 'read-aloud is-active' : 'read-aloud'} aria-labelledby="read-aloud-heading" data-state={p.state} data-testid="read-aloud">
        <h2 id="read-aloud-heading" class="small-heading">{t('readAloudHeading')}</h2>
        <div class="actions">
          {/* One button element for play, pause and resume: it keeps the keyboard focus as it changes. */}
          <button
            type="button"
            class="btn btn-primary"
            data-testid={p.state === 'idle' ? 'read-aloud-play' : 'read-aloud-pause'}
            onClick={p.state === 'playing' ? p.onPause : p.state === 'paused' ? p.onResume : p.onPlay}
          >
            <span aria-hidden="true">{p.state === 'playing' ? '⏸' : '▶'}</span>{' '}
            {p.state === 'playing' ? t('readAloudPause') : p.state === 'paused' ? t('readAloudResume') : t('readAloudPlay')}
          </button>
          <button type="button" class="btn" onClick={p.onStop} disabled={!active} data-testid="read-aloud-stop">
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
        {p.failed ? (
          <div class="voice-note" role="alert" data-testid="voice-failed">
            <p>{t('readAloudFailed')}</p>
            <InstallHelp system={p.system} />
          </div>
        ) : p.voice.kind === 'vietnamese' ? (
          <p class="meta voice-name">{t('readAloudVoice', p.voice.voice.name)}</p>
        ) : p.voice.kind === 'none' || p.voiceNoteHidden ? null : (
          <div class="voice-note" data-testid="voice-note">
            <p>{t('readAloudOtherVoice', p.voice.voice.name)}</p>
            <details>
              <summary>{t('readAloudHowTo')}</summary>
              <InstallHelp system={p.system} />
            </details>
            <button type="button" class="btn btn-small voice-note-close" data-testid="voice-note-dismiss" onClick={p.onDismissVoiceNote} aria-label={t('readAloudNoteDismiss')} title={t('readAloudNoteDismiss')}>
              <span aria-hidden="true">✕</span>
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
