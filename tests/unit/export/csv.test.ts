import { NO_FILTERS } from '../../../src/graph/filters';
import { visibleStances } from '../../../src/graph/buildGraph';
import { buildStancesCsv, csvCell, csvRow } from '../../../src/export/csv';
import { astanaIndex } from '../briefing/briefingFixtures';

const index = astanaIndex();

/** A small RFC 4180 reader, to check the file parses back to what went in. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('“curly” – kept')).toBe('“curly” – kept');
    expect(csvCell(42)).toBe('42');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('joins a row', () => {
    expect(csvRow(['a', 'b,c', 3])).toBe('a,"b,c",3');
  });
});

describe('the stances CSV', () => {
  const stances = visibleStances(index, { ...NO_FILTERS, topics: ['gaza'] });
  const text = buildStancesCsv(index, stances);

  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('has the documented columns and one row per quote of the visible stances', () => {
    const rows = readCsv(text.slice(1));
    expect(rows[0]).toEqual([
      'From',
      'Stance',
      'To',
      'Topics',
      'Quote',
      'Attribution',
      'Start',
      'End',
    ]);
    expect(rows).toHaveLength(1 + stances.reduce((sum, s) => sum + s.evidence.length, 0));
    const unsc = rows.find((row) => row[2] === 'UN Security Council')!;
    expect(unsc.slice(0, 2)).toEqual(['Türkiye, Russia and Iran', 'calls on']);
    expect(unsc[3]).toBe('Gaza; Humanitarian aid and access; Ceasefires');
    expect(unsc[4]).toMatch(/^\(The guarantor countries\) called on the international community/);
    expect(unsc[5]).toBe('communiqué');
    const evidence = index.stancesById.get('calls-on-unsc-gaza')!.evidence[0]!;
    expect(unsc.slice(6)).toEqual([String(evidence.start), String(evidence.end)]);
    expect(rows.some((row) => row[5] === 'report')).toBe(true);
  });
});
