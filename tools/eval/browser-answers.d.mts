export function evalUrl(url: string): string;
export function browserAnswers(options: {
  corpusDir: string;
  browser?: 'chromium' | 'firefox';
  log?: (line: string) => void;
}): Promise<Array<{ file: string; url: string; servedUrl: string; answer: unknown; ms: number }>>;
