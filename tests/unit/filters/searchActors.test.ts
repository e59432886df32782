import { loadAstana22 } from '../../helpers/loadFixture';
import { normalizeForSearch, searchActors } from '../../../src/filters/searchActors';

const { actors } = loadAstana22();
const names = (query: string) => searchActors(actors, query).map((m) => m.actor.name);

describe('normalizeForSearch', () => {
  it('drops case and diacritics', () => {
    expect(normalizeForSearch('Türkiye')).toBe('turkiye');
    expect(normalizeForSearch('TUSAŞ')).toBe('tusas');
    expect(normalizeForSearch('Łódź  Kraków')).toBe('lodz krakow');
    expect(normalizeForSearch('Syria’s')).toBe("syria's");
    expect(normalizeForSearch('  ')).toBe('');
  });
});

describe('searchActors', () => {
  it('finds Türkiye by "Turkiye", "turkey" and "TÜRK"', () => {
    expect(names('Turkiye')[0]).toBe('Türkiye');
    expect(names('turkey')[0]).toBe('Türkiye');
    expect(names('TÜRK')[0]).toBe('Türkiye');
    expect(searchActors(actors, 'turkey')[0]!.matched).toBe('Turkey');
    expect(searchActors(actors, 'turkiye')[0]!.matched).toBeNull();
  });

  it('matches aliases and short names', () => {
    expect(names('Israeli')[0]).toBe('Israel');
    expect(names('UN')[0]).toBe('United Nations');
    expect(names('unhcr')[0]).toBe('UN High Commissioner for Refugees');
    expect(names('tusas')[0]).toBe('Attack on the TUSAŞ building');
  });

  it('ranks names that start with the query above names that contain it', () => {
    const result = names('syria');
    expect(result[0]).toBe('Syria');
    expect(result).toContain('Syrian government');
    expect(result.indexOf('Syrian government')).toBeLessThan(result.indexOf('Northern Syria'));
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(searchActors(actors, 'a', 3)).toHaveLength(3);
    expect(names('zzzz')).toEqual([]);
  });
});
