/**
 * The stance form: from (one or more actors; a bloc ticks its members, as a joint
 * statement is coded), to, type (the vocabulary with its polarity), topics, summary
 * (prefilled with the sentence the app shows, until edited) and the quote's attribution
 * (prefilled from quotation marks). Reusable: it takes initial values, so a stance to
 * edit, or a suggested one, opens in it the same way.
 */
import { shorten } from '../data/describeIssue';
import { memo, useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Actor, Dataset } from '../data/schema';
import {
  ATTRIBUTION_LABELS,
  POLARITIES,
  POLARITY_STYLES,
  STANCE_TYPES,
  STANCE_TYPE_IDS,
  type Attribution,
  type StanceTypeId,
} from '../data/vocabulary';
import { indexDataset } from '../graph/datasetIndex';
import type { ActorProposal } from './actorMatch';
import { ActorForm } from './ActorForm';
import { summaryFor } from './suggestions';

export interface StanceValues {
  from: string[];
  to: string;
  type: StanceTypeId | '';
  topics: string[];
  summary: string;
  attribution: Attribution;
}

/** What the form hands on: every field filled in (it does not submit otherwise). */
export type CompleteStanceValues = Omit<StanceValues, 'type'> & { type: StanceTypeId };

export const EMPTY_STANCE: StanceValues = {
  from: [],
  to: '',
  type: '',
  topics: [],
  summary: '',
  attribution: 'reported',
};

export function StanceForm({
  dataset,
  quote,
  attributionReason,
  initial,
  proposals = [],
  selectedWords,
  heading,
  submitLabel,
  onSubmit,
  onCancel,
  onCreateActor,
  onCreateTopic,
}: {
  dataset: Dataset;
  /** The words the stance quotes (absent when editing a stance's other fields). */
  quote?: string;
  attributionReason?: string;
  initial: StanceValues;
  proposals?: ActorProposal[];
  /** Selected words, offered as a new actor's name. */
  selectedWords?: string;
  heading: string;
  submitLabel: string;
  onSubmit(values: CompleteStanceValues): void;
  onCancel(): void;
  onCreateActor(actor: Actor): void;
  onCreateTopic(label: string): string | null;
}) {
  const id = useId();
  const [values, setValues] = useState<StanceValues>(initial);
  const [summaryEdited, setSummaryEdited] = useState(initial.summary !== '');
  const [errors, setErrors] = useState<Partial<Record<keyof StanceValues, string>>>({});
  const [newActor, setNewActor] = useState(false);
  const [topicLabel, setTopicLabel] = useState('');
  const [actorFilter, setActorFilter] = useState('');
  const form = useRef<HTMLFormElement>(null);

  const index = useMemo(() => indexDataset(dataset), [dataset]);
  // Only what the sentence reads: typing a summary does not build it again.
  const { from, to, type, topics } = values;
  const sentence = useMemo(
    () => (from.length && to && type ? summaryFor(index, { from, to, type, topics }) : ''),
    [index, from, to, type, topics],
  );
  const summary = summaryEdited ? values.summary : sentence;
  const update = (changes: Partial<StanceValues>) => setValues((v) => ({ ...v, ...changes }));

  const blocs = useMemo(
    () => dataset.actors.filter((actor) => actor.members?.length),
    [dataset.actors],
  );
  const filterText = actorFilter.trim().toLowerCase();
  const listed = useMemo(
    () =>
      dataset.actors.filter(
        (actor) =>
          !actor.members?.length &&
          (!filterText ||
            actor.name.toLowerCase().includes(filterText) ||
            values.from.includes(actor.id)),
      ),
    [dataset.actors, filterText, values.from],
  );

  const toggleFrom = useCallback((actor: Actor, on: boolean) => {
    const ids = actor.members?.length ? actor.members : [actor.id];
    setValues((v) => ({
      ...v,
      from: on
        ? [...v.from, ...ids.filter((m) => !v.from.includes(m))]
        : v.from.filter((m) => !ids.includes(m)),
    }));
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!values.from.length) found.from = 'Choose who takes the stance.';
    if (!values.to) found.to = 'Choose toward whom or what.';
    if (!values.type) found.type = 'Choose the type of stance.';
    if (!values.topics.length) found.topics = 'Choose or add at least one topic.';
    if (!summary.trim()) found.summary = 'Write a one-sentence summary.';
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first || !type) {
      form.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    onSubmit({ ...values, type, summary: summary.trim() });
  };

  const addTopic = () => {
    const label = topicLabel.trim();
    if (!label) return;
    const topicId = onCreateTopic(label);
    if (topicId) {
      update({ topics: [...values.topics, topicId] });
      setTopicLabel('');
    }
  };

  const error = (field: keyof StanceValues) =>
    errors[field] ? (
      <p className="code-form__error" id={`${id}-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;
  const described = (field: keyof StanceValues) =>
    errors[field] ? `${id}-${field}-error` : undefined;

  return (
    <div className="code-form-wrap">
      <form
        ref={form}
        className="code-form"
        aria-labelledby={`${id}-heading`}
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !newActor) {
            event.stopPropagation();
            onCancel();
          }
        }}
        noValidate
      >
        <h3 id={`${id}-heading`}>{heading}</h3>
        {quote !== undefined && (
          <>
            <blockquote className="code-form__quote">{quote}</blockquote>
            <fieldset className="code-radios">
              <legend>Attribution</legend>
              {(['direct', 'reported'] as const).map((value) => (
                <label key={value}>
                  <input
                    type="radio"
                    name={`${id}-attribution`}
                    checked={values.attribution === value}
                    onChange={() => update({ attribution: value })}
                  />{' '}
                  {value === 'direct' ? 'Direct' : 'Reported'} ({ATTRIBUTION_LABELS[value].badge}):{' '}
                  {ATTRIBUTION_LABELS[value].description}
                </label>
              ))}
              {attributionReason && (
                <p className="code-form__hint">Proposed: {attributionReason}.</p>
              )}
            </fieldset>
          </>
        )}

        {proposals.length > 0 && (
          <div
            className="code-form__proposals"
            role="group"
            aria-label="Actors the selected words name"
          >
            {proposals.slice(0, 3).map((proposal) => (
              <p key={proposal.actor.id}>
                The words match <strong>{proposal.actor.name}</strong>
                {proposal.matched !== proposal.actor.name && <> (as “{proposal.matched}”)</>}:{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => toggleFrom(proposal.actor, true)}
                >
                  Add to From
                </button>{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => update({ to: proposal.actor.id })}
                >
                  Use as To
                </button>
              </p>
            ))}
          </div>
        )}

        <fieldset className="code-checks" aria-describedby={described('from')}>
          <legend>From (who takes the stance)</legend>
          {dataset.actors.length > 8 && (
            <input
              type="search"
              aria-label="Find an actor"
              placeholder="Find an actor"
              value={actorFilter}
              onChange={(event) => setActorFilter(event.target.value)}
            />
          )}
          <div className="code-checks__list">
            <FromChecks blocs={blocs} actors={listed} from={values.from} onToggle={toggleFrom} />
            {dataset.actors.length === 0 && (
              <p className="code-form__hint">No actors yet: add one below.</p>
            )}
          </div>
          {error('from')}
        </fieldset>

        {newActor ? (
          <ActorForm
            dataset={dataset}
            initialName={selectedWords}
            onCreate={(actor) => {
              onCreateActor(actor);
              setNewActor(false);
            }}
            onCancel={() => setNewActor(false)}
          />
        ) : (
          <button type="button" className="button button--small" onClick={() => setNewActor(true)}>
            New actor
            {selectedWords ? ` from “${shorten(selectedWords, 30)}”` : '…'}
          </button>
        )}

        <label htmlFor={`${id}-to`}>To (toward whom or what)</label>
        <select
          id={`${id}-to`}
          data-field="to"
          value={values.to}
          aria-invalid={!!errors.to || undefined}
          aria-describedby={described('to')}
          onChange={(event) => update({ to: event.target.value })}
        >
          <option value="">Choose…</option>
          {dataset.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
        {error('to')}

        <label htmlFor={`${id}-type`}>Type</label>
        <select
          id={`${id}-type`}
          data-field="type"
          value={values.type}
          aria-invalid={!!errors.type || undefined}
          aria-describedby={described('type')}
          onChange={(event) => update({ type: event.target.value as StanceTypeId })}
        >
          <option value="">Choose…</option>
          {POLARITIES.map((polarity) => (
            <optgroup
              key={polarity}
              label={`${POLARITY_STYLES[polarity].label} (${POLARITY_STYLES[polarity].description})`}
            >
              {STANCE_TYPE_IDS.filter((type) => STANCE_TYPES[type].polarity === polarity).map(
                (type) => (
                  <option key={type} value={type}>
                    {STANCE_TYPES[type].label} · {POLARITY_STYLES[polarity].label.toLowerCase()}
                  </option>
                ),
              )}
            </optgroup>
          ))}
        </select>
        {error('type')}

        <fieldset className="code-checks" aria-describedby={described('topics')}>
          <legend>Topics</legend>
          <div className="code-checks__list">
            {dataset.topics.map((topic, i) => (
              <label key={topic.id}>
                <input
                  type="checkbox"
                  data-field={i === 0 ? 'topics' : undefined}
                  checked={values.topics.includes(topic.id)}
                  onChange={(event) =>
                    update({
                      topics: event.target.checked
                        ? [...values.topics, topic.id]
                        : values.topics.filter((t) => t !== topic.id),
                    })
                  }
                />{' '}
                {topic.label}
              </label>
            ))}
          </div>
          <div className="code-inline">
            <input
              aria-label="New topic"
              placeholder="New topic, in your words"
              data-field={dataset.topics.length ? undefined : 'topics'}
              value={topicLabel}
              onChange={(event) => setTopicLabel(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addTopic();
                }
              }}
            />
            <button type="button" className="button button--small" onClick={addTopic}>
              Add topic
            </button>
          </div>
          {error('topics')}
        </fieldset>

        <label htmlFor={`${id}-summary`}>Summary (one neutral sentence)</label>
        <textarea
          id={`${id}-summary`}
          data-field="summary"
          rows={2}
          value={summary}
          aria-invalid={!!errors.summary || undefined}
          aria-describedby={described('summary')}
          onChange={(event) => {
            setSummaryEdited(true);
            update({ summary: event.target.value });
          }}
        />
        {error('summary')}

        <div className="code-form__actions">
          <button type="submit" className="button button--primary">
            {submitLabel}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}

/**
 * The From list's checkboxes. Memoised: React writes every checkbox's attributes again
 * whenever the form renders, and with hundreds of actors that made each stance added
 * restyle them all.
 */
const FromChecks = memo(function FromChecks({
  blocs,
  actors,
  from,
  onToggle,
}: {
  blocs: readonly Actor[];
  /** The actors shown (not blocs): all, or those the filter finds and those chosen. */
  actors: readonly Actor[];
  from: readonly string[];
  onToggle(actor: Actor, on: boolean): void;
}) {
  return (
    <>
      {blocs.map((bloc) => (
        <label key={`bloc-${bloc.id}`} className="code-checks__bloc">
          <input
            type="checkbox"
            data-field={from.length ? undefined : 'from'}
            checked={bloc.members!.every((m) => from.includes(m))}
            onChange={(event) => onToggle(bloc, event.target.checked)}
          />{' '}
          {bloc.name} (joint statement: {bloc.members!.length} signatories)
        </label>
      ))}
      {actors.map((actor) => (
        <label key={actor.id}>
          <input
            type="checkbox"
            data-field={from.length || blocs.length ? undefined : 'from'}
            checked={from.includes(actor.id)}
            onChange={(event) => onToggle(actor, event.target.checked)}
          />{' '}
          {actor.name}
        </label>
      ))}
    </>
  );
});
