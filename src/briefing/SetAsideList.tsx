import { downloadText } from '../export/download';
import type { SetAsideScenes } from './sceneStorage';

function sizeOf(text: string): string {
  return text.length < 1024 * 1024
    ? `${Math.max(1, Math.round(text.length / 1024))} kB`
    : `${(text.length / 1024 / 1024).toFixed(1)} MB`;
}

/** Saved scenes that could not be used, kept until the user restores, downloads or discards them. */
export function SetAsideList({
  entries,
  datasetId,
  onRestore,
  onDiscard,
}: {
  entries: readonly SetAsideScenes[];
  datasetId: string;
  onRestore: (position: number) => void;
  onDiscard: (position: number) => void;
}) {
  return (
    <section aria-labelledby="briefing-set-aside" className="briefing__set-aside">
      <h3 id="briefing-set-aside" className="briefing__heading">
        Scenes set aside <span className="briefing__subtle">(kept in this browser)</span>
      </h3>
      <ul className="scene-list">
        {entries.map((entry, i) => (
          <li key={`${entry.at}-${i}`} className="scene-item">
            <div className="scene-item__text">
              <p className="scene-item__title">
                {entry.at ? `Set aside ${entry.at.slice(0, 16).replace('T', ' ')}` : 'Set aside'} (
                {sizeOf(entry.text)})
              </p>
              <p className="scene-item__caption">Why: {entry.reason}.</p>
            </div>
            <div className="scene-item__actions">
              <button type="button" className="button button--small" onClick={() => onRestore(i)}>
                Restore
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() =>
                  downloadText(entry.text, `${datasetId}-scenes-set-aside.json`, 'application/json')
                }
              >
                Download
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => onDiscard(i)}
              >
                Discard
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
