import { useMemo, useState } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import type { Actor } from '../data/schema';
import { ACTOR_KIND_STYLES, ROLE_STYLES, STANCE_TYPES } from '../data/vocabulary';
import { stanceSentence } from '../graph/sentences';
import { useUiActions } from '../state/UiStoreProvider';
import { actorPositions, countInvolving } from './actorPositions';
import { QuoteFigure } from './AttributionBadge';
import { GlyphIcon } from './GlyphIcon';
import { usePanelData } from './panelData';
import type { PanelViewProps } from './panelNav';
import { PolaritySwatch } from './PolaritySwatch';
import { RoleBadge } from './RoleBadge';

/**
 * A busy actor (hundreds of stances in a big corpus) shows this many at first, so
 * selecting it paints at once; "Show all N stances" renders the rest.
 */
export const POSITIONS_SHOWN_FIRST = 40;

/** An actor: who it is, then every visible stance it takes or receives, by topic, with quotes. */
export default function ActorDetails({
  actor,
  nav,
  headingRef,
}: PanelViewProps & { actor: Actor }) {
  const index = useDatasetIndex();
  const { graph, joint, filters } = usePanelData();
  const { clearFilters } = useUiActions();

  const groups = useMemo(
    () => actorPositions(index, actor.id, graph.stances, filters.topics),
    [index, actor.id, graph.stances, filters.topics],
  );
  const total = useMemo(() => countInvolving(index, actor.id), [index, actor.id]);
  const positions = groups.flatMap((group) => group.positions);
  const takes = positions.filter((position) => position.involvement === 'takes').length;
  const receives = positions.length - takes;
  const hidden = total - positions.length;
  /** The actor whose stances are all shown ("Show all" resets when another is selected). */
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  const shownGroups = useMemo(() => {
    if (expandedFor === actor.id) return groups;
    let room = POSITIONS_SHOWN_FIRST;
    const shown: typeof groups = [];
    for (const group of groups) {
      if (room <= 0) break;
      shown.push(
        group.positions.length <= room
          ? group
          : { ...group, positions: group.positions.slice(0, room) },
      );
      room -= group.positions.length;
    }
    return shown;
  }, [groups, expandedFor, actor.id]);
  const unshown =
    positions.length - shownGroups.reduce((sum, group) => sum + group.positions.length, 0);

  const role = index.roleOf.get(actor.id);
  const kind = ACTOR_KIND_STYLES[actor.kind];
  const blocs = index.blocsOfMember.get(actor.id) ?? [];
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);
  const topicLabel = (id: string) => index.topicsById.get(id)?.label ?? id;
  const name = (id: string) => index.actorsById.get(id)?.name ?? id;

  return (
    <article className="details__actor" aria-labelledby="details-actor-title">
      <div className="details__section">
        <p className="details__eyebrow">
          <GlyphIcon glyph={kind.glyph} size={18} />
          {kind.label}
          {role && (
            <>
              <span aria-hidden="true"> · </span>
              <RoleBadge role={role} />
              {ROLE_STYLES[role].label}
            </>
          )}
        </p>
        <h2 id="details-actor-title" ref={headingRef} tabIndex={-1} className="details__title">
          {actor.name}
        </h2>
        {aliases.length > 0 && <p className="details__meta">Also called: {aliases.join('; ')}</p>}
        {actor.description && <p className="details__description">{actor.description}</p>}
        {actor.members && actor.members.length > 0 && (
          <p className="details__relations">
            <span className="details__faint">Members:</span>{' '}
            {actor.members.map((member, i) => (
              <span key={member}>
                {i > 0 && ', '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => nav.selectActor(member)}
                >
                  {name(member)}
                </button>
              </span>
            ))}
          </p>
        )}
        {blocs.length > 0 && (
          <p className="details__relations">
            <span className="details__faint">Member of:</span>{' '}
            {blocs.map((bloc, i) => (
              <span key={bloc.id}>
                {i > 0 && ', '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => nav.selectActor(bloc.id)}
                >
                  {bloc.name}
                </button>
              </span>
            ))}
          </p>
        )}
        <p className="details__small">
          {involvementLine(takes, receives)}
          {hidden > 0 && (
            <>
              {' '}
              {hidden} more {hidden === 1 ? 'is' : 'are'} hidden by the filters.{' '}
              <button type="button" className="link-button" onClick={clearFilters}>
                Clear filters
              </button>
            </>
          )}
        </p>
      </div>

      {shownGroups.map((group) => (
        <section
          key={group.topic.id}
          className="details__section details__topic"
          aria-labelledby={`details-topic-${group.topic.id}`}
        >
          <h3 id={`details-topic-${group.topic.id}`} className="details__subtitle">
            {group.topic.label}
          </h3>
          <ul className="positions">
            {group.positions.map(({ stance, involvement, via, otherTopics }) => (
              <li key={stance.id} className={`position position--${involvement}`}>
                <button
                  type="button"
                  className="stance-button"
                  onClick={() => nav.selectStance(stance.id)}
                >
                  <PolaritySwatch polarity={STANCE_TYPES[stance.type].polarity} />
                  <span>{stanceSentence(index, stance, joint)}</span>
                </button>
                {via && (
                  <p className="details__small">
                    Toward {name(via)}, of which {actor.name} is a member.
                  </p>
                )}
                {otherTopics.length > 0 && (
                  <p className="position__topics">
                    Also: {otherTopics.map(topicLabel).join(' · ')}
                  </p>
                )}
                {stance.evidence.map((evidence, i) => (
                  <QuoteFigure key={i} quote={evidence.quote} attribution={evidence.attribution} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}

      {unshown > 0 && (
        <div className="details__section">
          <button type="button" className="button" onClick={() => setExpandedFor(actor.id)}>
            Show all {countLabel(positions.length)}
          </button>
        </div>
      )}

      <div className="details__section details__footer">
        <button type="button" className="button" onClick={nav.clear}>
          Clear selection
        </button>
      </div>
    </article>
  );
}

function countLabel(count: number): string {
  return `${count} ${count === 1 ? 'stance' : 'stances'}`;
}

function involvementLine(takes: number, receives: number): string {
  if (takes === 0 && receives === 0) return 'No visible stances involve this actor.';
  if (receives === 0) return `Takes ${countLabel(takes)}.`;
  if (takes === 0) return `${countLabel(receives)} toward it.`;
  return `Takes ${countLabel(takes)}; ${countLabel(receives)} toward it.`;
}
