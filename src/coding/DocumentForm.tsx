/**
 * The document's details and the dataset's title and description. Text fields commit
 * when they lose focus (one undo step per field, not per key); participants commit at once.
 */
import { useId, useState } from 'react';
import type { Dataset, Participant, SourceDocument } from '../data/schema';
import { ROLES, ROLE_STYLES, type Role } from '../data/vocabulary';
import type { DatasetDetails, DocumentDetails } from './operations';

type TextField = 'title' | 'kind' | 'date' | 'place' | 'language' | 'publisher' | 'url';

const FIELDS: {
  field: TextField;
  label: string;
  type?: string;
  hint?: string;
  optional?: boolean;
}[] = [
  { field: 'title', label: 'Title' },
  { field: 'kind', label: 'Kind', hint: 'e.g. news-report, joint-statement' },
  { field: 'date', label: 'Date', type: 'date' },
  { field: 'place', label: 'Place' },
  { field: 'language', label: 'Language', hint: 'BCP 47, e.g. en, ru, pt-BR' },
  { field: 'publisher', label: 'Publisher', optional: true },
  { field: 'url', label: 'URL', type: 'url', optional: true },
];

function Field({
  id,
  path,
  label,
  value,
  type = 'text',
  hint,
  invalid,
  onCommit,
  multiline,
}: {
  id: string;
  /** Which value it edits, "dataset.title" or "document.date": Problems' "Go to" finds it by this. */
  path: string;
  label: string;
  value: string;
  type?: string;
  hint?: string;
  invalid?: boolean;
  onCommit(value: string): void;
  multiline?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  // A value changed from outside (undo, redo) replaces what the field shows.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <div className="code-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          data-path={path}
          rows={2}
          value={draft}
          aria-invalid={invalid || undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
        />
      ) : (
        <input
          id={id}
          data-path={path}
          type={type}
          value={draft}
          placeholder={hint}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            if (type === 'date' && event.target.value !== value) onCommit(event.target.value);
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
    </div>
  );
}

export function DocumentForm({
  dataset,
  document,
  invalidPaths,
  onDocument,
  onDataset,
}: {
  dataset: Dataset;
  document: SourceDocument;
  /** Paths with problems, e.g. "documents[0].date", to mark fields invalid. */
  invalidPaths: ReadonlySet<string>;
  onDocument(changes: DocumentDetails): void;
  onDataset(changes: DatasetDetails): void;
}) {
  const id = useId();
  const index = dataset.documents.indexOf(document);
  const [actor, setActor] = useState('');
  const [role, setRole] = useState<Role>('guarantor');
  const setParticipants = (participants: Participant[]) => onDocument({ participants });
  const unlisted = dataset.actors.filter(
    (a) => !document.participants.some((p) => p.actor === a.id),
  );

  return (
    <div className="code-details">
      <div className="code-details__grid">
        <Field
          id={`${id}-dtitle`}
          path="dataset.title"
          label="Dataset title"
          value={dataset.title}
          invalid={invalidPaths.has('title')}
          onCommit={(title) => onDataset({ title })}
        />
        {FIELDS.map(({ field, label, type, hint, optional }) => (
          <Field
            key={field}
            id={`${id}-${field}`}
            path={`document.${field}`}
            label={`Document ${label.toLowerCase()}${optional ? ' (optional)' : ''}`}
            type={type}
            hint={hint}
            value={document[field] ?? ''}
            invalid={invalidPaths.has(`documents[${index}].${field}`)}
            onCommit={(value) =>
              onDocument({ [field]: optional && !value.trim() ? undefined : value })
            }
          />
        ))}
      </div>
      <Field
        id={`${id}-description`}
        path="dataset.description"
        label="Dataset description"
        multiline
        value={dataset.description}
        invalid={invalidPaths.has('description')}
        onCommit={(description) => onDataset({ description })}
      />
      <fieldset className="code-participants">
        <legend>Participants in the meeting</legend>
        {document.participants.length === 0 && <p className="code-form__hint">None listed yet.</p>}
        <ul>
          {document.participants.map((participant, i) => (
            <li key={participant.actor}>
              {dataset.actors.find((a) => a.id === participant.actor)?.name ?? participant.actor}:{' '}
              <select
                aria-label={`Role of ${participant.actor}`}
                value={participant.role}
                onChange={(event) =>
                  setParticipants(
                    document.participants.map((p, k) =>
                      k === i ? { ...p, role: event.target.value as Role } : p,
                    ),
                  )
                }
              >
                {ROLES.map((value) => (
                  <option key={value} value={value}>
                    {ROLE_STYLES[value].label}
                  </option>
                ))}
              </select>{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => setParticipants(document.participants.filter((_, k) => k !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        {unlisted.length > 0 && (
          <div className="code-inline">
            <select
              aria-label="Participant"
              value={actor}
              onChange={(event) => setActor(event.target.value)}
            >
              <option value="">Add a participant…</option>
              {unlisted.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            <select
              aria-label="Role"
              value={role}
              onChange={(event) => setRole(event.target.value as Role)}
            >
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {ROLE_STYLES[value].label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              disabled={!actor}
              onClick={() => {
                setParticipants([...document.participants, { actor, role }]);
                setActor('');
              }}
            >
              Add
            </button>
          </div>
        )}
      </fieldset>
    </div>
  );
}
