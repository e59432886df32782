/**
 * Bench: import of a ~5 MB DNA database in Node (sql.js, the same code the browser
 * runs). The file is generated here from the synthetic corpus, written with Stance
 * Map's DNA export and then stripped of Stance Map's own SETTINGS row, so the import
 * reads it as any DNA file. Run: npx tsx scripts/bench/dnaImport.ts [--save FILE]
 * (--save writes the generated file, e.g. to time opening it in a browser).
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateSyntheticDataset } from '../../tests/fixtures/syntheticDataset';
import { readDna, writeDna } from '../../src/interchange/dna';
import { loadSqlJs } from '../../src/interchange/sqlJs';

const TARGET_BYTES = 5 * 1024 * 1024;

async function main() {
  const SQL = await loadSqlJs();
  let stances = 1500;
  let bytes: Uint8Array;
  for (;;) {
    const dataset = generateSyntheticDataset({ actors: 300, stances, topics: 20, seed: 11 });
    const db = new SQL.Database(writeDna(SQL, dataset).bytes);
    db.exec("DELETE FROM SETTINGS WHERE Property = 'stancemap.dataset'; VACUUM;");
    bytes = db.export();
    db.close();
    if (bytes.length >= TARGET_BYTES) break;
    stances = Math.ceil(stances * Math.max(1.2, (TARGET_BYTES / bytes.length) * 1.05));
  }
  const save = process.argv.indexOf('--save');
  if (save > 0 && process.argv[save + 1]) writeFileSync(process.argv[save + 1]!, bytes);
  const runs: number[] = [];
  let summary = '';
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = readDna(SQL, bytes, 'bench.dna');
    runs.push(performance.now() - start);
    if (result.kind !== 'dataset') throw new Error('bench file needed a mapping');
    summary = `${result.summary.counts.stances} stances, ${result.summary.counts.quotes} quotes, ${result.summary.counts.actors} actors; ${result.summary.notes[0]}`;
  }
  const median = [...runs].sort((a, b) => a - b)[1]!;
  console.log(
    `DNA import: ${(bytes.length / 1024 / 1024).toFixed(1)} MB file (${summary}): median ${median.toFixed(0)} ms of ${runs.map((r) => r.toFixed(0)).join(', ')} ms`,
  );
}

void main();
