/** A new actor: name (prefilled from the selected words), kind, aliases; members for a bloc. */
import { useId, useState, type KeyboardEvent } from 'react';
import type { Actor, Dataset } from '../data/schema';
import { ACTOR_KINDS, ACTOR_KIND_STYLES, type ActorKind } from '../data/vocabulary';
import { newActorId } from './operations';

export function ActorForm({
  dataset,
  initialName = '',
  onCreate,
  onCancel,
}: {
  dataset: Dataset;
  initialName?: string;
  onCreate(actor: Actor): void;
  onCancel(): void;
}) {
  const id = useId();
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState<ActorKind>('state');
  const [aliases, setAliases] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  // Not a <form>: it opens inside the stance form, and forms do not nest.
  const submit = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Give the actor a name.');
      return;
    }
    if (kind === 'bloc' && members.length < 2) {
      setError('A bloc needs at least two members.');
      return;
    }
    const actor: Actor = {
      id: newActorId(dataset, trimmed),
      name: trimmed,
      aliases: aliases
        .split(/[;,]/)
        .map((alias) => alias.trim())
        .filter(Boolean),
      kind,
      ...(kind === 'bloc' && { members }),
    };
    onCreate(actor);
  };

  return (
    <div
      className="code-subform"
      role="group"
      aria-label="New actor"
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
          event.preventDefault();
          submit();
        }
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h4>New actor</h4>
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        value={name}
        autoFocus
        aria-invalid={error === 'Give the actor a name.' || undefined}
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(event) => setKind(event.target.value as ActorKind)}
      >
        {ACTOR_KINDS.map((value) => (
          <option key={value} value={value}>
            {ACTOR_KIND_STYLES[value].label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-aliases`}>Other names in the text (comma-separated)</label>
      <input
        id={`${id}-aliases`}
        value={aliases}
        onChange={(event) => setAliases(event.target.value)}
      />
      {kind === 'bloc' && (
        <fieldset className="code-checks">
          <legend>Members</legend>
          {dataset.actors
            .filter((actor) => !actor.members?.length)
            .map((actor) => (
              <label key={actor.id}>
                <input
                  type="checkbox"
                  checked={members.includes(actor.id)}
                  onChange={(event) =>
                    setMembers((list) =>
                      event.target.checked
                        ? [...list, actor.id]
                        : list.filter((m) => m !== actor.id),
                    )
                  }
                />{' '}
                {actor.name}
              </label>
            ))}
        </fieldset>
      )}
      {error && (
        <p className="code-form__error" role="alert">
          {error}
        </p>
      )}
      <div className="code-form__actions">
        <button type="button" className="button button--primary" onClick={submit}>
          Add actor
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
