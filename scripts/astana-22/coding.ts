/**
 * Codebook for the "astana-22" dataset: the 22nd round of the Astana process on Syria,
 * read from the news report in shared/sources/astana-22-article.txt.
 *
 * Evidence is given here as the exact words of the source, never as offsets:
 * `scripts/build-astana-22.ts` finds each quote in the text, computes start/end and
 * fails if a quote is missing, ambiguous, cut mid-word, or on the wrong side of a “…”.
 *
 * Conventions
 * - `direct`: words inside a “…” pair, i.e. the communiqué's own wording (as translated).
 *   Spans never include the curly quote marks themselves.
 * - `reported`: the reporter's paraphrase, entirely outside any “…” pair.
 * - Where the reporter restates a direct quote, both spans back the same stance.
 * - Every stance is the joint statement of the three guarantors (from Türkiye, Russia,
 *   Iran); the map can draw it from the `guarantors` bloc.
 * - Background sentences (Kazakhstan hosting since 2017, the discussions "yesterday",
 *   who read the communiqué, who attended, the 21st round in January) are facts about
 *   the meeting, not stances, and are not coded as stances.
 */
import type { Actor, Dataset, Participant, Topic } from '../../src/data/schema';
import type { Attribution, StanceTypeId } from '../../src/data/vocabulary';

/** sha256 of shared/sources/astana-22-article.txt (5342 bytes, UTF-8, no trailing newline). */
export const SOURCE_SHA256 = '7a4ce05caddb25ce786c4e339f652658ece4bb8ca570b1a7524d652cc2a7c6f0';
export const SOURCE_FILE = 'astana-22-article.txt';
export const DOCUMENT_ID = 'report';

export interface EvidenceCoding {
  /** Exact words of the source, copied from it (curly quotes and all). */
  quote: string;
  /** 0-based: which occurrence, required only when the quote occurs more than once. */
  occurrence?: number;
  attribution: Attribution;
}

export interface StanceCoding {
  id: string;
  from: string[];
  type: StanceTypeId;
  to: string;
  topics: string[];
  summary: string;
  evidence: EvidenceCoding[];
}

const direct = (quote: string, occurrence?: number): EvidenceCoding =>
  occurrence === undefined
    ? { quote, attribution: 'direct' }
    : { quote, occurrence, attribution: 'direct' };
const reported = (quote: string, occurrence?: number): EvidenceCoding =>
  occurrence === undefined
    ? { quote, attribution: 'reported' }
    : { quote, occurrence, attribution: 'reported' };

/** The joint statement: all three guarantors speak together. */
const GUARANTORS = ['turkiye', 'russia', 'iran'];

export const meta = {
  id: 'astana-22',
  title: 'Astana process on Syria, 22nd round',
  description:
    'What Türkiye, Russia and Iran, the guarantors of the Astana process on Syria, said in the final ' +
    'communiqué of the 22nd round (Astana, 11–12 November 2024): whom they called on, condemned, ' +
    'rejected or committed to, on Gaza, Lebanon, Israeli strikes on Syria, Türkiye–Syria relations, ' +
    'terrorism, Idlib, northeast Syria, sanctions and the next round. The source is an English-language ' +
    'news report on the meeting. Words inside “…” in the report are the communiqué’s own wording (as ' +
    'translated) and are marked as the communiqué; the rest is the reporter’s paraphrase and is marked ' +
    'as the report. Every link is backed by the report’s exact words.',
  event: {
    name: '22nd round of the Astana process on Syria',
    startDate: '2024-11-11',
    endDate: '2024-11-12',
    place: 'Astana, Kazakhstan',
    dateSource:
      'The dates are those in the title of the official joint statement published by Türkiye’s ' +
      'foreign ministry, per the source notes. The report itself gives no calendar dates: it says ' +
      'discussions began “yesterday” and the main session was held “today”.',
  },
} satisfies Pick<Dataset, 'id' | 'title' | 'description' | 'event'>;

export const document = {
  id: DOCUMENT_ID,
  title: 'News report on the 22nd round of the Astana process (quotes the final communiqué)',
  kind: 'news-report',
  /** The report's "today", the day of the main session. */
  date: '2024-11-12',
  place: 'Astana, Kazakhstan',
  language: 'en',
  // No publisher (not named in the file) and no url.
} as const;

export const participants: Participant[] = [
  {
    actor: 'guarantors',
    role: 'guarantor',
    note: 'The meetings are “guaranteed by Turkey, Russia, and Iran”.',
  },
  { actor: 'turkiye', role: 'guarantor' },
  { actor: 'russia', role: 'guarantor' },
  { actor: 'iran', role: 'guarantor' },
  {
    actor: 'kazakhstan',
    role: 'host',
    note: 'Kazakhstan’s Deputy Foreign Minister Alibek Bakayev read the final communiqué.',
  },
  {
    actor: 'syrian-government',
    role: 'party',
    note: 'Called “the Syrian regime” in the report.',
  },
  { actor: 'syrian-opposition', role: 'party' },
  { actor: 'jordan', role: 'observer', note: 'Delegation attended as an observer.' },
  { actor: 'iraq', role: 'observer', note: 'Delegation attended as an observer.' },
  { actor: 'lebanon', role: 'observer', note: 'Delegation attended as an observer.' },
  {
    actor: 'un',
    role: 'observer',
    note: 'Representatives attended “alongside” the observer delegations; the report does not call them observers.',
  },
  {
    actor: 'icrc',
    role: 'observer',
    note: 'Representatives attended “alongside” the observer delegations; the report does not call them observers.',
  },
];

export const actors: Actor[] = [
  // Speakers and participants
  {
    id: 'guarantors',
    name: 'Astana guarantors',
    inSentence: 'the Astana guarantors',
    shortName: 'Guarantors',
    aliases: ['guarantor countries', 'guarantors of the Astana process'],
    kind: 'bloc',
    members: ['turkiye', 'russia', 'iran'],
    description:
      'The three guarantor countries of the Astana process, speaking jointly in the communiqué.',
  },
  { id: 'turkiye', name: 'Türkiye', aliases: ['Turkey'], kind: 'state' },
  { id: 'russia', name: 'Russia', aliases: [], kind: 'state' },
  { id: 'iran', name: 'Iran', aliases: [], kind: 'state' },
  {
    id: 'kazakhstan',
    name: 'Kazakhstan',
    aliases: [],
    kind: 'state',
    description: 'Host of the Astana process meetings since they began in 2017.',
  },
  {
    id: 'syrian-government',
    name: 'Syrian government',
    inSentence: 'the Syrian government',
    aliases: ['Syrian regime', 'regime'],
    kind: 'state',
    description: 'Referred to in the report as “the Syrian regime”.',
  },
  {
    id: 'syrian-opposition',
    name: 'Syrian opposition',
    inSentence: 'the Syrian opposition',
    aliases: ['opposition'],
    kind: 'organization',
    description: 'Representatives of the Syrian opposition, a party to the talks.',
  },
  { id: 'jordan', name: 'Jordan', aliases: [], kind: 'state' },
  { id: 'iraq', name: 'Iraq', aliases: [], kind: 'state' },
  {
    id: 'lebanon',
    name: 'Lebanon',
    aliases: [],
    kind: 'state',
    description: 'An observer at the meetings, and the country the communiqué discusses.',
  },
  {
    id: 'un',
    name: 'United Nations',
    inSentence: 'the United Nations',
    shortName: 'UN',
    aliases: ['UN'],
    kind: 'un-body',
  },
  {
    id: 'icrc',
    name: 'International Committee of the Red Cross',
    inSentence: 'the International Committee of the Red Cross',
    shortName: 'ICRC',
    aliases: [],
    kind: 'organization',
  },

  // Addressees and subjects of the stances
  {
    id: 'israel',
    name: 'Israel',
    aliases: ['Israeli', 'Israeli armed forces'],
    kind: 'state',
  },
  {
    id: 'international-community',
    name: 'International community',
    inSentence: 'the international community',
    aliases: [],
    kind: 'unnamed',
    description: 'Not further identified in the text.',
  },
  {
    id: 'unsc',
    name: 'UN Security Council',
    inSentence: 'the UN Security Council',
    shortName: 'UNSC',
    aliases: [],
    kind: 'un-body',
  },
  { id: 'gaza', name: 'Gaza', aliases: [], kind: 'place' },
  { id: 'west-bank', name: 'West Bank', inSentence: 'the West Bank', aliases: [], kind: 'place' },
  {
    id: 'unscr-1701',
    name: 'UN Security Council Resolution 1701 (2006)',
    inSentence: 'UN Security Council Resolution 1701 (2006)',
    shortName: 'Resolution 1701',
    aliases: ['Resolution 1701'],
    kind: 'principle',
  },
  { id: 'unifil', name: 'UNIFIL', aliases: [], kind: 'un-body' },
  {
    id: 'unhcr',
    name: 'UN High Commissioner for Refugees',
    inSentence: 'the UN High Commissioner for Refugees (UNHCR)',
    shortName: 'UNHCR',
    aliases: ['UNHCR'],
    kind: 'un-body',
  },
  {
    id: 'un-agencies',
    name: 'UN agencies',
    inSentence: 'UN agencies',
    aliases: [],
    kind: 'un-body',
  },
  {
    id: 'humanitarian-organizations',
    name: 'Humanitarian organizations',
    inSentence: 'humanitarian organizations',
    aliases: [],
    kind: 'organization',
    description: '“All humanitarian organizations”; none is named.',
  },
  { id: 'syria', name: 'Syria', aliases: [], kind: 'state' },
  {
    id: 'un-charter',
    name: 'UN Charter',
    inSentence: 'the UN Charter',
    aliases: [],
    kind: 'principle',
  },
  { id: 'terrorism', name: 'Terrorism', inSentence: 'terrorism', aliases: [], kind: 'issue' },
  {
    id: 'separatist-agendas',
    name: 'Separatist agendas',
    inSentence: 'separatist agendas',
    aliases: [],
    kind: 'unnamed',
    description: 'The text does not say whose agendas these are.',
  },
  {
    id: 'terrorist-groups',
    name: 'Terrorist groups',
    inSentence: 'terrorist groups',
    aliases: [],
    kind: 'armed-group',
    description: 'Not named in the text.',
  },
  {
    id: 'terrorist-groups-in-syria',
    name: 'Terrorist groups operating in Syria',
    inSentence: 'terrorist groups operating in Syria',
    aliases: ['terrorist groups operating under different names in various regions of Syria'],
    kind: 'armed-group',
    description:
      'Groups “operating under different names in various regions of Syria”; the text names none of them.',
  },
  {
    id: 'tusas-attack',
    name: 'Attack on the TUSAŞ building',
    inSentence: 'the attack on the TUSAŞ building',
    shortName: 'TUSAŞ attack',
    aliases: ['TUSAŞ', 'attack on the TUSAŞ building in Ankara'],
    kind: 'event',
    description:
      'The attack on the TUSAŞ building in Ankara on 23 October 2024, as the text states.',
  },
  {
    id: 'northern-syria',
    name: 'Northern Syria',
    inSentence: 'northern Syria',
    aliases: [],
    kind: 'place',
  },
  {
    id: 'third-parties',
    name: 'Third parties',
    inSentence: 'third parties',
    aliases: [],
    kind: 'unnamed',
    description: 'The text does not say who they are.',
  },
  {
    id: 'idlib-dz',
    name: 'Idlib de-escalation zone',
    inSentence: 'the Idlib de-escalation zone',
    shortName: 'Idlib DZ',
    aliases: ['IDZ'],
    kind: 'place',
  },
  {
    id: 'northeastern-syria',
    name: 'Northeastern Syria',
    inSentence: 'northeastern Syria',
    aliases: [],
    kind: 'place',
  },
  {
    id: 'resource-appropriation',
    name: 'Appropriation and transfer of Syria’s oil and resources',
    inSentence: 'the appropriation and transfer of Syria’s oil and resources',
    shortName: 'Oil and resources',
    aliases: ['illegal appropriation and transfer of oil and other resources'],
    kind: 'issue',
    description:
      'The “illegal appropriation and transfer of oil and other resources that rightfully belong to Syria”, in the communiqué’s words; it does not say by whom.',
  },
  {
    id: 'unilateral-sanctions',
    name: 'Unilateral sanctions',
    inSentence: 'unilateral sanctions',
    aliases: [],
    kind: 'issue',
  },
  {
    id: 'countries-supporting-terrorism',
    name: 'Countries supporting terrorism',
    inSentence: 'countries supporting terrorism',
    aliases: [],
    kind: 'unnamed',
    description: 'The text does not say which countries.',
  },
  {
    id: 'astana-process',
    name: 'Astana process',
    inSentence: 'the Astana process',
    aliases: ['Astana talks'],
    kind: 'process',
    description:
      'Talks initiated in 2017 to find a solution to the Syrian crisis, hosted by Kazakhstan.',
  },
];

export const topics: Topic[] = [
  {
    id: 'gaza',
    label: 'Gaza',
    description: 'The war in Gaza, a ceasefire there and humanitarian access to it.',
  },
  { id: 'west-bank', label: 'West Bank', description: 'Israeli actions in the West Bank.' },
  {
    id: 'lebanon',
    label: 'Lebanon and UNIFIL',
    description: 'The conflict in Lebanon, the UN force there (UNIFIL) and people fleeing Lebanon.',
  },
  {
    id: 'israeli-strikes',
    label: 'Israeli strikes on Syria',
    description: 'Israeli military attacks on Syrian territory.',
  },
  {
    id: 'sovereignty',
    label: 'Syria’s sovereignty and territorial integrity',
    description: 'Syria’s sovereignty, independence, unity and territorial integrity.',
  },
  {
    id: 'international-law',
    label: 'International law and the UN Charter',
    description:
      'International law, international humanitarian law, UN Security Council resolutions and the UN Charter.',
  },
  {
    id: 'turkiye-syria',
    label: 'Türkiye–Syria relations',
    description: 'Re-establishing relations between Türkiye and Syria.',
  },
  {
    id: 'refugees',
    label: 'Refugees and return',
    description: 'People forced to flee, and the return of Syrians to Syria.',
  },
  {
    id: 'humanitarian',
    label: 'Humanitarian aid and access',
    description: 'Humanitarian access, assistance and emergency response.',
  },
  {
    id: 'ceasefire',
    label: 'Ceasefires',
    description: 'Calls for ceasefires in Gaza and Lebanon.',
  },
  {
    id: 'terrorism',
    label: 'Terrorism and separatism',
    description: 'Terrorism, terrorist groups, separatist agendas and cross-border attacks.',
  },
  { id: 'idlib', label: 'Idlib', description: 'The Idlib de-escalation zone in Syria.' },
  {
    id: 'northeast',
    label: 'Northeast Syria and resources',
    description:
      'The situation in northeastern Syria and the transfer of Syria’s oil and other resources.',
  },
  {
    id: 'sanctions',
    label: 'Sanctions and the economy',
    description: 'Unilateral sanctions and other factors the text says affect Syria’s economy.',
  },
  {
    id: 'astana-process',
    label: 'The Astana process',
    description: 'The Astana talks themselves and their next round.',
  },
];

// ---------------------------------------------------------------------------------------
// Evidence spans shared by more than one stance
// ---------------------------------------------------------------------------------------

/** Statement 1, the reporter's lead. */
const GAZA_ACCESS_REPORTED = reported(
  'The guarantor countries called on the international community to ensure unhindered humanitarian access to Gaza.',
);
/** Statement 1, the communiqué's words the lead restates. */
const GAZA_ACCESS_DIRECT = direct(
  '(The guarantor countries) called on the international community, especially the UN Security Council, for an urgent and lasting ceasefire and the provision of unhindered humanitarian access to Gaza.',
);
/** Statement 2. */
const ISRAEL_GAZA_REPORTED = reported(
  'the guarantors of the Astana process, Iran, Russia, and Turkey, condemned the ongoing massacres and criminal attacks by Israel in Gaza, as well as its aggressions in Lebanon and the West Bank, expressing deep concern',
);
/** Statement 3. */
const UNIFIL_DIRECT = direct(
  'They expressed serious concerns regarding the intentional targeting of UNIFIL by Israeli armed forces.',
);
/** Statement 4. */
const LEBANON_FLIGHT_REPORTED = reported(
  'the guarantor countries Turkey, Russia, and Iran emphasized the need for the UN High Commissioner for Refugees (UNHCR), UN agencies, and all humanitarian organizations to develop emergency response measures for those forced to flee from Lebanon to Syria following the escalation of conflicts in Lebanon',
);
/** Statement 6. */
const SOVEREIGNTY_REPORTED = reported(
  'Turkey, Russia, and Iran reaffirmed their unwavering commitment to Syria’s sovereignty, independence, and territorial integrity, as well as to the goals and principles of the UN Charter',
);
/** Statement 7. */
const TURKIYE_SYRIA_DIRECT = direct(
  '(The guarantor countries) emphasized the importance of re-establishing relations between Turkey and Syria based on mutual respect, goodwill, and good neighborliness for the purpose of combating terrorism, creating suitable conditions for the safe, voluntary, and dignified return of Syrians with the participation of the UNHCR, intensifying the political process, and ensuring an unobstructed flow of humanitarian aid to all Syrians.',
);
/** Statement 8. */
const TERRORIST_GROUPS_DIRECT = direct(
  'They condemned the actions of terrorist groups, including the attack on the TUSAŞ building in Ankara on October 23, 2024, and terrorist groups operating under different names in various regions of Syria that target civilian facilities and cause civilian casualties.',
);
/** Statement 9. */
const IDLIB_REPORTED = reported(
  'the guarantor countries emphasized the importance of preventing any destructive activities by third parties that could further destabilize the Idlib de-escalation zone (IDZ)',
);
/** Statement 10. */
const RESOURCES_SENTENCE_DIRECT = direct(
  'They reiterated their rejection of the ongoing illegal appropriation and transfer of oil and other resources that rightfully belong to Syria, emphasizing that these elements and unilateral sanctions negatively affect the economic situation in Syria.',
);

// ---------------------------------------------------------------------------------------
// Stances, in the order of the text. Statement numbers follow the coding brief.
// ---------------------------------------------------------------------------------------

export const stances: StanceCoding[] = [
  // 1. Gaza: humanitarian access and ceasefire
  {
    id: 'calls-on-international-community-gaza',
    from: GUARANTORS,
    type: 'calls-on',
    to: 'international-community',
    topics: ['gaza', 'humanitarian', 'ceasefire'],
    summary:
      'The guarantors call on the international community to secure a lasting ceasefire in Gaza and unhindered humanitarian access to it.',
    evidence: [GAZA_ACCESS_REPORTED, GAZA_ACCESS_DIRECT],
  },
  {
    id: 'calls-on-unsc-gaza',
    from: GUARANTORS,
    type: 'calls-on',
    to: 'unsc',
    topics: ['gaza', 'humanitarian', 'ceasefire'],
    summary:
      'The guarantors call especially on the UN Security Council for an urgent, lasting ceasefire and humanitarian access in Gaza.',
    evidence: [GAZA_ACCESS_DIRECT],
  },
  {
    id: 'calls-for-gaza-ceasefire-access',
    from: GUARANTORS,
    type: 'calls-for',
    to: 'gaza',
    topics: ['gaza', 'humanitarian', 'ceasefire'],
    summary:
      'The guarantors call for an urgent and lasting ceasefire in Gaza and unhindered humanitarian access to it.',
    evidence: [GAZA_ACCESS_REPORTED, GAZA_ACCESS_DIRECT],
  },

  // 2. Israel in Gaza, Lebanon and the West Bank
  {
    id: 'condemns-israel-gaza-lebanon-west-bank',
    from: GUARANTORS,
    type: 'condemns',
    to: 'israel',
    topics: ['gaza', 'lebanon', 'west-bank'],
    summary:
      'The guarantors condemn what the report calls Israel’s massacres and criminal attacks in Gaza and its aggressions in Lebanon and the West Bank.',
    evidence: [ISRAEL_GAZA_REPORTED],
  },
  {
    id: 'concern-gaza',
    from: GUARANTORS,
    type: 'expresses-concern',
    to: 'gaza',
    topics: ['gaza'],
    summary: 'The guarantors express deep concern about Israel’s attacks in Gaza.',
    evidence: [ISRAEL_GAZA_REPORTED],
  },
  {
    id: 'concern-lebanon',
    from: GUARANTORS,
    type: 'expresses-concern',
    to: 'lebanon',
    topics: ['lebanon'],
    summary: 'The guarantors express deep concern about Israel’s actions in Lebanon.',
    evidence: [ISRAEL_GAZA_REPORTED],
  },
  {
    id: 'concern-west-bank',
    from: GUARANTORS,
    type: 'expresses-concern',
    to: 'west-bank',
    topics: ['west-bank'],
    summary: 'The guarantors express deep concern about Israel’s actions in the West Bank.',
    evidence: [ISRAEL_GAZA_REPORTED],
  },

  // 3. Lebanon and UNIFIL
  {
    id: 'calls-for-lebanon-ceasefire',
    from: GUARANTORS,
    type: 'calls-for',
    to: 'lebanon',
    topics: ['lebanon', 'ceasefire'],
    summary: 'The guarantors call for an urgent ceasefire in Lebanon.',
    evidence: [direct('(The guarantor countries) called for an urgent ceasefire in Lebanon')],
  },
  {
    id: 'emphasizes-unscr-1701',
    from: GUARANTORS,
    type: 'emphasizes',
    to: 'unscr-1701',
    topics: ['lebanon', 'international-law'],
    summary:
      'The guarantors stress the importance of implementing UN Security Council Resolution 1701 (2006).',
    evidence: [
      direct(
        'emphasized the importance of implementing UN Security Council Resolution 1701 (2006)',
      ),
    ],
  },
  {
    id: 'emphasizes-lebanon-aid',
    from: GUARANTORS,
    type: 'emphasizes',
    to: 'lebanon',
    topics: ['lebanon', 'humanitarian'],
    summary: 'The guarantors stress the need for urgent humanitarian assistance to Lebanon.',
    evidence: [
      direct(
        'stressed the necessity of delivering urgent humanitarian assistance to Lebanon, which has suffered large-scale civilian casualties and significant infrastructure destruction.',
      ),
    ],
  },
  {
    id: 'concern-unifil',
    from: GUARANTORS,
    type: 'expresses-concern',
    to: 'unifil',
    topics: ['lebanon'],
    summary: 'The guarantors express serious concern that UNIFIL is being intentionally targeted.',
    evidence: [UNIFIL_DIRECT],
  },
  {
    id: 'concern-israel-unifil',
    from: GUARANTORS,
    type: 'expresses-concern',
    to: 'israel',
    topics: ['lebanon'],
    summary:
      'The guarantors express serious concern about Israeli armed forces intentionally targeting UNIFIL.',
    evidence: [UNIFIL_DIRECT],
  },

  // 4. People fleeing Lebanon for Syria
  {
    id: 'emphasizes-unhcr-lebanon-flight',
    from: GUARANTORS,
    type: 'emphasizes',
    to: 'unhcr',
    topics: ['refugees', 'humanitarian', 'lebanon'],
    summary:
      'The guarantors stress that UNHCR needs to develop emergency response measures for people fleeing Lebanon to Syria.',
    evidence: [LEBANON_FLIGHT_REPORTED],
  },
  {
    id: 'emphasizes-un-agencies-lebanon-flight',
    from: GUARANTORS,
    type: 'emphasizes',
    to: 'un-agencies',
    topics: ['refugees', 'humanitarian', 'lebanon'],
    summary:
      'The guarantors stress that UN agencies need to develop emergency response measures for people fleeing Lebanon to Syria.',
    evidence: [LEBANON_FLIGHT_REPORTED],
  },
  {
    id: 'emphasizes-humanitarian-organizations-lebanon-flight',
    from: GUARANTORS,
    type: 'emphasizes',
    to: 'humanitarian-organizations',
    topics: ['refugees', 'humanitarian', 'lebanon'],
    summary:
      'The guarantors stress that all humanitarian organizations need to develop emergency response measures for people fleeing Lebanon to Syria.',
    evidence: [LEBANON_FLIGHT_REPORTED],
  },

  // 5. Israeli attacks in Syria
  {
    id: 'condemns-israel-syria',
    from: GUARANTORS,
    type: 'condemns',
    to: 'israel',
    topics: ['israeli-strikes'],
    summary: 'The guarantors condemn all Israeli military attacks in Syria.',
    evidence: [direct('(The guarantor countries) condemned all Israeli military attacks in Syria')],
  },
  {
    id: 'accuses-israel-syria',
    from: GUARANTORS,
    type: 'accuses',
    to: 'israel',
    topics: ['israeli-strikes', 'international-law', 'sovereignty'],
    summary:
      'The guarantors say the Israeli attacks in Syria violate international law and Syria’s sovereignty, disrupt regional stability and escalate tensions.',
    evidence: [
      direct(
        'acknowledged that these actions violate international law, international humanitarian law, Syria’s sovereignty and territorial integrity, disrupt stability in the region, and escalate tensions',
      ),
    ],
  },
  {
    id: 'calls-for-end-israeli-attacks',
    from: GUARANTORS,
    type: 'calls-for',
    to: 'israel',
    topics: ['israeli-strikes'],
    summary: 'The guarantors call for an end to the Israeli attacks in Syria.',
    evidence: [direct('called for an end to these attacks.')],
  },

  // 6. Sovereignty and the UN Charter
  {
    id: 'reaffirms-syria-sovereignty',
    from: GUARANTORS,
    type: 'reaffirms-commitment',
    to: 'syria',
    topics: ['sovereignty'],
    summary:
      'The guarantors reaffirm their commitment to Syria’s sovereignty, independence and territorial integrity.',
    evidence: [SOVEREIGNTY_REPORTED],
  },
  {
    id: 'reaffirms-un-charter',
    from: GUARANTORS,
    type: 'reaffirms-commitment',
    to: 'un-charter',
    topics: ['international-law'],
    summary:
      'The guarantors reaffirm their commitment to the goals and principles of the UN Charter.',
    evidence: [SOVEREIGNTY_REPORTED],
  },

  // 7. Türkiye–Syria relations
  {
    id: 'emphasizes-syria-relations-with-turkiye',
    from: GUARANTORS,
    type: 'emphasizes',
    to: 'syria',
    topics: ['turkiye-syria', 'terrorism', 'refugees', 'humanitarian'],
    summary:
      'The guarantors stress the importance of Syria re-establishing relations with Türkiye, to combat terrorism, enable the return of Syrians and ensure aid flows.',
    evidence: [TURKIYE_SYRIA_DIRECT],
  },
  {
    id: 'emphasizes-turkiye-relations-with-syria',
    from: GUARANTORS,
    type: 'emphasizes',
    to: 'turkiye',
    topics: ['turkiye-syria', 'terrorism', 'refugees', 'humanitarian'],
    summary:
      'The guarantors stress the importance of Türkiye re-establishing relations with Syria based on mutual respect, goodwill and good neighborliness.',
    evidence: [TURKIYE_SYRIA_DIRECT],
  },
  {
    id: 'emphasizes-unhcr-return',
    from: GUARANTORS,
    type: 'emphasizes',
    to: 'unhcr',
    topics: ['refugees', 'turkiye-syria'],
    summary:
      'The guarantors want conditions for the safe, voluntary and dignified return of Syrians with the participation of UNHCR.',
    evidence: [TURKIYE_SYRIA_DIRECT],
  },

  // 8. Terrorism, separatism, northern Syria
  {
    id: 'opposes-terrorism',
    from: GUARANTORS,
    type: 'opposes',
    to: 'terrorism',
    topics: ['terrorism'],
    summary:
      'The guarantors reiterate their commitment to keep working together against terrorism in all its forms.',
    evidence: [
      direct(
        '(The guarantor countries) have reiterated their commitment to continue working together to combat all forms and manifestations of terrorism',
      ),
    ],
  },
  {
    id: 'opposes-separatist-agendas',
    from: GUARANTORS,
    type: 'opposes',
    to: 'separatist-agendas',
    topics: ['terrorism', 'sovereignty'],
    summary:
      'The guarantors commit to stand against separatist agendas that, they say, weaken Syria’s sovereignty and threaten neighboring countries.',
    evidence: [
      direct(
        'to stand against separatist agendas that weaken Syria’s sovereignty and territorial integrity and threaten the national security of neighboring countries, including cross-border attacks and infiltrations.',
      ),
    ],
  },
  {
    id: 'condemns-terrorist-groups',
    from: GUARANTORS,
    type: 'condemns',
    to: 'terrorist-groups',
    topics: ['terrorism'],
    summary: 'The guarantors condemn the actions of terrorist groups.',
    evidence: [TERRORIST_GROUPS_DIRECT],
  },
  {
    id: 'condemns-tusas-attack',
    from: GUARANTORS,
    type: 'condemns',
    to: 'tusas-attack',
    topics: ['terrorism'],
    summary:
      'The guarantors condemn the attack on the TUSAŞ building in Ankara on 23 October 2024.',
    evidence: [TERRORIST_GROUPS_DIRECT],
  },
  {
    id: 'condemns-terrorist-groups-in-syria',
    from: GUARANTORS,
    type: 'condemns',
    to: 'terrorist-groups-in-syria',
    topics: ['terrorism'],
    summary:
      'The guarantors condemn terrorist groups operating under different names in Syria that target civilian facilities.',
    evidence: [TERRORIST_GROUPS_DIRECT],
  },
  {
    id: 'emphasizes-northern-syria-decisions',
    from: GUARANTORS,
    type: 'emphasizes',
    to: 'northern-syria',
    topics: ['terrorism'],
    summary:
      'The guarantors stress that all decisions taken on northern Syria must be fully implemented.',
    evidence: [
      direct(
        'They emphasized the necessity of fully implementing all decisions taken regarding northern Syria.',
      ),
    ],
  },

  // 9. Idlib
  {
    id: 'opposes-third-parties-idlib',
    from: GUARANTORS,
    type: 'opposes',
    to: 'third-parties',
    topics: ['idlib'],
    summary:
      'The guarantors stress preventing destructive activities by third parties that could further destabilize the Idlib de-escalation zone.',
    evidence: [IDLIB_REPORTED],
  },
  {
    id: 'emphasizes-idlib-dz',
    from: GUARANTORS,
    type: 'emphasizes',
    to: 'idlib-dz',
    topics: ['idlib'],
    summary:
      'The guarantors stress the importance of keeping the Idlib de-escalation zone from further destabilization.',
    evidence: [IDLIB_REPORTED],
  },

  // 10. Northeast Syria, resources, sanctions
  {
    id: 'condemns-northeastern-syria-situation',
    from: GUARANTORS,
    type: 'condemns',
    to: 'northeastern-syria',
    topics: ['northeast'],
    summary: 'The guarantors condemn the situation in northeastern Syria.',
    evidence: [direct('(The guarantor countries) condemned the situation in northeastern Syria')],
  },
  {
    id: 'agrees-northeastern-syria-sovereignty',
    from: GUARANTORS,
    type: 'agrees',
    to: 'northeastern-syria',
    topics: ['northeast', 'sovereignty'],
    summary:
      'The guarantors agree that lasting security in the region can only rest on protecting Syria’s sovereignty and territorial integrity.',
    evidence: [
      direct(
        'agreed that lasting security and stability in the region can only be achieved based on the protection of the country’s sovereignty and territorial integrity.',
      ),
    ],
  },
  {
    id: 'rejects-resource-appropriation',
    from: GUARANTORS,
    type: 'rejects',
    to: 'resource-appropriation',
    topics: ['northeast', 'sanctions'],
    summary:
      'The guarantors reiterate their rejection of what they call the illegal appropriation and transfer of Syria’s oil and other resources.',
    evidence: [
      direct(
        'They reiterated their rejection of the ongoing illegal appropriation and transfer of oil and other resources that rightfully belong to Syria',
      ),
    ],
  },
  {
    id: 'criticizes-unilateral-sanctions',
    from: GUARANTORS,
    type: 'criticizes',
    to: 'unilateral-sanctions',
    topics: ['sanctions'],
    summary:
      'The guarantors say unilateral sanctions, with the loss of oil and resources, harm the economic situation in Syria.',
    evidence: [RESOURCES_SENTENCE_DIRECT],
  },
  {
    id: 'condemns-countries-supporting-terrorism',
    from: GUARANTORS,
    type: 'condemns',
    to: 'countries-supporting-terrorism',
    topics: ['terrorism', 'sovereignty'],
    summary:
      'The guarantors condemn the actions of countries supporting terrorism that harm the unity of the Syrian state.',
    evidence: [
      direct(
        'They condemned the actions of countries supporting terrorism that harm the unity of the Syrian state.',
      ),
    ],
  },

  // 11. The next round
  {
    id: 'decides-next-round',
    from: GUARANTORS,
    type: 'decides',
    to: 'astana-process',
    topics: ['astana-process'],
    summary:
      'The guarantors decide to hold the 23rd round of the Astana talks in the first half of 2025.',
    evidence: [
      reported(
        'Russia, Turkey, and Iran decided to hold the 23rd round of Astana talks in the first half of 2025',
      ),
    ],
  },
];
