// Saves text as a file through an object URL and a temporary <a download> (no `downloads` permission).
export function downloadText(doc: Document, filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download manager; revoking at once can cancel it in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** tin-sach-2024-05-01.json */
export function backupFileName(now: Date = new Date()): string {
  return `tin-sach-${now.toISOString().slice(0, 10)}.json`;
}
