import { describe, expect, it } from 'vitest';
import { stanceTypeOf } from '../../../src/data/vocabulary';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { writePlover } from '../../../src/interchange/plover';
import { loadAstana22 } from '../../helpers/loadFixture';

const dataset = loadAstana22();

describe('PLOVER JSONL', () => {
  const { jsonl, skipped } = writePlover(indexDataset(dataset), dataset.stances);
  const lines = jsonl.trimEnd().split('\n');
  const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes one event per stance with a PLOVER category, and lists the others as skipped', () => {
    const withCategory = dataset.stances.filter((s) => stanceTypeOf(s.type).plover);
    expect(events.map((e) => e.id)).toEqual(withCategory.map((s) => s.id));
    expect(skipped.map((s) => s.where)).toEqual(
      dataset.stances.filter((s) => !stanceTypeOf(s.type).plover).map((s) => `stance ${s.id}`),
    );
    expect(events.length + skipped.length).toBe(dataset.stances.length);
    expect(skipped.length).toBeGreaterThan(0);
  });

  it('carries the manual’s fields: categories, actors, text and its offsets, citation', () => {
    const text = dataset.documents[0]!.text;
    for (const event of events) {
      const stance = dataset.stances.find((s) => s.id === event.id)!;
      expect(event.event).toEqual([stanceTypeOf(stance.type).plover]);
      expect(event.date).toBe(dataset.documents[0]!.date);
      expect((event.source as Array<{ code: string }>).map((a) => a.code)).toEqual(stance.from);
      expect(event.actor).toEqual(event.source);
      expect(event.recipient).toEqual([
        expect.objectContaining({ code: stance.to, entity_text: expect.any(String) }),
      ]);
      const info = event.text_info as { start: number; end: number };
      expect(text.slice(info.start, info.end)).toBe(event.text);
      expect(event.cite_info).toMatchObject({ title: dataset.documents[0]!.title, language: 'en' });
    }
    const condemns = events.find((e) => (e.event as string[])[0] === 'ACCUSE');
    expect(condemns?.quad_code).toBe(3);
  });
});
