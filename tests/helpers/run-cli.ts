// Runs a CLI command's main() in-process and captures what it writes: the exit code, stdout and stderr.
import { vi } from 'vitest';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(main: (argv: string[]) => Promise<number>, argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await main(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
