// The extension's keyboard shortcuts as the browser has them now (commands.getAll()), and how to change them.
// A browser drops a suggested key that clashes with its own (Chromium took Alt+Shift+R for reading mode), so
// the card shows what is really assigned, "not set" otherwise, and the browser's own page for changing them.
import { t, type MessageKey } from '../utils/i18n/i18n';

export interface ShortcutView {
  /** The manifest's command name: _execute_action / _execute_browser_action, or save-article. */
  name: string;
  /** As the browser reports it ("Alt+Shift+D"); '' when none is assigned. */
  shortcut: string;
}

const COMMAND_LABELS: Record<string, MessageKey> = {
  _execute_action: 'commandOpen',
  _execute_browser_action: 'commandOpen',
  'save-article': 'commandSave',
};

export interface ShortcutsCardProps {
  /** null: the browser did not answer. */
  commands: ShortcutView[] | null;
  browser: 'chrome' | 'firefox';
}

export function ShortcutsCard({ commands, browser }: ShortcutsCardProps) {
  const known = (commands ?? []).filter((c) => COMMAND_LABELS[c.name]);
  return (
    <section class="card shortcuts" aria-labelledby="shortcuts-heading" data-testid="shortcuts">
      <h2 id="shortcuts-heading">{t('shortcutsHeading')}</h2>
      <p class="meta">{t('shortcutsIntro')}</p>
      {commands === null ? (
        <p>{t('shortcutsUnavailable')}</p>
      ) : (
        <dl class="shortcut-list">
          {known.map((c) => (
            <div key={c.name} class="shortcut-row" data-command={c.name}>
              <dt>{t(COMMAND_LABELS[c.name]!)}</dt>
              <dd>{c.shortcut ? <kbd data-testid="shortcut-key">{c.shortcut}</kbd> : <span class="meta">{t('shortcutNotSet')}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="meta" data-testid="shortcuts-howto">
        {t(browser === 'firefox' ? 'shortcutsHowToFirefox' : 'shortcutsHowToChrome')}
      </p>
    </section>
  );
}
