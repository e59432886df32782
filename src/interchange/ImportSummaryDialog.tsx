import type { ImportSummary } from './common';
import type { NewActor } from './stanceCsv';
import { ACTOR_KIND_STYLES } from '../data/vocabulary';
import { useModalDialog } from '../ui/useModalDialog';
import './interchange.css';

interface Props {
  open: boolean;
  fileName: string;
  summary: ImportSummary;
  /** Names the file uses that match no actor; they are created only if the user confirms. */
  newActors?: NewActor[];
  /** Open the dataset (creating the new actors, when there are any). */
  onConfirm: () => void;
  onCancel: () => void;
}

const COUNT_LABELS: Array<[keyof ImportSummary['counts'], string, string]> = [
  ['stances', 'stance', 'stances'],
  ['quotes', 'quote', 'quotes'],
  ['actors', 'actor', 'actors'],
  ['topics', 'topic', 'topics'],
  ['documents', 'document', 'documents'],
];

/** What an import found, what it left out and why, and the new actors it would create. */
export function ImportSummaryDialog({
  open,
  fileName,
  summary,
  newActors = [],
  onConfirm,
  onCancel,
}: Props) {
  const ref = useModalDialog(open, onCancel);
  const { skipped } = summary;
  return (
    <dialog ref={ref} className="dialog import-dialog" aria-labelledby="import-summary-title">
      <header className="dialog__header">
        <h2 id="import-summary-title">Import “{fileName}”</h2>
      </header>
      <p>
        {summary.format}
        {summary.notes.length ? `: ${summary.notes.join('; ')}` : ''}
      </p>
      <ul className="import-dialog__counts" aria-label="What the file holds">
        {COUNT_LABELS.map(([key, one, many]) => (
          <li key={key}>
            <strong>{summary.counts[key]}</strong> {summary.counts[key] === 1 ? one : many}
          </li>
        ))}
      </ul>
      {skipped.length > 0 && (
        <section aria-labelledby="import-skipped-title">
          <h3 id="import-skipped-title">{skipped.length} left out, with the reason</h3>
          <ul className="import-dialog__list">
            {skipped.map((item, i) => (
              <li key={`${item.where}-${i}`}>
                <strong>{item.where}</strong>: {item.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {newActors.length > 0 && (
        <section aria-labelledby="import-new-actors-title">
          <h3 id="import-new-actors-title">
            {newActors.length} {newActors.length === 1 ? 'name matches' : 'names match'} no actor
          </h3>
          <p>
            Opening creates {newActors.length === 1 ? 'this actor' : 'these actors'}, named as in
            the file. To use an existing actor instead, correct the name in the file and open it
            again.
          </p>
          <ul className="import-dialog__list">
            {newActors.map((actor) => (
              <li key={actor.name}>
                <strong>{actor.name}</strong> ({ACTOR_KIND_STYLES[actor.kind].label.toLowerCase()}),
                row
                {actor.rows.length > 1 ? 's' : ''} {actor.rows.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="import-dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {newActors.length
            ? `Create ${newActors.length} ${newActors.length === 1 ? 'actor' : 'actors'} and open`
            : 'Open'}
        </button>
      </div>
    </dialog>
  );
}
