// `npm run -s cli -- <subcommand> [args]`: a small dispatcher. Each subcommand lives in cli/NAME.ts
// and exports `main(argv): Promise<number>` (the exit code). Subcommands are imported on demand, so a
// missing or broken one costs the others nothing and fails with one line.
const SUBCOMMANDS: Record<string, () => Promise<{ main: (argv: string[]) => Promise<number> }>> = {
  read: () => import('./read'),
  figures: () => import('./figures'),
  summary: () => import('./summary'),
};

const USAGE = `usage: cli <${Object.keys(SUBCOMMANDS).join('|')}> [args]   (cli SUBCOMMAND --help for its options)
  read PAGE.html|- --url URL [--format json|md|text]   extract the article of a saved page
  figures [FILE.jsonl|-] [--format jsonl|csv]          key figures of JSON lines {"id","text"}
  summary [FILE.jsonl|-] [--sentences N]               summaries of JSON lines {"id","text"}
  e.g. cli read PAGE.html --url URL | cli figures
Exit codes: 0 done, 1 input unreadable, 2 usage error, 3 page refused by read.`;

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    // Asked-for help is output (stdout, exit 0); a bare `cli` is a usage error (stderr, exit 2).
    (name ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const load = SUBCOMMANDS[name];
  if (!load) {
    process.stderr.write(`cli: unknown subcommand "${name}"\n${USAGE}\n`);
    return 2;
  }
  let mod: { main: (argv: string[]) => Promise<number> };
  try {
    mod = await load();
  } catch (e) {
    process.stderr.write(`cli: subcommand "${name}" is not available (${(e as Error).message.split('\n')[0]})\n`);
    return 2;
  }
  return mod.main(rest);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cli: ${(e as Error)?.message?.split('\n')[0] ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
