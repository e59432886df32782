import { memo, useMemo, useRef } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import type { Actor, JointMode } from '../data/schema';
import { ACTOR_KIND_STYLES, ROLE_STYLES, STANCE_TYPES } from '../data/vocabulary';
import { stanceSentence } from '../graph/sentences';
import { useUiActions } from '../state/UiStoreProvider';
import { actorPositions, countInvolving, firstPositions, type Position } from './actorPositions';
import { QuoteFigure } from './AttributionBadge';
import { GlyphIcon } from './GlyphIcon';
import { usePanelData } from './panelData';
import type { PanelNav, PanelViewProps } from './panelNav';
import { PolaritySwatch } from './PolaritySwatch';
import { RoleBadge } from './RoleBadge';
import { figure } from '../data/figure';
import { pageItem, SHOWN_FIRST, ShowMore, usePaging } from './usePaging';

/**
 * An actor: who it is, then every visible stance it takes or receives, by topic, with
 * quotes. A busy actor (hundreds of stances in a big corpus) lists the first few and
 * offers the rest a page at a time, so selecting it paints at once.
 */
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
  const listRef = useRef<HTMLElement>(null);
  const paging = usePaging('positions', actor.id, positions.length, listRef);
  const shownGroups = useMemo(() => firstPositions(groups, paging.shown), [groups, paging.shown]);
  /** A cut list says in each topic's heading how many it holds. */
  const long = positions.length > SHOWN_FIRST;

  const role = index.roleOf.get(actor.id);
  const kind = ACTOR_KIND_STYLES[actor.kind];
  const blocs = index.blocsOfMember.get(actor.id) ?? [];
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);
  const name = (id: string) => index.actorsById.get(id)?.name ?? id;

  return (
    <article ref={listRef} className="details__actor" aria-labelledby="details-actor-title">
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
          <ActorList
            list="members"
            label="Members:"
            noun="members"
            owner={actor.id}
            actors={actor.members.map((member) => ({ id: member, name: name(member) }))}
            nav={nav}
          />
        )}
        {blocs.length > 0 && (
          <ActorList
            list="blocs"
            label="Member of:"
            noun="blocs"
            owner={actor.id}
            actors={blocs}
            nav={nav}
          />
        )}
        <p className="details__small">
          {involvementLine(takes, receives)}
          {hidden > 0 && (
            <>
              {' '}
              {figure(hidden)} more {hidden === 1 ? 'is' : 'are'} hidden by the filters.{' '}
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
            {long && <span className="details__heading-count"> · {countLabel(group.total)}</span>}
          </h3>
          <ul className={long ? 'positions positions--long' : 'positions'}>
            {group.positions.map((position, i) => (
              <PositionItem
                key={position.stance.id}
                position={position}
                itemIndex={group.offset + i}
                actorName={actor.name}
                joint={joint}
                nav={nav}
              />
            ))}
          </ul>
        </section>
      ))}

      <ShowMore paging={paging} noun="stances" />

      <div className="details__section details__footer">
        <button type="button" className="button" onClick={nav.clear}>
          Clear selection
        </button>
      </div>
    </article>
  );
}

/** A bloc's members, or the blocs an actor is in: names to select, a page at a time. */
function ActorList({
  list,
  label,
  noun,
  owner,
  actors,
  nav,
}: {
  list: string;
  label: string;
  noun: string;
  /** The actor whose list it is: another starts over at the first page. */
  owner: string;
  actors: readonly { id: string; name: string }[];
  nav: PanelNav;
}) {
  const listRef = useRef<HTMLParagraphElement>(null);
  const paging = usePaging(list, owner, actors.length, listRef);
  return (
    <>
      <p ref={listRef} className="details__relations">
        <span className="details__faint">{label}</span>{' '}
        {actors.slice(0, paging.shown).map((other, i) => (
          <span key={other.id}>
            {i > 0 && ', '}
            <button
              type="button"
              className="link-button"
              data-page-item={pageItem(list, i)}
              onClick={() => nav.selectActor(other.id)}
            >
              {other.name}
            </button>
          </span>
        ))}
        {paging.shown < actors.length && '…'}
      </p>
      <ShowMore paging={paging} noun={noun} className="details__more details__more--inline" />
    </>
  );
}

interface PositionItemProps {
  position: Position;
  /** Its place in the whole list: where focus goes after "Show more". */
  itemIndex: number;
  actorName: string;
  joint: JointMode;
  nav: PanelNav;
}

/**
 * One stance in the list. Memoised by what it shows: "Show more" and a filter change
 * (which rebuilds the positions) render again only the items that changed, not the
 * hundreds already there.
 */
const PositionItem = memo(function PositionItem({
  position: { stance, involvement, via, otherTopics },
  itemIndex,
  actorName,
  joint,
  nav,
}: PositionItemProps) {
  const index = useDatasetIndex();
  const topicLabel = (id: string) => index.topicsById.get(id)?.label ?? id;
  return (
    <li className={`position position--${involvement}`}>
      <button
        type="button"
        className="stance-button"
        data-page-item={pageItem('positions', itemIndex)}
        onClick={() => nav.selectStance(stance.id)}
      >
        <PolaritySwatch polarity={STANCE_TYPES[stance.type].polarity} />
        <span>{stanceSentence(index, stance, joint)}</span>
      </button>
      {via && (
        <p className="details__small">
          Toward {index.actorsById.get(via)?.name ?? via}, of which {actorName} is a member.
        </p>
      )}
      {otherTopics.length > 0 && (
        <p className="position__topics">Also: {otherTopics.map(topicLabel).join(' · ')}</p>
      )}
      {stance.evidence.map((evidence, i) => (
        <QuoteFigure key={i} quote={evidence.quote} attribution={evidence.attribution} />
      ))}
    </li>
  );
}, samePositionItem);

function samePositionItem(a: PositionItemProps, b: PositionItemProps): boolean {
  return (
    a.position.stance === b.position.stance &&
    a.position.involvement === b.position.involvement &&
    a.position.via === b.position.via &&
    a.position.otherTopics.join('\n') === b.position.otherTopics.join('\n') &&
    a.itemIndex === b.itemIndex &&
    a.actorName === b.actorName &&
    a.joint === b.joint &&
    a.nav === b.nav
  );
}

function countLabel(count: number): string {
  return `${figure(count)} ${count === 1 ? 'stance' : 'stances'}`;
}

function involvementLine(takes: number, receives: number): string {
  if (takes === 0 && receives === 0) return 'No visible stances involve this actor.';
  if (receives === 0) return `Takes ${countLabel(takes)}.`;
  if (takes === 0) return `${countLabel(receives)} toward it.`;
  return `Takes ${countLabel(takes)}; ${countLabel(receives)} toward it.`;
}
