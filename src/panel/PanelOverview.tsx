import { useMemo, useRef } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { formatDateRange } from '../ui/formatDate';
import {
  ACTOR_KIND_STYLES,
  ACTOR_KINDS,
  ATTRIBUTION_LABELS,
  ATTRIBUTIONS,
  POLARITIES,
  POLARITY_STYLES,
  ROLE_STYLES,
  ROLES,
  STANCE_TYPE_IDS,
  STANCE_TYPES,
  type Glyph,
  type Role,
} from '../data/vocabulary';
import type { SourceDocument } from '../data/schema';
import { AttributionBadge } from './AttributionBadge';
import { GlyphIcon } from './GlyphIcon';
import { usePanelData } from './panelData';
import type { PanelNav, PanelViewProps } from './panelNav';
import { PolaritySwatch } from './PolaritySwatch';
import { RoleBadge } from './RoleBadge';
import { figure } from '../data/figure';
import { pageItem, SHOWN_FIRST, ShowMore, usePaging } from './usePaging';

function DocumentTitle({ doc }: { doc: SourceDocument }) {
  return (
    <>
      {doc.url ? (
        <a href={doc.url} target="_blank" rel="noopener noreferrer">
          {doc.title}
        </a>
      ) : (
        doc.title
      )}
      {doc.publisher && <span className="details__faint"> · {doc.publisher}</span>}
    </>
  );
}

/** A role's participants; a long list (hundreds of observers) the first few, then a page at a time. */
function ParticipantList({
  members,
  role,
  nav,
}: {
  members: readonly { actor: string; note?: string }[];
  role: Role;
  nav: PanelNav;
}) {
  const index = useDatasetIndex();
  const listRef = useRef<HTMLUListElement>(null);
  const paging = usePaging(role, role, members.length, listRef);
  return (
    <>
      <ul ref={listRef} className="details__participants">
        {members.slice(0, paging.shown).map((participant, i) => (
          <li key={participant.actor}>
            <button
              type="button"
              className="link-button"
              data-page-item={pageItem(role, i)}
              onClick={() => nav.selectActor(participant.actor)}
            >
              {index.actorsById.get(participant.actor)?.name ?? participant.actor}
            </button>
            {participant.note && <span className="details__note"> {participant.note}</span>}
          </li>
        ))}
      </ul>
      <ShowMore
        paging={paging}
        noun={ROLE_STYLES[role].plural.toLowerCase()}
        className="details__more details__more--nested"
      />
    </>
  );
}

/** Nothing selected: what the dataset is, who took part, what is visible, and the legend. */
export default function PanelOverview({ nav, headingRef }: PanelViewProps) {
  const index = useDatasetIndex();
  const { dataset } = index;
  const { graph } = usePanelData();
  const document = dataset.documents[0]!;
  const event = dataset.event;

  const legend = useMemo(() => {
    const kinds = new Set(dataset.actors.map((actor) => actor.kind));
    // Kinds sharing a glyph (organization, UN body) share a legend row.
    const glyphs = new Map<Glyph, string[]>();
    for (const kind of ACTOR_KINDS) {
      if (!kinds.has(kind)) continue;
      const style = ACTOR_KIND_STYLES[kind];
      glyphs.set(style.glyph, [...(glyphs.get(style.glyph) ?? []), style.label]);
    }
    const types = new Set(dataset.stances.map((stance) => stance.type));
    const polarities = POLARITIES.map((polarity) => ({
      polarity,
      types: STANCE_TYPE_IDS.filter(
        (type) => types.has(type) && STANCE_TYPES[type].polarity === polarity,
      ),
    })).filter((group) => group.types.length > 0);
    const attributions = new Set(
      dataset.stances.flatMap((stance) => stance.evidence.map((evidence) => evidence.attribution)),
    );
    return {
      glyphs: [...glyphs],
      polarities,
      attributions: ATTRIBUTIONS.filter((attribution) => attributions.has(attribution)),
    };
  }, [dataset]);

  const participants = useMemo(() => {
    const seen = new Set<string>();
    const byRole = new Map<string, { actor: string; note?: string }[]>();
    for (const doc of dataset.documents) {
      for (const participant of doc.participants) {
        if (seen.has(participant.actor)) continue;
        seen.add(participant.actor);
        const role = index.roleOf.get(participant.actor) ?? participant.role;
        byRole.set(role, [...(byRole.get(role) ?? []), participant]);
      }
    }
    return ROLES.filter((role) => byRole.has(role)).map((role) => ({
      role,
      members: byRole.get(role)!,
    }));
  }, [dataset, index]);

  const attributions = useMemo(() => {
    const counts = { direct: 0, reported: 0 };
    for (const stance of graph.stances)
      for (const evidence of stance.evidence) counts[evidence.attribution]++;
    return counts;
  }, [graph.stances]);

  const when = event
    ? formatDateRange(event.startDate, event.endDate)
    : formatDateRange(document.date);
  const where = event?.place ?? document.place;

  return (
    <div className="details__overview">
      <section className="details__section" aria-labelledby="details-overview-title">
        <p className="details__eyebrow">Overview</p>
        <h2 id="details-overview-title" ref={headingRef} tabIndex={-1} className="details__title">
          {dataset.title}
        </h2>
        <p className="details__meta">
          {when} · {where}
        </p>
        {event && event.name !== dataset.title && <p className="details__event">{event.name}</p>}
        <p className="details__description">{dataset.description}</p>
        <dl className="details__facts">
          <dt>
            {dataset.documents.length > 1 ? `Sources (${dataset.documents.length})` : 'Source'}
          </dt>
          <dd>
            {dataset.documents.length > 1 ? (
              <ul className="details__documents">
                {dataset.documents.map((doc) => (
                  <li key={doc.id}>
                    <DocumentTitle doc={doc} />
                    <span className="details__faint">
                      {' '}
                      · {formatDateRange(doc.date)} · {doc.place}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <DocumentTitle doc={document} />
            )}
          </dd>
          {event?.dateSource && (
            <>
              <dt>Dates</dt>
              <dd className="details__small">{event.dateSource}</dd>
            </>
          )}
        </dl>
      </section>

      <section className="details__section" aria-labelledby="details-visible">
        <h3 id="details-visible" className="details__subtitle">
          On the map now
        </h3>
        <dl className="details__counts">
          <div>
            <dt>Actors</dt>
            <dd>{graph.counts.actors}</dd>
          </div>
          <div>
            <dt>Stances</dt>
            <dd>{graph.counts.stances}</dd>
          </div>
          <div>
            <dt>Quotes</dt>
            <dd>{graph.counts.evidence}</dd>
          </div>
        </dl>
        <p className="details__small">
          Of the quotes, {attributions.direct} are the communiqué’s own words and{' '}
          {attributions.reported} the report’s paraphrase.
        </p>
      </section>

      {participants.length > 0 && (
        <section className="details__section" aria-labelledby="details-participants">
          <h3 id="details-participants" className="details__subtitle">
            Participants
          </h3>
          {participants.map(({ role, members }) => (
            <div key={role} className="details__role">
              <h4 className="details__role-title">
                <RoleBadge role={role} />
                {ROLE_STYLES[role].plural}
                {members.length > SHOWN_FIRST && (
                  <span className="details__heading-count"> · {figure(members.length)}</span>
                )}
              </h4>
              <ParticipantList members={members} role={role} nav={nav} />
            </div>
          ))}
        </section>
      )}

      <section className="details__section legend" aria-labelledby="details-legend">
        <h3 id="details-legend" className="details__subtitle">
          How to read the map
        </h3>
        <h4 className="legend__title">Lines: who takes a stance toward whom</h4>
        <p className="details__small">
          Each line points from the actors taking a stance to the one it is about. Colour and line
          style both show the polarity.
        </p>
        <ul className="legend__list">
          {legend.polarities.map(({ polarity, types }) => (
            <li key={polarity} className="legend__row legend__row--polarity">
              <PolaritySwatch polarity={polarity} />
              <span>
                <strong>{POLARITY_STYLES[polarity].label}</strong>
                <span className="legend__types">
                  {types.map((type) => STANCE_TYPES[type].label).join(', ')}
                </span>
              </span>
            </li>
          ))}
        </ul>
        <h4 className="legend__title">Shapes: kinds of actor</h4>
        <ul className="legend__list legend__list--columns">
          {legend.glyphs.map(([glyph, labels]) => (
            <li key={glyph} className="legend__row">
              <GlyphIcon glyph={glyph} />
              <span>{labels.join(', ')}</span>
            </li>
          ))}
        </ul>
        {participants.length > 0 && (
          <>
            <h4 className="legend__title">Rings: role in the meeting</h4>
            <ul className="legend__list legend__list--columns">
              {participants.map(({ role }) => (
                <li key={role} className="legend__row">
                  <RoleBadge role={role} />
                  <span>{ROLE_STYLES[role].label}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <h4 className="legend__title">Quotes</h4>
        <ul className="legend__list">
          {legend.attributions.map((attribution) => (
            <li key={attribution} className="legend__row">
              <AttributionBadge attribution={attribution} />
              <span className="details__small">{ATTRIBUTION_LABELS[attribution].description}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
