/**
 * Scores the stance extractor against hand-coded datasets: the embedded Astana dataset
 * and the synthetic evaluation texts in tests/fixtures/suggest/.
 *
 *   npm run suggest:eval [-- --verbose] [-- DATASET.json …]
 *
 * A proposal matches a stance when its span overlaps the stance's evidence and it has
 * the same addressee. Prints recall, precision, type and speaker agreement per text,
 * then what was missed and what matched nothing. Exits 1 if a text misses a target
 * (recall ≥ 80 %, precision ≥ 70 %, speaker ≥ 90 %, no inexact quote).
 */
import { readFileSync } from 'node:fs';
import { parseDataset } from '../src/data/parseDataset';
import { evaluateDataset } from '../src/suggest/evaluate';
import { suggestStances } from '../src/suggest';

const DEFAULT = [
  'public/data/astana-22.json',
  'tests/fixtures/suggest/lake-orin-communique.json',
  'tests/fixtures/suggest/port-savin-report.json',
];
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const files = args.filter((a) => !a.startsWith('-'));
const pct = (x: number) => `${(x * 100).toFixed(0)} %`.padStart(5);

let failed = false;
for (const file of files.length > 0 ? files : DEFAULT) {
  const dataset = parseDataset(readFileSync(file, 'utf8'), file);
  const document = dataset.documents[0]!;
  // Warm-up, then time a second run: the first includes compiling the tagger's lexicon.
  suggestStances(document.text, { actors: dataset.actors, topics: dataset.topics });
  const e = evaluateDataset(dataset);
  const fresh = evaluateDataset(dataset, { withoutActors: true });
  const ok =
    e.recall >= 0.8 && e.precision >= 0.7 && e.speakerAgreement >= 0.9 && e.inexactQuotes === 0;
  failed ||= !ok;
  console.log(`\n${file} (${document.text.length} characters, ${e.stances} coded stances)`);
  console.log(
    `  proposals ${e.proposals}   recall ${pct(e.recall)}   precision ${pct(e.precision)}   ` +
      `same type ${pct(e.typeAgreement)}   same speakers ${pct(e.speakerAgreement)}   ` +
      `a shared topic ${pct(e.topicAgreement)} (topics not coded ${pct(e.extraTopics)})   ` +
      `inexact quotes ${e.inexactQuotes}   ${e.milliseconds.toFixed(0)} ms   ${ok ? 'OK' : 'BELOW TARGET'}`,
  );
  console.log(
    `  without the dataset's actors (all proposed as new, matched by name): proposals ${fresh.proposals}   ` +
      `recall ${pct(fresh.recall)}   precision ${pct(fresh.precision)}   same speakers ${pct(fresh.speakerAgreement)}`,
  );
  for (const m of e.missed) console.log(`  missed      ${m.type} → ${m.to}  (${m.id})`);
  for (const u of e.unmatched)
    console.log(`  unmatched   ${u.type} → ${u.to.name}  [${u.rule}]  “${u.quote.slice(0, 80)}”`);
  for (const u of e.wrongSpeaker)
    console.log(
      `  speaker     ${u.from.map((r) => r.name).join(', ')}  [${u.rule}]  “${u.quote.slice(0, 80)}”`,
    );
  if (verbose)
    for (const s of e.suggestions)
      console.log(
        `  proposal    ${s.from.map((r) => r.name).join('+')} ${s.type} → ${s.to.name}${s.to.known ? '' : ` (new ${s.to.kind})`} ` +
          `[${s.rule}] ${s.attribution} ${s.start}–${s.end} “${s.quote.slice(0, 70)}”`,
      );
}
process.exit(failed ? 1 : 0);
