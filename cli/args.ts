// Argument parsing shared by every subcommand: node:util's parseArgs in strict mode, so an unknown or
// misspelt option (`--frmat csv`) is refused with a usage line instead of being read as a file name.
// `--help`/`-h` prints the subcommand's help on stdout and exits 0; usage errors go to stderr with exit 2.
import { parseArgs } from 'node:util';

/** Exit codes of every subcommand (documented in README.md, "Scripts"). */
export const EXIT = {
  ok: 0,
  /** An input that cannot be read or is not in the expected format. */
  input: 1,
  /** A usage error: unknown option, missing or bad value. */
  usage: 2,
  /** `read`: the page was refused (not an article, too large, …). */
  refused: 3,
} as const;

export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export type Parsed =
  | { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[] }
  | { ok: false; code: number };

/**
 * Parses `argv` against `options` (plus --help/-h). At most `maxPositionals` positionals (file names; "-" is
 * stdin). On help or a usage error it writes the message itself and returns the exit code.
 */
export function parseCommand(name: string, help: string, argv: string[], options: OptionSpec, maxPositionals = 1): Parsed {
  const parsed = parseOptions(argv, options);
  if ('problem' in parsed) return usageError(name, help, parsed.problem);
  if (parsed.values.help) {
    process.stdout.write(`${help.trimEnd()}\n`);
    return { ok: false, code: EXIT.ok };
  }
  if (parsed.positionals.length > maxPositionals) {
    return usageError(name, help, `more than ${maxPositionals === 1 ? 'one input' : `${maxPositionals} inputs`} given (${parsed.positionals.join(', ')})`);
  }
  return { ok: true, values: parsed.values, positionals: parsed.positionals };
}

/**
 * node:util's strict parseArgs with --help/-h added; a usage problem comes back as one lower-case line
 * ("unknown option '--frmat'") instead of a throw.
 */
export function parseOptions(
  argv: string[],
  options: OptionSpec,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | { problem: string } {
  try {
    const parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (e) {
    return { problem: (e as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '').replace(/^Unknown/, 'unknown') };
  }
}

/** One line naming the problem, then the usage line (the first line of the help): exit 2. */
export function usageError(name: string, help: string, problem: string): { ok: false; code: number } {
  process.stderr.write(`${name}: ${problem}\n${help.split('\n')[0]}\n(${name} --help for more)\n`);
  return { ok: false, code: EXIT.usage };
}
