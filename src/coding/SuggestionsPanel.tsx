/**
 * The suggested stances of the open document, by paragraph: each with the sentence it
 * would add, who → whom, type and polarity, the exact quote and its attribution, and
 * the analyst's decision: accept, edit in the stance form then accept, reject, or accept
 * a whole paragraph. Nothing enters the dataset until accepted; every decision is one
 * undoable edit (see suggestions.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Actor, Dataset, SourceDocument } from '../data/schema';
import { ATTRIBUTION_LABELS, POLARITY_STYLES, stanceTypeOf } from '../data/vocabulary';
import type { ActorRef, Suggestion } from '../suggest/types';
import { ATTRIBUTION_REASONS, speaksForItself } from './attribution';
import { EditRefusedError } from './errors';
import type { Edit } from './operations';
import { StanceForm } from './StanceForm';
import {
  acceptAllEdit,
  acceptEdit,
  byParagraph,
  findActor,
  planSuggestion,
  rejectEdit,
  suggestionKey,
} from './suggestions';
import type { Span } from './text';
import type { Suggestions } from './useSuggestions';
import './suggestions.css';

export interface SuggestionsPanelProps {
  suggest: Suggestions;
  dataset: Dataset;
  document: SourceDocument;
  /** Commit an edit through the session; false (with a message shown) when refused. */
  apply(edit: Edit, done?: string): boolean;
  onCreateActor(actor: Actor): void;
  onCreateTopic(label: string): string | null;
  onShow(span: Span): void;
  onMessage(message: string): void;
}

function actorName(dataset: Dataset, actor: ActorRef): string {
  return findActor(dataset, actor)?.name ?? actor.name;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`;

export function SuggestionsPanel({
  suggest,
  dataset,
  document,
  apply,
  onCreateActor,
  onCreateTopic,
  onShow,
  onMessage,
}: SuggestionsPanelProps) {
  const [editing, setEditing] = useState<Suggestion | null>(null);
  const { run, open, all } = suggest;
  const groups = useMemo(() => byParagraph(open), [open]);
  const plans = useMemo(
    () => new Map(open.map((s) => [s, planSuggestion(dataset, document, s)])),
    [open, dataset, document],
  );

  const root = useRef<HTMLElement>(null);
  // On a phone the panel is below the text: bring it up when a run starts from the header.
  useEffect(() => {
    const rect = root.current?.getBoundingClientRect();
    if (run.kind !== 'idle' && rect && (rect.top > window.innerHeight - 120 || rect.bottom < 0))
      root.current?.scrollIntoView?.({ block: 'start' });
  }, [run.kind]);
  // After a decision the card goes: keyboard focus moves to the one now in its place.
  const focusFrom = (index: number) =>
    requestAnimationFrame(() => {
      const cards = root.current?.querySelectorAll('li.code-suggestion') ?? [];
      const card = cards[Math.min(index, cards.length - 1)];
      const target =
        card?.querySelector<HTMLButtonElement>('button:not(:disabled)') ??
        root.current?.querySelector<HTMLButtonElement>('button');
      target?.focus();
    });
  const attempt = (make: () => Edit, done: string, index = 0) => {
    try {
      const ok = apply(make(), done);
      if (ok) focusFrom(index);
      return ok;
    } catch (error) {
      if (!(error instanceof EditRefusedError)) throw error;
      onMessage(`Not accepted: ${error.message}.`);
      return false;
    }
  };

  if (editing) {
    const plan = plans.get(editing) ?? planSuggestion(dataset, document, editing);
    return (
      <StanceForm
        key={suggestionKey(document.id, editing)}
        dataset={plan.preview}
        heading="Edit the suggested stance"
        submitLabel="Accept stance"
        quote={editing.quote}
        attributionReason={
          ATTRIBUTION_REASONS[
            speaksForItself(document.kind)
              ? 'ownWords'
              : editing.attribution === 'direct'
                ? 'inside'
                : 'outside'
          ]
        }
        initial={{ ...plan.values, summary: '' }}
        onSubmit={(values) => {
          if (
            attempt(
              () => acceptEdit(dataset, document, editing, values).edit,
              `Accepted (edited): ${values.summary}`,
              open.indexOf(editing),
            )
          )
            setEditing(null);
        }}
        onCancel={() => setEditing(null)}
        onCreateActor={onCreateActor}
        onCreateTopic={onCreateTopic}
      />
    );
  }

  const hiddenAsCoded = all.filter(
    (s) => !open.includes(s) && !suggest.settled.has(suggestionKey(document.id, s)),
  ).length;

  return (
    <section className="code-suggestions" aria-label="Suggested stances" ref={root}>
      <div className="code-suggestions__run">
        <button
          type="button"
          className="button"
          disabled={run.kind === 'running'}
          onClick={() => void suggest.start()}
        >
          {run.kind === 'done' ? 'Suggest again' : 'Suggest stances'}
        </button>
        <p className="code-stances__count" role="status">
          {run.kind === 'running' ? (
            <>
              <progress aria-label="Suggesting stances" /> Reading the text for stances…
            </>
          ) : run.kind === 'done' ? (
            suggest.stale ? (
              'The text has changed since: suggest again.'
            ) : (
              `${open.length} suggestion${open.length === 1 ? '' : 's'} to decide` +
              ` (of ${all.length} found in ${seconds(run.milliseconds)}` +
              `${hiddenAsCoded ? `; ${hiddenAsCoded} already coded` : ''})`
            )
          ) : run.kind === 'idle' ? (
            'Proposes stances from the text’s own words; nothing is added until you accept it.'
          ) : null}
        </p>
      </div>
      {run.kind === 'failed' && (
        <p className="code-form__error" role="alert">
          {run.message}
        </p>
      )}
      {groups.map(([paragraph, items]) => (
        <section
          key={paragraph}
          className="code-suggestions__paragraph"
          aria-label={`Paragraph ${paragraph + 1}`}
        >
          <div className="code-suggestions__head">
            <h3>Paragraph {paragraph + 1}</h3>
            {items.length > 1 && (
              <button
                type="button"
                className="button button--small"
                onClick={() =>
                  attempt(
                    () => acceptAllEdit(dataset, document, items),
                    `Accepted ${items.length} suggestions from paragraph ${paragraph + 1}.`,
                    open.indexOf(items[0]!),
                  )
                }
              >
                Accept all {items.length}
              </button>
            )}
          </div>
          <ol className="code-stances__list">
            {items.map((s) => {
              const type = stanceTypeOf(s.type);
              const plan = plans.get(s)!;
              const noSpeaker = s.from.length === 0;
              return (
                <li
                  key={suggestionKey(document.id, s)}
                  className={`code-stance code-suggestion code-stance--${type.polarity}`}
                >
                  <span className="code-stance__type">
                    Suggested · {type.label} · {POLARITY_STYLES[type.polarity].label.toLowerCase()}
                  </span>
                  <span className="code-stance__summary">
                    {plan.values.summary || 'No speaker found: edit to choose one.'}
                  </span>
                  <p className="code-suggestion__who">
                    {s.from.map((actor) => actorName(dataset, actor)).join(', ') || 'No speaker'}
                    {' → '}
                    {actorName(dataset, s.to)}
                  </p>
                  {plan.newActors.length > 0 && (
                    <p className="code-suggestion__new">
                      New actor{plan.newActors.length === 1 ? '' : 's'} if accepted:{' '}
                      {plan.newActors.map((a) => a.name).join(', ')}
                    </p>
                  )}
                  <blockquote className="code-stance__quote">
                    <span className="badge">
                      {ATTRIBUTION_LABELS[plan.values.attribution].badge}
                    </span>{' '}
                    {s.quote}
                  </blockquote>
                  {plan.values.topics.length === 0 && (
                    <p className="code-form__hint">
                      No topic matched: add one with Edit, or later.
                    </p>
                  )}
                  <div className="code-stance__actions">
                    <button
                      type="button"
                      className="button button--small button--primary"
                      disabled={noSpeaker}
                      aria-label={`Accept: ${plan.values.summary || s.quote}`}
                      onClick={() =>
                        attempt(
                          () => acceptEdit(dataset, document, s).edit,
                          `Accepted: ${plan.values.summary}`,
                          open.indexOf(s),
                        )
                      }
                    >
                      Accept
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Edit, then accept: ${plan.values.summary || s.quote}`}
                      onClick={() => setEditing(s)}
                    >
                      Edit…
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Reject: ${plan.values.summary || s.quote}`}
                      onClick={() =>
                        attempt(
                          () => rejectEdit(document.id, s),
                          `Rejected: ${plan.values.summary || s.quote} (Undo brings it back).`,
                          open.indexOf(s),
                        )
                      }
                    >
                      Reject
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onShow({ start: s.start, end: s.end })}
                    >
                      Show in text
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </section>
  );
}
