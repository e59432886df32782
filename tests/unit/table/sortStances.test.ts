import { loadAstana22 } from '../../helpers/loadFixture';
import { smallDataset } from '../../fixtures/small-dataset';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { nextOrder, sortStances, speakersOf } from '../../../src/table/sortStances';
import { POLARITIES, STANCE_TYPES } from '../../../src/data/vocabulary';

const index = indexDataset(loadAstana22());
const stances = index.dataset.stances;
const name = (id: string) => index.actorsById.get(id)!.name;

describe('sortStances', () => {
  it('keeps dataset order without a sort order, as a new array', () => {
    const rows = sortStances(index, stances, null, 'bloc');
    expect(rows).toEqual(stances);
    expect(rows).not.toBe(stances);
  });

  it('sorts by addressee, both ways, keeping dataset order among ties', () => {
    const up = sortStances(index, stances, { key: 'to', direction: 'ascending' }, 'bloc');
    const names = up.map((s) => name(s.to));
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    const down = sortStances(index, stances, { key: 'to', direction: 'descending' }, 'bloc');
    expect(down.map((s) => name(s.to))).toEqual([...names].reverse());
    // Ties (several stances toward Israel) keep dataset order in both directions.
    const israel = stances.filter((s) => s.to === 'israel').map((s) => s.id);
    expect(up.filter((s) => s.to === 'israel').map((s) => s.id)).toEqual(israel);
    expect(down.filter((s) => s.to === 'israel').map((s) => s.id)).toEqual(israel);
  });

  it('sorts by stance type grouped by polarity', () => {
    const rows = sortStances(index, stances, { key: 'stance', direction: 'ascending' }, 'bloc');
    const polarity = rows.map((s) => POLARITIES.indexOf(STANCE_TYPES[s.type].polarity));
    expect(polarity).toEqual([...polarity].sort((a, b) => a - b));
  });

  it('sorts by who speaks: the bloc in bloc mode, the signatories otherwise', () => {
    const small = indexDataset(smallDataset());
    const rows = (joint: 'bloc' | 'separate') =>
      sortStances(small, small.dataset.stances, { key: 'from', direction: 'ascending' }, joint).map(
        (s) => s.id,
      );
    expect(rows('bloc')[0]).toBe('condemns-israel');
    // "Türkiye" sorts before "Türkiye, Russia and Iran"; the bloc name before both.
    expect(rows('separate')).toEqual([
      'turkiye-supports-talks',
      'condemns-israel',
      'calls-on-unsc',
      'emphasizes-1701',
      'un-agrees-talks',
    ]);
    expect(rows('bloc').at(-1)).toBe('un-agrees-talks');
    const stance = small.stancesById.get('condemns-israel')!;
    expect(speakersOf(small, stance, 'bloc')).toEqual(['guarantors']);
    expect(speakersOf(small, stance, 'separate')).toEqual(['turkiye', 'russia', 'iran']);
  });

  it('sorts by topics', () => {
    const rows = sortStances(index, stances, { key: 'topics', direction: 'ascending' }, 'bloc');
    const first = rows.map((s) => index.topicsById.get(s.topics[0]!)!.label);
    expect(first).toEqual(
      [...first].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
  });
});

describe('nextOrder', () => {
  it('goes ascending, descending, ascending; a new column starts ascending', () => {
    const a = nextOrder(null, 'to');
    expect(a).toEqual({ key: 'to', direction: 'ascending' });
    const b = nextOrder(a, 'to');
    expect(b).toEqual({ key: 'to', direction: 'descending' });
    expect(nextOrder(b, 'to')).toEqual({ key: 'to', direction: 'ascending' });
    expect(nextOrder(b, 'from')).toEqual({ key: 'from', direction: 'ascending' });
  });
});
