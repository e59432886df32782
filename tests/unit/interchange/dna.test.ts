import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/data/parseDataset';
import { readDna, writeDna, type DnaMapping } from '../../../src/interchange/dna';
import { DNA_TABLES } from '../../../src/interchange/dnaSchema';
import { loadSqlJs } from '../../../src/interchange/sqlJs';
import { buildDnaDatabase, NON_ASCII } from '../../fixtures/dnaDatabase';
import { loadAstana22 } from '../../helpers/loadFixture';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const POSITION_MAPPING: DnaMapping = {
  2: { speaker: 'actor', target: 'issue', qualifier: 'position' },
};

describe('DNA import', () => {
  it('asks for a mapping when a statement type is not one it knows', () => {
    const { bytes } = buildDnaDatabase(SQL);
    const result = readDna(SQL, bytes, 'test.dna');
    expect(result.kind).toBe('needs-mapping');
    if (result.kind !== 'needs-mapping') return;
    expect(result.unmapped).toEqual([2]);
    expect(result.statementTypes.map((t) => [t.label, t.statements])).toEqual([
      ['DNA Statement', 2],
      ['Position', 2],
    ]);
    expect(result.suggested[1]).toMatchObject({
      speaker: 'organization',
      target: 'concept',
      qualifier: 'agreement',
      member: 'person',
    });
  });

  it('imports stances with exact spans and lists what it skipped', () => {
    const { bytes, quote, russian } = buildDnaDatabase(SQL);
    const result = readDna(SQL, bytes, 'test.dna', { mapping: POSITION_MAPPING });
    expect(result.kind).toBe('dataset');
    if (result.kind !== 'dataset') return;
    const { dataset, summary } = result;
    expect(dataset.stances.map((s) => [s.from, s.to, s.type])).toEqual([
      [['turkiye'], 'ceasefire-in-gaza', 'supports'],
      [['russia'], 'accusations', 'opposes'],
    ]);
    const [first, second] = dataset.stances;
    expect(first!.evidence[0]!.quote).toBe(quote);
    expect(second!.evidence[0]!.quote).toBe(russian);
    for (const stance of dataset.stances)
      for (const e of stance.evidence)
        expect(dataset.documents[0]!.text.slice(e.start, e.end)).toBe(e.quote);
    expect(dataset.documents[0]!.date).toBe('2024-11-12');
    const turkiye = dataset.actors.find((a) => a.id === 'turkiye')!;
    expect(turkiye.kind).toBe('state');
    expect(turkiye.members).toEqual(['hakan-fidan']);
    expect(dataset.actors.find((a) => a.id === 'hakan-fidan')!.kind).toBe('person');
    expect(dataset.actors.find((a) => a.id === 'ceasefire-in-gaza')!.kind).toBe('issue');
    expect(summary.skipped).toEqual([
      { where: 'statement 2', reason: 'no concept (empty value)' },
      {
        where: 'statement 4',
        reason: 'position 0 (neutral): no stance type was chosen for neutral statements',
      },
    ]);
    expect(summary.counts).toMatchObject({ stances: 2, quotes: 2, documents: 1 });
  });

  it('maps neutral statements when told to, and leaves a type out when told to', () => {
    const { bytes } = buildDnaDatabase(SQL);
    const neutral = readDna(SQL, bytes, 'test.dna', {
      mapping: {
        2: { speaker: 'actor', target: 'issue', qualifier: 'position', neutralType: 'agrees' },
      },
    });
    expect(neutral.kind === 'dataset' && neutral.dataset.stances.map((s) => s.type)).toEqual([
      'supports',
      'opposes',
      'agrees',
    ]);
    const without = readDna(SQL, bytes, 'test.dna', { mapping: { 2: null } });
    expect(without.kind === 'dataset' && without.summary.skipped.map((s) => s.reason)).toContain(
      'statement type “Position” is not mapped to stances',
    );
  });

  it('refuses a file that is not SQLite, and a statement past its text', () => {
    expect(() =>
      readDna(SQL, new TextEncoder().encode('{"schemaVersion":1}'.padEnd(200)), 'x.dna'),
    ).toThrowError(
      'x.dna: not a SQLite database, so not a DNA file (it starts with “{"schemaVersion"”, a DNA 3.0 file with “SQLite format 3”)',
    );
    const { bytes } = buildDnaDatabase(SQL, (run) => {
      run(
        'INSERT INTO STATEMENTS (ID, StatementTypeId, DocumentId, Start, Stop, Coder) VALUES (9, 1, 1, 80, 500, 1)',
      );
    });
    let error: unknown;
    try {
      readDna(SQL, bytes, 'bad.dna', { mapping: POSITION_MAPPING });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      {
        path: 'STATEMENTS ID 9',
        reason: `span 80–500 runs past the end of document 1 (“Envoy’s remarks”, ${NON_ASCII.length} characters)`,
      },
    ]);
    const odd = new SQL.Database();
    for (const table of [
      'DOCUMENTS',
      'STATEMENTTYPES',
      'VARIABLES',
      'STATEMENTS',
      'DATASHORTTEXT',
      'ENTITIES',
    ])
      odd.exec(`CREATE TABLE ${table}(x)`);
    expect(() => readDna(SQL, odd.export(), 'odd.dna')).toThrowError(
      /^odd\.dna: the DNA tables are not as DNA 3\.0 makes them: no such column/,
    );
    const empty = new SQL.Database();
    empty.exec('CREATE TABLE T(x)');
    expect(() => readDna(SQL, empty.export(), 'other.db')).toThrowError(
      /other\.db: table DOCUMENTS: missing/,
    );
  });
});

describe('DNA export', () => {
  const dataset = loadAstana22();

  it('round-trips the embedded dataset: every actor, stance, topic and quote', () => {
    const { bytes, report } = writeDna(SQL, dataset, { now: new Date('2025-01-01T00:00:00Z') });
    expect(report.lost).toEqual([]);
    const back = readDna(SQL, bytes, 'astana-22.dna');
    expect(back.kind).toBe('dataset');
    if (back.kind !== 'dataset') return;
    expect(back.summary.skipped).toEqual([]);
    // Everything but the JSON file's own "$schema" line, which is no part of the data.
    const { $schema, ...data } = dataset;
    expect($schema).toBeDefined();
    expect(back.dataset).toEqual(data);
  });

  it('writes DNA’s tables, and sqlite3 reads every statement at its span', () => {
    const { bytes, report } = writeDna(SQL, dataset);
    const db = new SQL.Database(bytes);
    const tables = db
      .exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]!
      .values.flat();
    expect(tables).toEqual([...DNA_TABLES].sort());
    expect(
      db.exec("SELECT Value FROM SETTINGS WHERE Property = 'version'")[0]!.values[0]![0],
    ).toMatch(/^3\.0\.\d+$/);
    db.close();
    if (!existsSync('/usr/bin/sqlite3')) {
      console.warn(
        'SKIPPED: /usr/bin/sqlite3 is missing; the sqlite3 check of the .dna export did not run',
      );
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'dna-'));
    const path = join(dir, 'astana.dna');
    writeFileSync(path, bytes);
    const sqlite = (sql: string) =>
      execFileSync('/usr/bin/sqlite3', [path, sql], { encoding: 'utf8' });
    expect(
      sqlite("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;")
        .split('\n')
        .filter(Boolean),
    ).toEqual([...DNA_TABLES].sort());
    expect(
      sqlite('PRAGMA table_info(DOCUMENTS);')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('|')[1]),
    ).toEqual([
      'ID',
      'Title',
      'Text',
      'Coder',
      'Author',
      'Source',
      'Section',
      'Notes',
      'Type',
      'Date',
    ]);
    expect(sqlite('SELECT Date FROM DOCUMENTS;').trim()).toBe(
      String(Date.parse(`${dataset.documents[0]!.date}T00:00:00Z`) / 1000),
    );
    const columns = execFileSync('/usr/bin/sqlite3', [path, 'PRAGMA table_info(STATEMENTS);'], {
      encoding: 'utf8',
    });
    expect(
      columns
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('|')[1]),
    ).toEqual(['ID', 'StatementTypeId', 'DocumentId', 'Start', 'Stop', 'Coder']);
    // sqlite3 counts characters in code points; compare in JavaScript's UTF-16 units from hex.
    const out = execFileSync(
      '/usr/bin/sqlite3',
      [
        '-separator',
        '\t',
        path,
        'SELECT s.ID, s.Start, s.Stop, hex(d.Text) FROM STATEMENTS s JOIN DOCUMENTS d ON d.ID = s.DocumentId ORDER BY s.ID;',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(report.statements);
    const quotes = new Set(
      dataset.stances.flatMap((s) => s.evidence.map((e) => `${e.start}:${e.end}:${e.quote}`)),
    );
    const texts = new Map<string, string>();
    for (const line of lines) {
      const [, start, stop, hex] = line.split('\t') as [string, string, string, string];
      let text = texts.get(hex);
      if (!text) texts.set(hex, (text = Buffer.from(hex, 'hex').toString('utf8')));
      expect(quotes).toContain(`${start}:${stop}:${text.slice(Number(start), Number(stop))}`);
    }
  });
});

describe('DNA coder password', () => {
  it('is hashed as jasypt’s StrongPasswordEncryptor does: base64(salt ‖ SHA-256 × 100,000)', async () => {
    const { createHash } = await import('node:crypto');
    const { dnaPasswordHash } = await import('../../../src/interchange/dnaPassword');
    const salt = Uint8Array.from({ length: 16 }, (_, i) => i * 7);
    let digest = createHash('sha256').update(salt).update('stancemap').digest();
    for (let i = 1; i < 100_000; i++) digest = createHash('sha256').update(digest).digest();
    expect(dnaPasswordHash('stancemap', salt)).toBe(
      Buffer.concat([salt, digest]).toString('base64'),
    );
  });
});
