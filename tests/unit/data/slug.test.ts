import { describe, expect, it } from 'vitest';
import { slugify, uniqueId, uniqueIds } from '../../../src/data/slug';

describe('slugify', () => {
  it('drops marks and apostrophes, joins the rest with "-", never empty', () => {
    expect(slugify('Türkiye’s Foreign Ministry')).toBe('turkiyes-foreign-ministry');
    expect(slugify("Côte d'Ivoire — UN (2024)")).toBe('cote-divoire-un-2024');
    expect(slugify('ﬁnal ＵＮ report')).toBe('final-un-report');
    expect(slugify('  ¿¡!? ', 'actor')).toBe('actor');
    expect(slugify('فلسطين', 'topic')).toBe('topic');
  });

  it('cuts to the length asked without a trailing "-"', () => {
    expect(slugify('Astana process on Syria', 'item', 14)).toBe('astana-process');
    expect(slugify('a'.repeat(100))).toHaveLength(60);
  });
});

describe('unique ids', () => {
  it('numbers repeats from 2, among the taken ids and each other', () => {
    const next = uniqueIds(['gaza', 'gaza-2']);
    expect([next('gaza'), next('gaza'), next('syria')]).toEqual(['gaza-3', 'gaza-4', 'syria']);
    expect(uniqueId('gaza', new Set(['gaza']))).toBe('gaza-2');
    expect(uniqueId('lebanon', ['gaza'])).toBe('lebanon');
  });
});
