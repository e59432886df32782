import { attributionFor, quotations } from '../../../src/coding/attribution';

const of = (text: string, words: string, kind = 'news-report') => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in text: ${words}`);
  return attributionFor({ text, kind }, { start, end: start + words.length });
};

describe('attribution from quotation marks', () => {
  const curly =
    'The ministers met. It said: “We condemn the strikes on Syria’s people.” They left.';
  it('is direct inside curly quotes, apostrophes notwithstanding', () => {
    expect(of(curly, 'condemn the strikes on Syria’s people.').attribution).toBe('direct');
    expect(of(curly, '“We condemn the strikes on Syria’s people.”').attribution).toBe('direct');
  });
  it('is reported outside them', () => {
    const guess = of(curly, 'The ministers met.');
    expect(guess.attribution).toBe('reported');
    expect(guess.reason).toMatch(/outside/);
    expect(of(curly, 'They left.').attribution).toBe('reported');
  });
  it('works with straight quotes', () => {
    const straight = 'He said "we agree" and left, then "we differ" came.';
    expect(of(straight, 'we agree').attribution).toBe('direct');
    expect(of(straight, 'and left').attribution).toBe('reported');
    expect(of(straight, 'we differ').attribution).toBe('direct');
  });
  it('keeps nested quotes inside the outer quote', () => {
    const nested = 'It read: “They rejected the ‘so-called’ plan and said "no".” Then silence.';
    expect(of(nested, 'so-called').attribution).toBe('direct');
    expect(of(nested, 'plan and said').attribution).toBe('direct');
    expect(of(nested, 'no').attribution).toBe('direct');
    expect(of(nested, 'Then silence.').attribution).toBe('reported');
  });
  it('calls a span across a closing mark reported, saying where it crossed', () => {
    const guess = of(curly, 'people.” They left');
    expect(guess.attribution).toBe('reported');
    expect(guess.reason).toContain(`closing quotation mark at ${curly.indexOf('”')}`);
  });
  it('reads the real article: its “(The guarantor countries) …” quotes are direct', async () => {
    const { readRepoFile } = await import('../../helpers/loadFixture');
    const article = readRepoFile('../shared/sources/astana-22-article.txt');
    expect(of(article, 'called for an urgent ceasefire in Lebanon').attribution).toBe('direct');
    expect(
      of(article, 'The guarantor countries called on the international community').attribution,
    ).toBe('reported');
  });
  it('calls every word of a statement, communiqué or declaration its own (direct)', () => {
    const text = 'The parties “welcomed” the talks and condemned the attack.';
    for (const kind of ['joint-statement', 'communique', 'final-declaration'])
      expect(of(text, 'condemned the attack', kind)).toEqual({
        attribution: 'direct',
        reason: 'the document is a statement: its own words',
      });
    expect(of(text, 'condemned the attack', 'press-release').attribution).toBe('reported');
  });
});

describe('quotations', () => {
  const slices = (text: string, from?: number, to?: number) =>
    quotations(text, from, to).map((span) => text.slice(span.start, span.end));

  it('finds the outermost quotations, nested ones and apostrophes inside them', () => {
    const text = 'He said “we back ‘the plan’ and Syria’s unity” and «non» and "yes".';
    expect(slices(text)).toEqual(['we back ‘the plan’ and Syria’s unity', 'non', 'yes']);
  });

  it('closes „…“ with its low-high pair, so the words after it are the reporter’s', () => {
    const text = 'Berlin said „wir unterstützen Syrien“ and left the talks.';
    expect(slices(text)).toEqual(['wir unterstützen Syrien']);
    expect(of(text, 'left the talks').attribution).toBe('reported');
    expect(of(text, 'wir unterstützen Syrien').attribution).toBe('direct');
  });

  it('runs a quotation still open at the end of the range to its end', () => {
    const text = 'First. It said: “We condemn it.\nNext paragraph.';
    const end = text.indexOf('\n');
    expect(slices(text, 0, end)).toEqual(['We condemn it.']);
    expect(slices(text, end + 1)).toEqual([]);
  });
});
