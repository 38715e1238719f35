// One live region per page for results and errors ("Đã lưu", "Không lưu được…"). It is always in the DOM
// (screen readers only announce changes to a region that already exists).
export type StatusTone = 'info' | 'ok' | 'error';

export interface Status {
  text: string;
  tone: StatusTone;
}

export function StatusLine({ status }: { status: Status | null }) {
  return (
    <p class="status" role="status" aria-live="polite" data-testid="status-message" data-tone={status?.tone ?? 'info'}>
      {status?.text ?? ''}
    </p>
  );
}
