// The popup's "Thêm" menu: every action but Save, in one button (the WAI-ARIA menu button pattern).
// Keyboard: Enter, Space or ↓ opens it on the first item, ↑ on the last; ↑ ↓ Home End move; Escape closes
// and gives the focus back to the button; Tab closes. A click outside closes it too.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/i18n';

export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
  /** A choice of several (the language): shown ticked when true. */
  checked?: boolean;
  /** The label's own language, when it differs from the page's ("English" in a Vietnamese menu). */
  lang?: string;
  testId?: string;
  /** Draws a line above this item (starts a group). */
  separated?: boolean;
}

export function ActionsMenu({ items }: { items: readonly MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const button = useRef<HTMLButtonElement | null>(null);
  const list = useRef<HTMLUListElement | null>(null);

  useEffect(() => {
    if (!open) return undefined;
    list.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[focusIndex]?.focus();
    return undefined;
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (e: Event) => {
      const target = e.target as Node | null;
      if (target && !list.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const openAt = (index: number) => {
    setFocusIndex((index + items.length) % items.length);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(e.key === 'ArrowDown' ? 0 : -1);
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: items.length - 1 };
    const next = moves[e.key];
    if (next !== undefined) {
      e.preventDefault();
      setFocusIndex((next + items.length) % items.length);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    }
  };
  const select = (item: MenuItem) => {
    close(true);
    item.onSelect();
  };

  return (
    <div class="menu">
      <button
        type="button"
        ref={button}
        class="btn menu-button"
        data-testid="more-actions"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'more-actions-menu' : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {t('actionMore')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul id="more-actions-menu" ref={list} class="menu-list" role="menu" aria-label={t('actionsMoreLabel')} onKeyDown={onMenuKey}>
          {items.map((item, i) => (
            <li key={item.key} role="none" class={item.separated ? 'menu-separated' : undefined}>
              <button
                type="button"
                role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
                aria-checked={item.checked === undefined ? undefined : item.checked}
                tabIndex={i === focusIndex ? 0 : -1}
                lang={item.lang}
                data-testid={item.testId}
                onClick={() => select(item)}
              >
                {item.checked === undefined ? null : <span class="menu-check" aria-hidden="true">{item.checked ? '✓' : ''}</span>}
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
