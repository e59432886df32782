import { useMemo } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import type { Evidence } from '../data/schema';
import { useUiActions } from '../state/UiStoreProvider';
import { AttributionBadge } from './AttributionBadge';
import { sentenceContext } from './sentenceContext';

/** One quote, marked inside the rest of its sentence, with a way to see it in the source. */
export function EvidenceItem({
  stanceId,
  index: evidenceIndex,
  evidence,
  pageItem,
}: {
  stanceId: string;
  index: number;
  evidence: Evidence;
  /** Set on a quote that arrived with "Show more": it takes focus then (see usePaging). */
  pageItem?: string;
}) {
  const { dataset } = useDatasetIndex();
  const { showInSource } = useUiActions();
  const document = dataset.documents.find((doc) => doc.id === evidence.document);
  const context = useMemo(
    () => (document ? sentenceContext(document.text, evidence.start, evidence.end) : null),
    [document, evidence.start, evidence.end],
  );

  return (
    <li className="evidence">
      <figure className="quote">
        <blockquote
          className="quote__text quote__text--context"
          {...(pageItem && { tabIndex: -1, 'data-page-item': pageItem })}
        >
          {context ? (
            <>
              {context.clippedBefore && '… '}
              <span className="quote__context">{context.before}</span>
              <mark className="quote__mark">{context.quote}</mark>
              <span className="quote__context">{context.after}</span>
              {context.clippedAfter && ' …'}
            </>
          ) : (
            <mark className="quote__mark">{evidence.quote}</mark>
          )}
        </blockquote>
        <figcaption className="quote__source">
          <AttributionBadge attribution={evidence.attribution} />
          {document && dataset.documents.length > 1 && (
            <span className="quote__document">{document.title}</span>
          )}
          {document && (
            <button
              type="button"
              className="button button--small"
              data-source-opener={`${stanceId}:${evidenceIndex}`}
              onClick={() => showInSource(stanceId, evidenceIndex)}
            >
              Show in source
            </button>
          )}
        </figcaption>
      </figure>
    </li>
  );
}
