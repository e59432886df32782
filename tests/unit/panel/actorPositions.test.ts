import { loadAstana22 } from '../../helpers/loadFixture';
import { smallDataset } from '../../fixtures/small-dataset';
import { indexDataset } from '../../../src/graph/datasetIndex';
import {
  actorPositions,
  countInvolving,
  firstPositions,
  involvementOf,
  primaryTopic,
} from '../../../src/panel/actorPositions';

const astana = indexDataset(loadAstana22());

describe('actorPositions', () => {
  it('lists the stances toward Israel once each, under their first topic', () => {
    const groups = actorPositions(astana, 'israel', astana.dataset.stances);
    const ids = groups.flatMap((g) => g.positions.map((p) => p.stance.id));
    expect(ids).toEqual(
      expect.arrayContaining([
        'condemns-israel-gaza-lebanon-west-bank',
        'concern-israel-unifil',
        'condemns-israel-syria',
        'accuses-israel-syria',
        'calls-for-end-israeli-attacks',
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(astana.dataset.stances.filter((s) => s.to === 'israel').length);
    for (const group of groups) {
      for (const position of group.positions) {
        expect(position.involvement).toBe('receives');
        expect(position.stance.topics[0]).toBe(group.topic.id);
        expect(position.otherTopics).toEqual(position.stance.topics.slice(1));
      }
    }
    // Groups follow the dataset's topic order.
    const order = astana.dataset.topics.map((t) => t.id);
    const seen = groups.map((g) => order.indexOf(g.topic.id));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('involves a bloc member in the bloc’s stances, taken ones first', () => {
    const groups = actorPositions(astana, 'turkiye', astana.dataset.stances);
    const positions = groups.flatMap((g) => g.positions);
    expect(positions).toHaveLength(astana.dataset.stances.length);
    // Türkiye both signs this one and is its addressee: it is listed once, as taken.
    const both = positions.filter((p) => p.stance.id === 'emphasizes-turkiye-relations-with-syria');
    expect(both.map((p) => p.involvement)).toEqual(['takes']);
    for (const group of groups) {
      const kinds = group.positions.map((p) => p.involvement);
      expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'takes' ? -1 : 1)));
    }
  });

  it('gives a bloc the stances its members sign together', () => {
    expect(countInvolving(astana, 'guarantors')).toBe(
      astana.dataset.stances.filter((s) => s.from.length === 3).length,
    );
  });

  it('involves members in stances addressed to their bloc', () => {
    const dataset = smallDataset();
    dataset.stances.push({
      ...dataset.stances[3]!,
      id: 'un-supports-guarantors',
      from: ['un'],
      to: 'guarantors',
    });
    const index = indexDataset(dataset);
    const stance = index.stancesById.get('un-supports-guarantors')!;
    expect(involvementOf(index, 'russia', stance)).toEqual({
      involvement: 'receives',
      via: 'guarantors',
    });
    expect(involvementOf(index, 'israel', stance)).toBeNull();
  });

  it('lists a stance under an active topic when a topic filter is on', () => {
    const stance = astana.stancesById.get('condemns-israel-gaza-lebanon-west-bank')!;
    expect(primaryTopic(stance, [])).toBe('gaza');
    expect(primaryTopic(stance, ['west-bank'])).toBe('west-bank');
    expect(primaryTopic(stance, ['terrorism'])).toBe('gaza');
    const groups = actorPositions(astana, 'israel', [stance], ['lebanon']);
    expect(groups.map((g) => g.topic.id)).toEqual(['lebanon']);
    expect(groups[0]!.positions[0]!.otherTopics).toEqual(['gaza', 'west-bank']);
  });
});

describe('firstPositions', () => {
  it('keeps the first N positions across topics, in order, with each group’s total and offset', () => {
    const groups = actorPositions(astana, 'israel', astana.dataset.stances);
    const all = groups.flatMap((g) => g.positions);
    expect(groups.length).toBeGreaterThan(1);
    const firstSize = groups[0]!.positions.length;
    const cut = firstPositions(groups, firstSize + 1);
    expect(cut).toHaveLength(2);
    expect(cut.flatMap((g) => g.positions)).toEqual(all.slice(0, firstSize + 1));
    expect(cut.map((g) => [g.total, g.offset])).toEqual([
      [firstSize, 0],
      [groups[1]!.positions.length, firstSize],
    ]);
    // Enough room: every group whole, as it was.
    expect(firstPositions(groups, all.length).map((g) => g.positions)).toEqual(
      groups.map((g) => g.positions),
    );
    expect(firstPositions(groups, 0)).toEqual([]);
  });
});
