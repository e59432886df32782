import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { formatDateRange } from '../ui/formatDate';
import { STANCE_TYPES } from '../data/vocabulary';
import { stanceSentence } from '../graph/sentences';
import { selectJoint } from '../state/selectors';
import type { UiState } from '../state/uiStore';
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { AttributionBadge } from './AttributionBadge';
import { PolaritySwatch } from './PolaritySwatch';
import {
  documentParagraphs,
  groupRuns,
  otherSpans,
  paragraphsInWindow,
  readerWindow,
  widenWindow,
  type Segment,
  type Span,
} from './segments';
import { figure } from '../data/figure';
import { pageItem, ShowMore, usePaging } from './usePaging';

type Source = NonNullable<UiState['source']>;

/**
 * A passage can back a thousand stances: its accessible name and tip say how many and
 * name this many of them.
 */
const SENTENCES_NAMED = 5;

/** Focus goes back here when the reader closes and its opener is gone. */
function fallbackFocus(source: Source | null): HTMLElement | null {
  const opener = source
    ? document.querySelector<HTMLElement>(
        // Ids are letters, digits and ._:- (the schema says so): safe inside the quotes.
        `[data-source-opener="${source.stanceId}:${source.evidence}"]`,
      )
    : null;
  return opener ?? document.querySelector<HTMLElement>('aside[aria-label="Details"] h2');
}

export function SourceDialog({ source }: { source: Source }) {
  const index = useDatasetIndex();
  const { dataset } = index;
  const joint = useUi(selectJoint);
  const { showInSource, closeSource } = useUiActions();
  const titleId = useId();
  const chooserId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const currentRef = useRef<HTMLElement>(null);
  const chooserRef = useRef<HTMLHeadingElement>(null);
  const latestSource = useRef<Source | null>(source);
  const opened = useRef(false);
  // Several stances on one passage: the reader lists them and the user picks one.
  const [choices, setChoices] = useState<{ source: Source; at: number; spans: Span[] } | null>(
    null,
  );
  const activeChoices = choices?.source === source ? choices.spans : null;
  const choosingAt = activeChoices ? choices!.at : -1;

  const stance = index.stancesById.get(source.stanceId);
  const evidence = stance?.evidence[source.evidence];
  const doc =
    (evidence && dataset.documents.find((candidate) => candidate.id === evidence.document)) ??
    dataset.documents[0]!;
  const current = evidence && evidence.document === doc.id ? evidence : null;

  // A long source is drawn a window at a time around the quote, so it opens at once.
  const [extended, setExtended] = useState<{
    key: string;
    from: number;
    to: number;
  } | null>(null);
  const windowKey = `${doc.id}:${current?.start ?? -1}:${current?.end ?? -1}`;
  const shown =
    extended?.key === windowKey ? extended : { key: windowKey, ...readerWindow(doc.text, current) };
  const paragraphs = paragraphsInWindow(documentParagraphs(dataset, doc.id), shown.from, shown.to);
  const extend = (side: 'before' | 'after') =>
    setExtended({ key: windowKey, ...widenWindow(doc.text, shown, side) });

  // Open as a modal once (before the scroll below: a closed dialog cannot scroll);
  // on close, give focus back to whatever opened the reader.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      const target =
        opener && opener.isConnected && opener !== document.body
          ? opener
          : fallbackFocus(latestSource.current);
      target?.focus();
    };
  }, []);

  // Bring the highlighted quote into view. When the passage or choice that was clicked
  // has just been replaced by the new highlight, focus moves to the highlight; focus on a
  // control that is still there (Next quote) stays put.
  useLayoutEffect(() => {
    latestSource.current = source;
    const mark = currentRef.current;
    if (!mark) return;
    if (typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'center' });
    const active = document.activeElement;
    const lost = !active || active === document.body || !dialogRef.current?.contains(active);
    if (opened.current && lost) mark.focus({ preventScroll: true });
    opened.current = true;
  }, [source]);

  useEffect(() => {
    if (activeChoices) chooserRef.current?.focus();
  }, [activeChoices]);

  const sentenceOf = (stanceId: string) => {
    const target = index.stancesById.get(stanceId);
    return target ? stanceSentence(index, target, joint) : stanceId;
  };

  const choose = (segment: Segment, spans: Span[]) => {
    if (spans.length === 1) showInSource(spans[0]!.stanceId, spans[0]!.evidence);
    else setChoices({ source, at: segment.start, spans });
  };

  const renderSegment = (segment: Segment): ReactNode => {
    const others = otherSpans(segment, source);
    if (others.length === 0) return <span key={segment.start}>{segment.text}</span>;
    const sentences = others.slice(0, SENTENCES_NAMED).map((span) => sentenceOf(span.stanceId));
    const more = others.length - sentences.length;
    const many = `Evidence for ${figure(others.length)} stances`;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose(segment, others);
      }
    };
    return (
      <mark
        key={segment.start}
        role="button"
        tabIndex={0}
        className={`reader__span${others.length > 1 ? ' reader__span--many' : ''}${
          segment.start === choosingAt ? ' is-choosing' : ''
        }`}
        aria-label={
          others.length === 1
            ? `${sentences[0]}: “${segment.text}”`
            : `${many} (${sentences.join('; ')}${more ? `; and ${figure(more)} more` : ''}): “${segment.text}”`
        }
        title={
          others.length === 1
            ? `${sentences[0]} (select)`
            : `${many}:\n${sentences.join('\n')}${more ? `\nand ${figure(more)} more` : ''}`
        }
        onClick={() => choose(segment, others)}
        onKeyDown={onKeyDown}
      >
        {segment.text}
      </mark>
    );
  };

  const renderParagraph = (segments: Segment[]): ReactNode[] =>
    groupRuns(segments, current).map((run) =>
      run.kind === 'text' ? (
        renderSegment(run.segment)
      ) : (
        <mark
          key={`current-${run.start}`}
          ref={run.start === current?.start ? currentRef : undefined}
          tabIndex={-1}
          className="reader__current"
          data-current=""
        >
          {run.segments.map(renderSegment)}
        </mark>
      ),
    );

  const type = stance ? STANCE_TYPES[stance.type] : null;
  const count = stance?.evidence.length ?? 0;

  return (
    <dialog
      ref={dialogRef}
      className="reader"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        closeSource();
      }}
      onClose={() => {
        // Closed by the browser itself (e.g. a repeated Escape it would not let us cancel).
        // A late event from our own close() is ignored once the dialog is open again
        // (React's development double effects close and reopen it).
        if (latestSource.current && !dialogRef.current?.open) closeSource();
      }}
    >
      <header className="reader__header">
        <div className="reader__heading">
          <h2 id={titleId} className="reader__title">
            Source: {doc.title}
          </h2>
          <p className="reader__meta">
            {[doc.publisher, formatDateRange(doc.date), doc.place].filter(Boolean).join(' · ')}
            {doc.url && (
              <>
                {' · '}
                <a href={doc.url} target="_blank" rel="noopener noreferrer">
                  Original
                </a>
              </>
            )}
          </p>
        </div>
        <button type="button" className="button reader__close" onClick={closeSource}>
          Close
        </button>
      </header>

      <p className="reader__hint">
        <mark className="reader__key reader__key--current">Highlighted</mark> the quote you chose.{' '}
        <mark className="reader__key">Tinted</mark> other coded passages: choose one to select its
        stance.
      </p>

      <div className="reader__text" lang={doc.language}>
        {shown.from > 0 && (
          <p className="reader__more">
            <button type="button" className="link-button" onClick={() => extend('before')}>
              Show earlier text ({figure(shown.from)} characters before this)
            </button>
          </p>
        )}
        {paragraphs.map((paragraph) =>
          paragraph.segments.length ? (
            <p key={paragraph.start}>{renderParagraph(paragraph.segments)}</p>
          ) : null,
        )}
        {shown.to < doc.text.length && (
          <p className="reader__more">
            <button type="button" className="link-button" onClick={() => extend('after')}>
              Show later text ({figure(doc.text.length - shown.to)} characters after this)
            </button>
          </p>
        )}
      </div>

      <footer className="reader__footer">
        {activeChoices ? (
          <section aria-labelledby={chooserId} className="reader__choices">
            <h3 id={chooserId} ref={chooserRef} tabIndex={-1} className="reader__choices-title">
              This passage is evidence for {figure(activeChoices.length)} stances
            </h3>
            <ChoiceList
              spans={activeChoices}
              at={choosingAt}
              sentenceOf={sentenceOf}
              onChoose={(span) => showInSource(span.stanceId, span.evidence)}
            />
            <button type="button" className="link-button" onClick={() => setChoices(null)}>
              Cancel
            </button>
          </section>
        ) : stance && evidence && type ? (
          <div className="reader__current-info">
            <span className="reader__current-sentence">
              <PolaritySwatch polarity={type.polarity} /> {stanceSentence(index, stance, joint)}
            </span>
            <AttributionBadge attribution={evidence.attribution} />
            {count > 1 && (
              <span className="reader__step">
                <button
                  type="button"
                  className="button button--small"
                  disabled={source.evidence === 0}
                  onClick={() => showInSource(stance.id, source.evidence - 1)}
                >
                  Previous quote
                </button>
                <span>
                  {source.evidence + 1} of {count}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={source.evidence >= count - 1}
                  onClick={() => showInSource(stance.id, source.evidence + 1)}
                >
                  Next quote
                </button>
              </span>
            )}
          </div>
        ) : (
          <p className="reader__missing" role="note">
            The quote to show was not found in this dataset; the whole source is shown.
          </p>
        )}
      </footer>
    </dialog>
  );
}

/** More choices than this scroll inside the reader's footer. */
const LONG_CHOICES = 8;

/** The stances one passage is evidence for; hundreds of them a page at a time. */
function ChoiceList({
  spans,
  at,
  sentenceOf,
  onChoose,
}: {
  spans: readonly Span[];
  /** Where the passage starts: another passage starts over at the first page. */
  at: number;
  sentenceOf: (stanceId: string) => string;
  onChoose: (span: Span) => void;
}) {
  const index = useDatasetIndex();
  const listRef = useRef<HTMLUListElement>(null);
  const paging = usePaging('choices', String(at), spans.length, listRef);
  return (
    <>
      <ul
        ref={listRef}
        className={spans.length > LONG_CHOICES ? 'reader__choices-list--long' : undefined}
      >
        {spans.slice(0, paging.shown).map((span, i) => {
          const stance = index.stancesById.get(span.stanceId);
          return (
            <li key={span.stanceId}>
              <button
                type="button"
                className="stance-button"
                data-page-item={pageItem('choices', i)}
                onClick={() => onChoose(span)}
              >
                {stance && <PolaritySwatch polarity={STANCE_TYPES[stance.type].polarity} />}
                <span>{sentenceOf(span.stanceId)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <ShowMore paging={paging} noun="stances" className="details__more reader__more-choices" />
    </>
  );
}
