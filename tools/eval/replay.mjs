// A stand-in "CLI" for the shared corpus's scorer: prints the answer recorded for a page in a JSON file
// (`{ "<page path>": answer }`), so that the browser's answers are scored by the very same checks as the CLI's.
// Usage: node tools/eval/replay.mjs ANSWERS.json [read] PAGE.html --url URL --format json
import fs from 'node:fs';
import path from 'node:path';

const [answersFile, ...rest] = process.argv.slice(2);
// The scorer calls it as it calls the CLI, with the `read` subcommand first.
if (rest[0] === 'read') rest.shift();
const page = rest[0];
const answers = JSON.parse(fs.readFileSync(answersFile, 'utf8'));
const answer = answers[path.resolve(page)];
if (answer === undefined) {
  console.error(`replay: no recorded answer for ${page}`);
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(answer)}\n`);
