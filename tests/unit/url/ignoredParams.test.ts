/** A link's ignored parts are named, not dropped silently. */
import { ignoredParams } from '../../../src/url/ignoredParams';

const known = {
  actorIds: new Set(['israel', 'turkiye']),
  topicIds: new Set(['gaza', 'lebanon']),
  stanceIds: new Set(['condemns-israel']),
  sceneIds: new Set(['overview']),
};

describe('ignoredParams', () => {
  it('says nothing about a link it fully honours', () => {
    expect(
      ignoredParams(
        '?data=astana-22&select=actor:israel&topics=gaza&polarity=negative&types=condemns&roles=guarantor&view=table&joint=separate&scene=overview&focus=israel&zoom=1.5&embed=1',
        known,
      ),
    ).toEqual([]);
  });

  it('names each ignored part and why', () => {
    expect(
      ignoredParams(
        '?scene=nope&topics=gaza,x,y&polarity=angry&select=actor:nobody&view=graph&zoom=99&colour=red&types=praises',
        known,
      ),
    ).toEqual([
      'parameter "colour" (not used by this app)',
      'select "actor:nobody" (no such actor)',
      'topics "x", "y" (no such topic)',
      'polarity "angry" (no such polarity)',
      'types "praises" (no such stance type)',
      'view "graph" (map or table)',
      'scene "nope" (no such scene)',
      'zoom "99" (a number from 0.1 to 10)',
    ]);
  });

  it('stays short whatever the link holds', () => {
    const many = Array.from({ length: 500 }, (_, i) => `t${i}`).join(',');
    const [item] = ignoredParams(`?topics=${many}`, known);
    expect(item).toBe('topics "t0", "t1", "t2" and 497 more (no such topic)');
    const [long] = ignoredParams(`?select=${'x'.repeat(100_000)}`, known);
    expect(long!.length).toBeLessThan(80);
  });
});
