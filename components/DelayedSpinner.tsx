// Most pages answer in well under 150 ms; a spinner flashing for a few frames reads as flicker, so it only
// appears when the wait is long enough to notice.
import { useEffect, useState } from 'preact/hooks';

export function DelayedSpinner({ label, delayMs = 150 }: { label: string; delayMs?: number }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return (
    <div class="loading" aria-busy="true" data-testid="loading">
      {visible ? (
        <p role="status">
          <span class="spinner" aria-hidden="true" /> {label}
        </p>
      ) : null}
    </div>
  );
}
