/**
 * Proposes stances for a text file and prints them as JSON on stdout (nothing else).
 *
 *   npm run -s suggest -- FILE.txt [--dataset DATASET.json]
 *
 * Offsets are JavaScript string indices into the file's text (read as UTF-8); each
 * quote is the exact slice. With --dataset, its actors and topics are known. Errors go
 * to stderr with exit code 1.
 */
import { readFileSync } from 'node:fs';
import { DatasetError, parseDataset } from '../src/data/parseDataset';
import type { Dataset } from '../src/data/schema';
import { suggestStances } from '../src/suggest';
import { toCliOutput } from '../src/suggest/cliOutput';

const USAGE = 'usage: npm run -s suggest -- FILE.txt [--dataset DATASET.json]';

function fail(message: string): never {
  process.stderr.write(`suggest: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): { file: string; dataset: string | null } {
  let file: string | null = null;
  let dataset: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dataset') {
      const next = argv[++i];
      if (!next) fail(`--dataset needs a file name\n${USAGE}`);
      dataset = next;
    } else if (arg.startsWith('--dataset=')) dataset = arg.slice('--dataset='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`);
    else if (file) fail(`one text file at a time (got ${file} and ${arg})\n${USAGE}`);
    else file = arg;
  }
  if (!file) fail(`no text file given\n${USAGE}`);
  return { file, dataset };
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      code === 'ENOENT'
        ? `${what} ${file} does not exist`
        : `cannot read ${what} ${file}: ${String(error)}`,
    );
  }
}

const { file, dataset: datasetFile } = parseArgs(process.argv.slice(2));
const text = readText(file, 'text file');
let dataset: Dataset | null = null;
if (datasetFile) {
  try {
    dataset = parseDataset(readText(datasetFile, 'dataset'), datasetFile);
  } catch (error) {
    fail(error instanceof DatasetError ? `bad dataset: ${error.message}` : String(error));
  }
}
const suggestions = suggestStances(
  text,
  dataset ? { actors: dataset.actors, topics: dataset.topics } : undefined,
);
process.stdout.write(`${JSON.stringify(toCliOutput(suggestions), null, 2)}\n`);
