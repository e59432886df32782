import { indexDataset } from '../../../src/graph/datasetIndex';
import {
  listNames,
  nameInSentence,
  signatorySentence,
  stanceSentence,
} from '../../../src/graph/sentences';
import { baseDataset } from '../../fixtures/broken/base';

const index = indexDataset(baseDataset());
const stance = (id: string) => index.stancesById.get(id)!;

describe('stance sentences', () => {
  it('list names the way English does', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['Iran'])).toBe('Iran');
    expect(listNames(['Russia', 'Iran'])).toBe('Russia and Iran');
    expect(listNames(['Türkiye', 'Russia', 'Iran'])).toBe('Türkiye, Russia and Iran');
  });

  it('use an actor’s in-sentence form when it has one, else its name, else its id', () => {
    expect(nameInSentence(index.actorsById.get('international-community'), 'x')).toBe(
      'the international community',
    );
    expect(nameInSentence(index.actorsById.get('israel'), 'x')).toBe('Israel');
    expect(nameInSentence(undefined, 'ghost')).toBe('ghost');
  });

  it('"Türkiye, Russia and Iran condemn Israel" in separate mode', () => {
    expect(stanceSentence(index, stance('condemns-israel'))).toBe(
      'Türkiye, Russia and Iran condemn Israel',
    );
  });

  it('"The Astana guarantors condemn Israel" in bloc mode, capitalised at the start', () => {
    expect(stanceSentence(index, stance('condemns-israel'), 'bloc')).toBe(
      'The Astana guarantors condemn Israel',
    );
  });

  it('uses the singular verb for one actor and the type’s own phrasing', () => {
    expect(stanceSentence(index, stance('turkiye-criticizes-israel'), 'bloc')).toBe(
      'Türkiye criticizes Israel',
    );
    expect(stanceSentence(index, stance('calls-on-community'))).toBe(
      'Türkiye, Russia and Iran call on the international community',
    );
  });

  it('names a signatory’s co-signatories in separate mode', () => {
    expect(signatorySentence(index, stance('rejects-israel'), 'russia')).toBe(
      'Russia rejects Israel (with Türkiye and Iran)',
    );
    expect(signatorySentence(index, stance('turkiye-criticizes-israel'), 'turkiye')).toBe(
      'Türkiye criticizes Israel',
    );
  });
});
