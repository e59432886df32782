/**
 * The default briefing for "astana-22": the 22nd round told in eight scenes.
 *
 * Captions describe what the report says, in neutral words, and nothing it does not:
 * where the report uses a charged word in its own voice or the communiqué's ("criminal
 * attacks", "illegal appropriation"), the caption either quotes the stance it backs or
 * attributes it ("what they call"). `quotes` lists the stances whose evidence the scene
 * shows; identical spans show once. The build script merges these into
 * public/data/astana-22.json, where checkDataset validates every reference.
 */
import type { Scene } from '../../src/data/schema';

export const ASTANA_22_SCENES: Scene[] = [
  {
    id: 'overview',
    title: 'The 22nd round: who took part',
    caption:
      'Türkiye, Russia and Iran, the guarantors of the Astana process, met in Astana with representatives of the Syrian government and opposition; Kazakhstan hosted. Jordan, Iraq and Lebanon attended as observers, alongside representatives of the UN and the International Committee of the Red Cross.',
    view: { joint: 'bloc' },
    quotes: [],
  },
  {
    id: 'gaza',
    title: 'Gaza',
    caption:
      'The guarantors condemn Israel’s attacks in Gaza and express deep concern. They call on the international community, especially the UN Security Council, for an urgent and lasting ceasefire and unhindered humanitarian access.',
    view: { topics: ['gaza'], joint: 'bloc' },
    quotes: ['condemns-israel-gaza-lebanon-west-bank', 'calls-on-unsc-gaza'],
  },
  {
    id: 'lebanon-unifil',
    title: 'Lebanon and UNIFIL',
    caption:
      'The guarantors call for an urgent ceasefire in Lebanon and stress implementing UN Security Council Resolution 1701 (2006). They express serious concern about the intentional targeting of UNIFIL by Israeli armed forces.',
    view: { topics: ['lebanon'], joint: 'bloc' },
    quotes: ['calls-for-lebanon-ceasefire', 'emphasizes-unscr-1701', 'concern-israel-unifil'],
  },
  {
    id: 'israeli-strikes',
    title: 'Israeli strikes in Syria',
    caption:
      'The guarantors condemn all Israeli military attacks in Syria, say they violate international law and Syria’s sovereignty and territorial integrity, and call for an end to them.',
    view: { topics: ['israeli-strikes'], joint: 'bloc' },
    quotes: ['condemns-israel-syria', 'accuses-israel-syria', 'calls-for-end-israeli-attacks'],
  },
  {
    id: 'sovereignty-turkiye-syria',
    title: 'Sovereignty and the Türkiye–Syria track',
    caption:
      'The guarantors reaffirm their commitment to Syria’s sovereignty, independence and territorial integrity, and stress the importance of re-establishing relations between Türkiye and Syria.',
    view: { topics: ['sovereignty', 'turkiye-syria'], joint: 'bloc' },
    quotes: ['reaffirms-syria-sovereignty', 'emphasizes-turkiye-relations-with-syria'],
  },
  {
    id: 'terrorism-separatism',
    title: 'Terrorism and separatism',
    caption:
      'The guarantors reiterate their commitment to combat terrorism and to stand against separatist agendas. They condemn the actions of terrorist groups, including the attack on the TUSAŞ building in Ankara on 23 October 2024.',
    view: { topics: ['terrorism'], joint: 'bloc' },
    quotes: ['opposes-terrorism', 'condemns-tusas-attack'],
  },
  {
    id: 'idlib-northeast',
    title: 'Idlib and the northeast',
    caption:
      'The guarantors stress preventing destructive activities by third parties that could destabilize the Idlib de-escalation zone. They condemn the situation in northeastern Syria and reject what they call the illegal appropriation and transfer of Syria’s oil and other resources.',
    view: { topics: ['idlib', 'northeast'], joint: 'bloc' },
    quotes: [
      'opposes-third-parties-idlib',
      'condemns-northeastern-syria-situation',
      'rejects-resource-appropriation',
    ],
  },
  {
    id: 'next-round',
    title: 'The next round',
    caption:
      'The guarantors decide to hold the 23rd round of the Astana talks in the first half of 2025. The report notes that the 21st round was held in January of that year.',
    view: { topics: ['astana-process'], joint: 'bloc' },
    quotes: ['decides-next-round'],
  },
];
