/**
 * The embedded default dataset, public/data/astana-22.json, checked against its source:
 * the text is the source byte for byte, every evidence is a verbatim slice on the right
 * side of the “…” pairs, and every statement of position in the source (the COVERAGE
 * list below, written from a close reading of the text) is backed by a stance.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDataset } from '../../src/data/parseDataset';
import type { Dataset } from '../../src/data/schema';
import type { Role, StanceTypeId } from '../../src/data/vocabulary';

const DATA_DIR = path.resolve(__dirname, '../../public/data');
/** CI clones the repo with shared/ beside it: ../shared from the repo root. */
const SOURCE = path.resolve(__dirname, '../../../shared/sources/astana-22-article.txt');
/** sha256 of the source file's bytes (5342 bytes, UTF-8, no trailing newline). */
const SOURCE_SHA256 = '7a4ce05caddb25ce786c4e339f652658ece4bb8ca570b1a7524d652cc2a7c6f0';

const raw: unknown = JSON.parse(readFileSync(path.join(DATA_DIR, 'astana-22.json'), 'utf8'));
const dataset: Dataset = checkDataset(raw, 'astana-22.json');
const doc = dataset.documents[0]!;
const text = doc.text;
const evidence = dataset.stances.flatMap((s) => s.evidence.map((e) => ({ stance: s, e })));

/** [open, close] indices of each “…” pair in the text. */
function quotePairs(source: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '“') {
      expect(open, `nested “ at ${i}`).toBe(-1);
      open = i;
    } else if (source[i] === '”') {
      expect(open, `unpaired ” at ${i}`).toBeGreaterThanOrEqual(0);
      pairs.push([open, i]);
      open = -1;
    }
  }
  expect(open, 'unclosed “').toBe(-1);
  return pairs;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Case-insensitive, whole-word occurrence (so "UN" does not match "unhindered"). */
const namedInText = (name: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').test(text);

interface Coverage {
  quoteFragment: string;
  type: StanceTypeId;
  to: string;
}

/**
 * One entry per statement of position in the source, from a close reading of the text.
 * Each must be backed by a stance of that type towards that addressee whose evidence
 * contains the fragment. Background sentences (who hosted, who attended, the 21st
 * round) state facts, not positions, and are not listed.
 */
const COVERAGE: Coverage[] = [
  // Gaza: the reporter's lead and the communiqué's words it restates
  {
    quoteFragment:
      'called on the international community to ensure unhindered humanitarian access to Gaza',
    type: 'calls-on',
    to: 'international-community',
  },
  {
    quoteFragment:
      'called on the international community to ensure unhindered humanitarian access to Gaza',
    type: 'calls-for',
    to: 'gaza',
  },
  {
    quoteFragment: 'called on the international community, especially the UN Security Council',
    type: 'calls-on',
    to: 'international-community',
  },
  {
    quoteFragment: 'especially the UN Security Council, for an urgent and lasting ceasefire',
    type: 'calls-on',
    to: 'unsc',
  },
  {
    quoteFragment:
      'for an urgent and lasting ceasefire and the provision of unhindered humanitarian access to Gaza',
    type: 'calls-for',
    to: 'gaza',
  },
  // Israel in Gaza, Lebanon and the West Bank (reported)
  {
    quoteFragment: 'condemned the ongoing massacres and criminal attacks by Israel in Gaza',
    type: 'condemns',
    to: 'israel',
  },
  {
    quoteFragment: 'as well as its aggressions in Lebanon and the West Bank',
    type: 'condemns',
    to: 'israel',
  },
  {
    quoteFragment:
      'attacks by Israel in Gaza, as well as its aggressions in Lebanon and the West Bank, expressing deep concern',
    type: 'expresses-concern',
    to: 'gaza',
  },
  {
    quoteFragment: 'its aggressions in Lebanon and the West Bank, expressing deep concern',
    type: 'expresses-concern',
    to: 'lebanon',
  },
  {
    quoteFragment: 'the West Bank, expressing deep concern',
    type: 'expresses-concern',
    to: 'west-bank',
  },
  // Lebanon and UNIFIL
  { quoteFragment: 'called for an urgent ceasefire in Lebanon', type: 'calls-for', to: 'lebanon' },
  {
    quoteFragment:
      'emphasized the importance of implementing UN Security Council Resolution 1701 (2006)',
    type: 'emphasizes',
    to: 'unscr-1701',
  },
  {
    quoteFragment: 'stressed the necessity of delivering urgent humanitarian assistance to Lebanon',
    type: 'emphasizes',
    to: 'lebanon',
  },
  {
    quoteFragment: 'expressed serious concerns regarding the intentional targeting of UNIFIL',
    type: 'expresses-concern',
    to: 'unifil',
  },
  {
    quoteFragment: 'the intentional targeting of UNIFIL by Israeli armed forces',
    type: 'expresses-concern',
    to: 'israel',
  },
  // People fleeing Lebanon for Syria (reported)
  {
    quoteFragment: 'emphasized the need for the UN High Commissioner for Refugees (UNHCR)',
    type: 'emphasizes',
    to: 'unhcr',
  },
  {
    quoteFragment:
      'UN agencies, and all humanitarian organizations to develop emergency response measures',
    type: 'emphasizes',
    to: 'un-agencies',
  },
  {
    quoteFragment:
      'all humanitarian organizations to develop emergency response measures for those forced to flee from Lebanon to Syria',
    type: 'emphasizes',
    to: 'humanitarian-organizations',
  },
  // Israeli attacks in Syria
  {
    quoteFragment: 'condemned all Israeli military attacks in Syria',
    type: 'condemns',
    to: 'israel',
  },
  {
    quoteFragment:
      'acknowledged that these actions violate international law, international humanitarian law',
    type: 'accuses',
    to: 'israel',
  },
  {
    quoteFragment: 'disrupt stability in the region, and escalate tensions',
    type: 'accuses',
    to: 'israel',
  },
  { quoteFragment: 'called for an end to these attacks', type: 'calls-for', to: 'israel' },
  // Sovereignty and the UN Charter (reported)
  {
    quoteFragment:
      'reaffirmed their unwavering commitment to Syria’s sovereignty, independence, and territorial integrity',
    type: 'reaffirms-commitment',
    to: 'syria',
  },
  {
    quoteFragment: 'as well as to the goals and principles of the UN Charter',
    type: 'reaffirms-commitment',
    to: 'un-charter',
  },
  // Türkiye–Syria relations
  {
    quoteFragment:
      'emphasized the importance of re-establishing relations between Turkey and Syria',
    type: 'emphasizes',
    to: 'syria',
  },
  {
    quoteFragment:
      'emphasized the importance of re-establishing relations between Turkey and Syria',
    type: 'emphasizes',
    to: 'turkiye',
  },
  {
    quoteFragment: 'dignified return of Syrians with the participation of the UNHCR',
    type: 'emphasizes',
    to: 'unhcr',
  },
  // Terrorism, separatism, northern Syria
  {
    quoteFragment:
      'reiterated their commitment to continue working together to combat all forms and manifestations of terrorism',
    type: 'opposes',
    to: 'terrorism',
  },
  {
    quoteFragment:
      'to stand against separatist agendas that weaken Syria’s sovereignty and territorial integrity',
    type: 'opposes',
    to: 'separatist-agendas',
  },
  {
    quoteFragment: 'They condemned the actions of terrorist groups',
    type: 'condemns',
    to: 'terrorist-groups',
  },
  {
    quoteFragment: 'including the attack on the TUSAŞ building in Ankara on October 23, 2024',
    type: 'condemns',
    to: 'tusas-attack',
  },
  {
    quoteFragment:
      'terrorist groups operating under different names in various regions of Syria that target civilian facilities',
    type: 'condemns',
    to: 'terrorist-groups-in-syria',
  },
  {
    quoteFragment:
      'the necessity of fully implementing all decisions taken regarding northern Syria',
    type: 'emphasizes',
    to: 'northern-syria',
  },
  // Idlib (reported)
  {
    quoteFragment: 'preventing any destructive activities by third parties',
    type: 'opposes',
    to: 'third-parties',
  },
  {
    quoteFragment: 'could further destabilize the Idlib de-escalation zone (IDZ)',
    type: 'emphasizes',
    to: 'idlib-dz',
  },
  // Northeast Syria, resources, sanctions
  {
    quoteFragment: 'condemned the situation in northeastern Syria',
    type: 'condemns',
    to: 'northeastern-syria',
  },
  {
    quoteFragment:
      'agreed that lasting security and stability in the region can only be achieved based on the protection of the country’s sovereignty',
    type: 'agrees',
    to: 'northeastern-syria',
  },
  {
    quoteFragment:
      'reiterated their rejection of the ongoing illegal appropriation and transfer of oil and other resources',
    type: 'rejects',
    to: 'resource-appropriation',
  },
  {
    quoteFragment:
      'these elements and unilateral sanctions negatively affect the economic situation in Syria',
    type: 'criticizes',
    to: 'unilateral-sanctions',
  },
  {
    quoteFragment:
      'condemned the actions of countries supporting terrorism that harm the unity of the Syrian state',
    type: 'condemns',
    to: 'countries-supporting-terrorism',
  },
  // The next round (reported)
  {
    quoteFragment: 'decided to hold the 23rd round of Astana talks in the first half of 2025',
    type: 'decides',
    to: 'astana-process',
  },
];

const covers = (c: Coverage, stance: Dataset['stances'][number]) =>
  stance.type === c.type &&
  stance.to === c.to &&
  stance.evidence.some((e) => e.quote.includes(c.quoteFragment));

describe('astana-22 dataset', () => {
  it('passes checkDataset and has the expected shape', () => {
    expect(dataset.id).toBe('astana-22');
    expect((raw as Record<string, unknown>).$schema).toBe('./dataset.schema.json');
    expect(Object.keys(raw as object)[0]).toBe('$schema');
    expect(dataset.documents).toHaveLength(1);
    expect(doc.id).toBe('report');
    expect(doc.kind).toBe('news-report');
    expect(doc.language).toBe('en');
    expect(doc.publisher).toBeUndefined();
    expect(doc.url).toBeUndefined();
    expect(dataset.event?.startDate).toBe('2024-11-11');
    expect(dataset.event?.endDate).toBe('2024-11-12');
    // The default briefing: 6–10 scenes, each titled and captioned (references are checked by checkDataset).
    expect(dataset.scenes?.length).toBeGreaterThanOrEqual(6);
    expect(dataset.scenes?.length).toBeLessThanOrEqual(10);
    for (const scene of dataset.scenes ?? []) {
      expect(scene.title.trim()).not.toBe('');
      expect(scene.caption.trim()).not.toBe('');
    }
  });

  it('is listed as the default in public/data/index.json', () => {
    const index = JSON.parse(readFileSync(path.join(DATA_DIR, 'index.json'), 'utf8')) as {
      datasets: Array<{ id: string; file: string; title: string; default?: boolean }>;
    };
    const entry = index.datasets.find((d) => d.id === 'astana-22');
    expect(entry).toMatchObject({ file: 'astana-22.json', default: true });
    expect(index.datasets.filter((d) => d.default)).toHaveLength(1);
  });

  it('embeds the source text byte for byte', () => {
    const bytes = Buffer.from(text, 'utf8');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(SOURCE_SHA256);
    if (existsSync(SOURCE)) {
      expect(bytes.equals(readFileSync(SOURCE))).toBe(true);
      expect(text).toBe(readFileSync(SOURCE, 'utf8'));
    }
    // The characters a careless copy would lose.
    for (const ch of ['“', '”', '’', '—', 'TUSAŞ']) expect(text).toContain(ch);
  });

  it('backs every stance with verbatim evidence spans', () => {
    for (const { stance, e } of evidence) {
      const where = `${stance.id}: "${e.quote.slice(0, 50)}"`;
      expect(e.document, where).toBe(doc.id);
      expect(text.slice(e.start, e.end), where).toBe(e.quote);
      // Whole words only: no span starts or ends mid-word.
      expect(
        /[\p{L}\p{N}]/u.test(text[e.start - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(e.quote[0]!),
        where,
      ).toBe(false);
      expect(
        /[\p{L}\p{N}]/u.test(text[e.end] ?? ' ') && /[\p{L}\p{N}]/u.test(e.quote.at(-1)!),
        where,
      ).toBe(false);
      expect(e.quote, where).not.toMatch(/[“”]/);
    }
  });

  it('marks direct evidence inside a “…” pair and reported evidence outside all of them', () => {
    const pairs = quotePairs(text);
    expect(pairs.length).toBeGreaterThan(0);
    for (const { stance, e } of evidence) {
      const where = `${stance.id}: "${e.quote.slice(0, 50)}"`;
      const inside = pairs.some(([open, close]) => e.start > open && e.end <= close);
      const overlaps = pairs.some(([open, close]) => e.start <= close && e.end > open);
      if (e.attribution === 'direct') expect(inside, where).toBe(true);
      else expect(overlaps, where).toBe(false);
    }
  });

  it('codes every statement of position in the source (COVERAGE)', () => {
    for (const c of COVERAGE) {
      const where = `${c.type} → ${c.to}: "${c.quoteFragment}"`;
      expect(text.includes(c.quoteFragment), `fragment not in the source: ${where}`).toBe(true);
      expect(
        dataset.stances.some((s) => covers(c, s)),
        `no stance covers ${where}`,
      ).toBe(true);
    }
  });

  it('codes nothing the COVERAGE list does not account for', () => {
    for (const stance of dataset.stances) {
      expect(
        COVERAGE.some((c) => covers(c, stance)),
        `stance ${stance.id} (${stance.type} → ${stance.to}) matches no COVERAGE entry`,
      ).toBe(true);
    }
  });

  it('attributes every stance to the three guarantors jointly', () => {
    for (const stance of dataset.stances) {
      expect([...stance.from].sort(), stance.id).toEqual(['iran', 'russia', 'turkiye']);
    }
    const bloc = dataset.actors.find((a) => a.id === 'guarantors');
    expect(bloc?.kind).toBe('bloc');
    expect([...(bloc?.members ?? [])].sort()).toEqual(['iran', 'russia', 'turkiye']);
  });

  it('lists the participants by role', () => {
    const byRole = (role: Role) =>
      doc.participants
        .filter((p) => p.role === role)
        .map((p) => p.actor)
        .sort();
    expect(byRole('guarantor')).toEqual(['guarantors', 'iran', 'russia', 'turkiye']);
    expect(byRole('host')).toEqual(['kazakhstan']);
    expect(byRole('party')).toEqual(['syrian-government', 'syrian-opposition']);
    expect(byRole('observer')).toEqual(['icrc', 'iraq', 'jordan', 'lebanon', 'un']);
    expect(byRole('mediator')).toEqual([]);
    expect(byRole('other')).toEqual([]);
    const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name;
    expect(name('turkiye')).toBe('Türkiye');
    expect(name('un')).toBe('United Nations');
    expect(name('icrc')).toBe('International Committee of the Red Cross');
  });

  it('names no actor the text does not name', () => {
    for (const actor of dataset.actors) {
      if (actor.kind === 'bloc') {
        expect(actor.aliases, actor.id).toContain('guarantor countries');
        expect(namedInText('guarantor countries')).toBe(true);
      } else {
        expect(
          [actor.name, ...actor.aliases].some(namedInText),
          `${actor.id}: neither "${actor.name}" nor an alias occurs in the text`,
        ).toBe(true);
      }
      // Aliases are the text's own words for the actor.
      for (const alias of actor.aliases)
        expect(namedInText(alias), `${actor.id}: alias "${alias}" is not in the text`).toBe(true);
    }
  });

  it('reports its counts', () => {
    const direct = evidence.filter(({ e }) => e.attribution === 'direct').length;
    const reported = evidence.length - direct;
    const distinct = new Set(evidence.map(({ e }) => `${e.document}:${e.start}-${e.end}`)).size;
    console.log(
      `astana-22: ${dataset.actors.length} actors, ${dataset.topics.length} topics, ` +
        `${dataset.stances.length} stances, ${evidence.length} evidence spans ` +
        `(${direct} direct, ${reported} reported; ${distinct} distinct spans), ` +
        `${COVERAGE.length} coverage entries`,
    );
    expect(direct + reported).toBe(evidence.length);
  });
});
