// "Đã xoá … — Hoàn tác" for five seconds after a delete. The timer pauses while the pointer or keyboard
// focus is on the toast, so a slow reader can still reach the button.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n/i18n';

export interface UndoToastProps {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
  durationMs?: number;
}

export function UndoToast({ message, onUndo, onExpire, durationMs = 5000 }: UndoToastProps) {
  const [held, setHeld] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    if (held) return undefined;
    const timer = setTimeout(() => expire.current(), durationMs);
    return () => clearTimeout(timer);
  }, [held, durationMs, message]);

  return (
    <div
      class="toast"
      data-testid="undo-toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
    >
      <span>{message}</span>
      <button ref={buttonRef} type="button" class="btn btn-small" onClick={onUndo}>
        {t('actionUndo')}
      </button>
    </div>
  );
}
