/**
 * Builds public/data/astana-22.json from the source text and the codebook
 * (scripts/astana-22/coding.ts).
 *
 *   npm run data:astana-22 [-- path/to/astana-22-article.txt]
 *
 * The source is read byte for byte and embedded as is. Each evidence quote is located
 * in it; start/end are JavaScript string indices with text.slice(start, end) === quote.
 * The build fails loudly (exit 1, nothing written) if the source is not the expected file,
 * a quote is missing or ambiguous, a span starts or ends mid-word, a span's attribution
 * does not match its place relative to the “…” pairs, an id is unused or unknown, or the
 * result does not pass checkDataset. After writing, the file is read back and checked again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetError, checkDataset, formatProblem, parseDataset } from '../src/data/parseDataset';
import type { Dataset, Evidence, Stance } from '../src/data/schema';
import type { Attribution } from '../src/data/vocabulary';
import {
  DOCUMENT_ID,
  SOURCE_FILE,
  SOURCE_SHA256,
  actors,
  document,
  meta,
  participants,
  stances,
  topics,
  type EvidenceCoding,
} from './astana-22/coding';
import { ASTANA_22_SCENES } from './astana-22/scenes';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const OUT_FILE = path.join(repoRoot, 'public', 'data', 'astana-22.json');
const OUT_NAME = 'public/data/astana-22.json';

const OPEN = '“';
const CLOSE = '”';

class BuildError extends Error {}

function fail(message: string): never {
  throw new BuildError(message);
}

function sourcePath(): string {
  const fromArg = process.argv[2];
  if (fromArg) return path.resolve(fromArg);
  // The repo is checked out with shared/ beside it.
  const beside = path.resolve(repoRoot, '..', 'shared', 'sources', SOURCE_FILE);
  if (existsSync(beside)) return beside;
  return fail(
    `source not found at ${beside}; pass its path: npm run data:astana-22 -- path/to/${SOURCE_FILE}`,
  );
}

/** The [open, close] indices of each “…” pair; fails on unbalanced or nested marks. */
function quotePairs(text: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === OPEN) {
      if (open >= 0) fail(`nested “ at ${i} (the “ at ${open} is not closed yet)`);
      open = i;
    } else if (ch === CLOSE) {
      if (open < 0) fail(`” at ${i} closes nothing`);
      pairs.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) fail(`“ at ${open} is never closed`);
  return pairs;
}

/** Where a span sits: inside one “…” (content only), outside all of them, or across one. */
function attributionOf(
  start: number,
  end: number,
  pairs: ReadonlyArray<[number, number]>,
): Attribution | 'straddles' {
  for (const [open, close] of pairs) {
    if (start > open && end <= close) return 'direct';
    if (start <= close && end > open) return 'straddles';
  }
  return 'reported';
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

const WORD = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

function locate(
  text: string,
  pairs: ReadonlyArray<[number, number]>,
  coding: EvidenceCoding,
  where: string,
): Evidence {
  const { quote } = coding;
  const short = quote.length > 60 ? `${quote.slice(0, 57)}…` : quote;
  if (quote.trim() !== quote) fail(`${where}: quote "${short}" starts or ends with white space`);
  if (quote.includes(OPEN) || quote.includes(CLOSE))
    fail(
      `${where}: quote "${short}" includes a curly quote mark; spans stop inside or outside “…”`,
    );
  const found = occurrences(text, quote);
  if (found.length === 0) fail(`${where}: quote not found in the source: "${short}"`);
  let start: number;
  if (coding.occurrence === undefined) {
    if (found.length > 1)
      fail(
        `${where}: quote is ambiguous, it occurs ${found.length} times (at ${found.join(', ')}); ` +
          `give an occurrence index: "${short}"`,
      );
    start = found[0]!;
  } else {
    if (found.length === 1)
      fail(`${where}: quote occurs only once; drop its occurrence index: "${short}"`);
    const at = found[coding.occurrence];
    if (at === undefined)
      fail(
        `${where}: occurrence ${coding.occurrence} asked, but the quote occurs ${found.length} times: "${short}"`,
      );
    start = at;
  }
  const end = start + quote.length;
  if (text.slice(start, end) !== quote) fail(`${where}: internal error locating "${short}"`);
  if (isWordChar(text[start - 1]) && isWordChar(text[start]))
    fail(`${where}: span starts mid-word at ${start}: "${short}"`);
  if (isWordChar(text[end - 1]) && isWordChar(text[end]))
    fail(`${where}: span ends mid-word at ${end}: "${short}"`);
  const actual = attributionOf(start, end, pairs);
  if (actual === 'straddles') fail(`${where}: span ${start}–${end} crosses a “ or ”: "${short}"`);
  if (actual !== coding.attribution)
    fail(
      `${where}: coded as ${coding.attribution} but the span lies ` +
        (actual === 'direct' ? 'inside a “…” (direct)' : 'outside every “…” (reported)') +
        `: "${short}"`,
    );
  return { document: DOCUMENT_ID, start, end, quote, attribution: coding.attribution };
}

/** Codebook hygiene that checkDataset does not cover. */
function checkCodebook(): void {
  const actorIds = new Set(actors.map((a) => a.id));
  const topicIds = new Set(topics.map((t) => t.id));
  const used = new Set<string>();
  participants.forEach((p) => used.add(p.actor));
  stances.forEach((s) => {
    s.from.forEach((id) => used.add(id));
    used.add(s.to);
  });
  actors.forEach((a) => a.members?.forEach((m) => used.add(m)));
  const unused = actors.filter((a) => !used.has(a.id)).map((a) => a.id);
  if (unused.length) fail(`actors used by no stance or participant: ${unused.join(', ')}`);
  const usedTopics = new Set(stances.flatMap((s) => s.topics));
  const idleTopics = topics.filter((t) => !usedTopics.has(t.id)).map((t) => t.id);
  if (idleTopics.length) fail(`topics used by no stance: ${idleTopics.join(', ')}`);
  stances.forEach((s) => {
    if (new Set(s.topics).size !== s.topics.length) fail(`stance ${s.id}: a topic is listed twice`);
    if (!actorIds.has(s.to)) fail(`stance ${s.id}: unknown addressee "${s.to}"`);
    s.topics.forEach((t) => topicIds.has(t) || fail(`stance ${s.id}: unknown topic "${t}"`));
    const quotes = s.evidence.map((e) => `${e.quote}#${e.occurrence ?? 0}`);
    if (new Set(quotes).size !== quotes.length)
      fail(`stance ${s.id}: the same span is given twice`);
  });
  const seen = new Set<string>();
  stances.forEach((s) => {
    const key = `${s.type} ${s.to} ${s.evidence.map((e) => e.quote).join('|')}`;
    if (seen.has(key))
      fail(`stance ${s.id} duplicates another stance (same type, addressee and evidence)`);
    seen.add(key);
  });
}

function build(): Dataset {
  const file = sourcePath();
  const bytes = readFileSync(file);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== SOURCE_SHA256)
    fail(
      `${file} is not the expected source (sha256 ${sha}, expected ${SOURCE_SHA256}); ` +
        'the codebook was written against that exact text',
    );
  const text = readFileSync(file, 'utf8');
  if (Buffer.compare(Buffer.from(text, 'utf8'), bytes) !== 0)
    fail(`${file} does not round-trip as UTF-8`);
  if (text.charCodeAt(0) === 0xfeff) fail(`${file} starts with a byte-order mark`);

  checkCodebook();
  const pairs = quotePairs(text);

  const builtStances: Stance[] = stances.map((s, i) => ({
    id: s.id,
    from: [...s.from],
    to: s.to,
    type: s.type,
    topics: [...s.topics],
    summary: s.summary,
    evidence: s.evidence.map((e, j) =>
      locate(text, pairs, e, `stances[${i}] (${s.id}).evidence[${j}]`),
    ),
  }));

  return {
    $schema: './dataset.schema.json',
    schemaVersion: 1,
    id: meta.id,
    title: meta.title,
    description: meta.description,
    event: { ...meta.event },
    documents: [{ ...document, text, participants: participants.map((p) => ({ ...p })) }],
    actors: actors.map((a) => ({ ...a, aliases: [...a.aliases] })),
    topics: topics.map((t) => ({ ...t })),
    stances: builtStances,
    scenes: ASTANA_22_SCENES,
  };
}

function main(): void {
  const dataset = build();
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  // Check exactly what will be written before writing it ...
  checkDataset(JSON.parse(json), OUT_NAME);
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, json, 'utf8');
  // ... and the file as written.
  const written = parseDataset(readFileSync(OUT_FILE, 'utf8'), OUT_NAME);
  const spans = written.stances.flatMap((s) => s.evidence);
  const direct = spans.filter((e) => e.attribution === 'direct').length;
  console.log(
    `wrote ${OUT_NAME}: ${written.actors.length} actors, ${written.topics.length} topics, ` +
      `${written.stances.length} stances, ${spans.length} evidence spans ` +
      `(${direct} direct, ${spans.length - direct} reported)`,
  );
}

try {
  main();
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(`checkDataset failed: ${error.message}`);
    error.problems.forEach((p) => console.error(`  - ${formatProblem(p)}`));
  } else if (error instanceof BuildError) {
    console.error(`build-astana-22: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
