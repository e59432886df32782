/** Actors and topics of the dataset: rename, merge two actors, show where an actor is named, add one. */
import { shorten } from '../data/describeIssue';
import { useMemo, useState } from 'react';
import type { Actor, Dataset } from '../data/schema';
import { ACTOR_KIND_STYLES } from '../data/vocabulary';
import { blocFor, indexDataset } from '../graph/datasetIndex';
import { ActorForm } from './ActorForm';

function ActorRow({
  actor,
  dataset,
  uses,
  onRename,
  onMerge,
  onShow,
}: {
  actor: Actor;
  dataset: Dataset;
  /** How many stances the actor takes (a bloc: through its members jointly) or is addressed by. */
  uses: number;
  onRename(id: string, name: string): void;
  onMerge(keepId: string, mergeId: string): void;
  onShow(actor: Actor): void;
}) {
  const [name, setName] = useState(actor.name);
  const [mergeInto, setMergeInto] = useState('');
  return (
    <li className="code-actor">
      <div className="code-inline">
        <input
          aria-label={`Name of ${actor.name}`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => name.trim() && name !== actor.name && onRename(actor.id, name.trim())}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && name.trim() && name !== actor.name)
              onRename(actor.id, name.trim());
          }}
        />
        <span className="code-form__hint">
          {ACTOR_KIND_STYLES[actor.kind].label} · {uses} stance{uses === 1 ? '' : 's'}
          {actor.members?.length ? ` · ${actor.members.length} members` : ''}
        </span>
      </div>
      <div className="code-inline">
        <button type="button" className="button button--small" onClick={() => onShow(actor)}>
          Show in text
        </button>
        <select
          aria-label={`Merge ${actor.name} into`}
          value={mergeInto}
          onChange={(event) => setMergeInto(event.target.value)}
        >
          <option value="">Merge into…</option>
          {dataset.actors
            .filter((other) => other.id !== actor.id)
            .map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
        </select>
        <button
          type="button"
          className="button button--small"
          disabled={!mergeInto}
          onClick={() => onMerge(mergeInto, actor.id)}
        >
          Merge
        </button>
      </div>
    </li>
  );
}

export function ActorList({
  dataset,
  onRename,
  onMerge,
  onShow,
  onCreateActor,
  selectedWords,
}: {
  dataset: Dataset;
  /** Words selected in the text, offered as the new actor's name. */
  selectedWords?: string;
  onRename(id: string, name: string): void;
  onMerge(keepId: string, mergeId: string): void;
  onShow(actor: Actor): void;
  onCreateActor(actor: Actor): void;
}) {
  const [adding, setAdding] = useState<false | 'blank' | 'words'>(false);
  // Counted once per version of the dataset, not per actor on every render (a caret move).
  // A joint stance counts for its signatories and for the bloc they make up, as the map
  // draws it.
  const uses = useMemo(() => {
    const index = indexDataset(dataset);
    const counts = new Map<string, number>();
    for (const stance of dataset.stances) {
      const ids = new Set([...stance.from, stance.to]);
      const bloc = blocFor(index, stance);
      if (bloc) ids.add(bloc.id);
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }, [dataset]);
  return (
    <section aria-label="Actors and topics">
      <h3>Actors</h3>
      {adding ? (
        <ActorForm
          dataset={dataset}
          initialName={adding === 'words' ? selectedWords : ''}
          onCreate={(actor) => {
            onCreateActor(actor);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <div className="code-inline">
          <button type="button" className="button button--small" onClick={() => setAdding('blank')}>
            New actor…
          </button>
          {selectedWords && (
            <button
              type="button"
              className="button button--small"
              onClick={() => setAdding('words')}
            >
              New actor from “{shorten(selectedWords, 30)}”
            </button>
          )}
        </div>
      )}
      <ul className="code-actors">
        {dataset.actors.map((actor) => (
          <ActorRow
            key={`${actor.id}-${actor.name}`}
            actor={actor}
            dataset={dataset}
            uses={uses.get(actor.id) ?? 0}
            onRename={onRename}
            onMerge={onMerge}
            onShow={onShow}
          />
        ))}
      </ul>
      <h3>Topics</h3>
      <ul>
        {dataset.topics.map((topic) => (
          <li key={topic.id}>{topic.label}</li>
        ))}
      </ul>
    </section>
  );
}
