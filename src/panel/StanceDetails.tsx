import { useRef } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import type { Stance } from '../data/schema';
import { POLARITY_STYLES, STANCE_TYPES } from '../data/vocabulary';
import { blocFor } from '../graph/datasetIndex';
import { stanceSentence } from '../graph/sentences';
import { useUiActions } from '../state/UiStoreProvider';
import { EvidenceItem } from './EvidenceItem';
import { usePanelData } from './panelData';
import type { PanelViewProps } from './panelNav';
import { PolaritySwatch } from './PolaritySwatch';
import { figure } from '../data/figure';
import { pageItem, SHOWN_FIRST, ShowMore, usePaging } from './usePaging';

/** A stance: who toward whom, its type and topics, and each quote in its sentence. */
export default function StanceDetails({
  stance,
  nav,
  headingRef,
}: PanelViewProps & { stance: Stance }) {
  const index = useDatasetIndex();
  const { graph, joint, filters } = usePanelData();
  const { toggleTopic, clearFilters } = useUiActions();
  const type = STANCE_TYPES[stance.type];
  const polarity = POLARITY_STYLES[type.polarity];
  const bloc = blocFor(index, stance);
  const visible = graph.stances.includes(stance);
  const name = (id: string) => index.actorsById.get(id)?.name ?? id;
  // A stance quoted in hundreds of passages shows them a page at a time.
  const listRef = useRef<HTMLOListElement>(null);
  const paging = usePaging('passages', stance.id, stance.evidence.length, listRef);
  const actorButton = (id: string) => (
    <button type="button" className="link-button" onClick={() => nav.selectActor(id)}>
      {name(id)}
    </button>
  );

  return (
    <article className="details__stance" aria-labelledby="details-stance-title">
      <div className="details__section">
        <p className="details__eyebrow">
          <PolaritySwatch polarity={type.polarity} />
          Stance · {polarity.label}
        </p>
        <h2 id="details-stance-title" ref={headingRef} tabIndex={-1} className="details__title">
          {stanceSentence(index, stance, joint)}
        </h2>
        {!visible && (
          <p className="details__notice" role="note">
            The current filters hide this stance on the map.{' '}
            <button type="button" className="link-button" onClick={clearFilters}>
              Clear filters
            </button>
          </p>
        )}
        <dl className="details__facts">
          <dt>From</dt>
          <dd>
            {stance.from.map((id, i) => (
              <span key={id}>
                {i > 0 && (i === stance.from.length - 1 ? ' and ' : ', ')}
                {actorButton(id)}
              </span>
            ))}
            {bloc && <span className="details__faint"> (jointly, as {actorButton(bloc.id)})</span>}
          </dd>
          <dt>To</dt>
          <dd>{actorButton(stance.to)}</dd>
          <dt>Type</dt>
          <dd>
            {type.label} <span className="details__faint">({polarity.label.toLowerCase()})</span>
          </dd>
          <dt>Topics</dt>
          <dd>
            <ul className="chips" aria-label="Topics (toggle a filter)">
              {stance.topics.map((topic) => (
                <li key={topic}>
                  <button
                    type="button"
                    className="chip"
                    aria-pressed={filters.topics.includes(topic)}
                    onClick={() => toggleTopic(topic)}
                  >
                    {index.topicsById.get(topic)?.label ?? topic}
                  </button>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
        <p className="details__description">{stance.summary}</p>
      </div>

      <section className="details__section" aria-labelledby="details-evidence">
        <h3 id="details-evidence" className="details__subtitle">
          {stance.evidence.length === 1
            ? 'The source’s words'
            : `The source’s words (${figure(stance.evidence.length)} passages)`}
        </h3>
        <ol ref={listRef} className="evidence-list">
          {stance.evidence.slice(0, paging.shown).map((evidence, i) => (
            <EvidenceItem
              key={i}
              stanceId={stance.id}
              index={i}
              evidence={evidence}
              pageItem={i >= SHOWN_FIRST ? pageItem('passages', i) : undefined}
            />
          ))}
        </ol>
        <ShowMore paging={paging} noun="passages" className="details__more details__more--inline" />
        <p className="details__codes">
          CAMEO {type.cameo.code} {type.cameo.label}
          {' · '}
          {type.plover ? `PLOVER ${type.plover}` : 'no PLOVER category'}
        </p>
      </section>

      <div className="details__section details__footer">
        <button type="button" className="button" onClick={nav.clear}>
          Clear selection
        </button>
      </div>
    </article>
  );
}
