import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { useGraph } from '../ui/useGraph';
import type { Scene } from '../data/schema';
import { downloadText } from '../export/download';
import { getMapSnapshot } from '../map/mapSnapshot';
import { useUiStoreApi } from '../state/UiStoreProvider';
import {
  SceneFileError,
  applyScene,
  captureScene,
  knownIdsOf,
  mergeScenes,
  moveItem,
  parseSceneFile,
  serializeSceneFile,
  suggestSceneTitle,
  uniqueSceneId,
} from './scenes';
import { cameraFromViewport } from './shareLink';
import { useModalDialog } from '../ui/useModalDialog';
import { MAX_STORED_BYTES, MAX_STORED_SCENES } from './sceneStorage';
import { useBriefingScenes, useUserScenes, useUserScenesStore } from './userScenes';
import { SetAsideList } from './SetAsideList';

const MAX_TITLE = 200;
const MAX_CAPTION = 600;

/** Keys typed in the dialog are the dialog's, not the app's shortcuts (Escape closes it). */
function keepKeysInside(event: KeyboardEvent) {
  if (event.key !== 'Escape') event.stopPropagation();
}

interface Notice {
  text: string;
  undo?: Scene[];
}

function UserSceneItem({
  scene,
  position,
  total,
  onChange,
  onMove,
  onDelete,
  onShow,
  onPresent,
}: {
  scene: Scene;
  position: number;
  total: number;
  onChange: (scene: Scene) => void;
  onMove: (delta: number) => void;
  onDelete: () => void;
  onShow: () => void;
  onPresent: () => void;
}) {
  // While typing, the draft may be empty; the saved title stays the last non-empty one.
  const [draft, setDraft] = useState<string | null>(null);
  const titleId = useId();
  const captionId = useId();
  return (
    <li className="scene-item scene-item--user" aria-label={scene.title}>
      <div className="scene-item__fields">
        <label className="field" htmlFor={titleId}>
          <span className="field__label">Title</span>
        </label>
        <input
          id={titleId}
          className="field__input"
          data-scene-title={scene.id}
          value={draft ?? scene.title}
          maxLength={MAX_TITLE}
          required
          onChange={(event) => {
            setDraft(event.target.value);
            const next = event.target.value.trim();
            if (next) onChange({ ...scene, title: next });
          }}
          onBlur={() => setDraft(null)}
        />
        <label className="field" htmlFor={captionId}>
          <span className="field__label">Caption (one or two sentences)</span>
        </label>
        <textarea
          id={captionId}
          className="field__input"
          rows={2}
          maxLength={MAX_CAPTION}
          value={scene.caption}
          onChange={(event) => onChange({ ...scene, caption: event.target.value })}
        />
      </div>
      <div className="scene-item__actions">
        <button type="button" className="button button--small" onClick={onShow}>
          Show
        </button>
        <button type="button" className="button button--small" onClick={onPresent}>
          Present from here
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => onMove(-1)}
          disabled={position === 0}
        >
          Move up
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => onMove(1)}
          disabled={position === total - 1}
        >
          Move down
        </button>
        <button type="button" className="button button--small button--danger" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}

function BriefingContent({ onClose }: { onClose: () => void }) {
  const store = useUiStoreApi();
  const index = useDatasetIndex();
  const graph = useGraph();
  const { defaults, all } = useBriefingScenes();
  const { scenes: user, problem, setAside } = useUserScenes();
  const full = user.length >= MAX_STORED_SCENES;
  const userStore = useUserScenesStore();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importErrors, setImportErrors] = useState<string[] | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const importId = useId();

  const show = (scene: Scene) => {
    applyScene(store, scene);
    store.getState().setView('map');
    onClose();
  };
  const present = (position: number) => {
    onClose();
    store.getState().startPresenting(position);
  };

  const addCurrentView = () => {
    const state = store.getState();
    const title = suggestSceneTitle(index, state);
    const taken = new Set(all.map((scene) => scene.id));
    const camera = cameraFromViewport(graph, getMapSnapshot(), state.camera);
    const scene = captureScene(state, { id: uniqueSceneId(title, taken), title, camera });
    if (!userStore.set([...user, scene])) return;
    setNotice({ text: `Added “${title}”. Give it a title and a caption below.` });
    // Focus the new scene's title so it can be renamed straight away.
    requestAnimationFrame(() => {
      const inputs =
        listRef.current?.querySelectorAll<HTMLInputElement>('[data-scene-title]') ?? [];
      [...inputs].find((input) => input.dataset.sceneTitle === scene.id)?.select();
    });
  };

  const update = (position: number, scene: Scene) =>
    userStore.set(user.map((item, i) => (i === position ? scene : item)));
  const move = (position: number, delta: number) => userStore.set(moveItem(user, position, delta));
  const remove = (position: number) => {
    const removed = user[position]!;
    setNotice({ text: `Deleted “${removed.title}”.`, undo: user });
    userStore.set(user.filter((_, i) => i !== position));
  };

  const exportScenes = () =>
    downloadText(
      serializeSceneFile(index.dataset.id, user),
      `${index.dataset.id}-scenes.json`,
      'application/json',
    );

  const importScenes = async (file: File) => {
    setImportErrors(null);
    try {
      const imported = parseSceneFile(await file.text(), {
        datasetId: index.dataset.id,
        known: knownIdsOf(index),
      });
      const merged = mergeScenes(user, imported, new Set(defaults.map((scene) => scene.id)));
      if (!userStore.set(merged.scenes)) {
        setImportErrors([`Not imported: ${userStore.getSnapshot().problem ?? 'over the limit'}`]);
        return;
      }
      setNotice({
        text:
          `Imported ${imported.length} scene${imported.length === 1 ? '' : 's'} from ${file.name}.` +
          (merged.renamed.length ? ` ${merged.renamed.length} renamed to keep ids unique.` : ''),
        undo: user,
      });
    } catch (error) {
      if (error instanceof SceneFileError) {
        setImportErrors([
          ...error.problems.map((p) => (p.path ? `${p.path}: ${p.reason}` : p.reason)),
          ...(error.total > error.problems.length
            ? [`…and ${error.total - error.problems.length} more`]
            : []),
        ]);
      } else
        setImportErrors([
          `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
        ]);
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <>
      {problem && (
        <p className="briefing__notice briefing__notice--warning" role="alert">
          {problem}{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => userStore.dismissProblem()}
          >
            Dismiss
          </button>
        </p>
      )}
      {setAside.length > 0 && (
        <SetAsideList
          entries={setAside}
          datasetId={index.dataset.id}
          onRestore={(position) =>
            setNotice({
              text: userStore.restoreSetAside(position, new Set(defaults.map((scene) => scene.id))),
            })
          }
          onDiscard={(position) => userStore.discardSetAside(position)}
        />
      )}
      <section aria-labelledby="briefing-default">
        <h3 id="briefing-default" className="briefing__heading">
          Scenes in this dataset
        </h3>
        {defaults.length === 0 ? (
          <p className="briefing__empty">This dataset ships no briefing.</p>
        ) : (
          <ol className="scene-list">
            {defaults.map((scene, i) => (
              <li key={scene.id} className="scene-item" aria-label={scene.title}>
                <div className="scene-item__text">
                  <p className="scene-item__title">{scene.title}</p>
                  {scene.caption && <p className="scene-item__caption">{scene.caption}</p>}
                </div>
                <div className="scene-item__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => show(scene)}
                  >
                    Show
                  </button>
                  <button type="button" className="button button--small" onClick={() => present(i)}>
                    Present from here
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="briefing-user">
        <h3 id="briefing-user" className="briefing__heading">
          Your scenes <span className="briefing__subtle">(saved in this browser)</span>
        </h3>
        <p className="briefing__row">
          <button
            type="button"
            className="button button--primary"
            onClick={addCurrentView}
            disabled={full}
          >
            Add current view as scene
          </button>{' '}
          <span className="briefing__subtle">
            {full
              ? `Full: at most ${MAX_STORED_SCENES} scenes per dataset; delete some to add more.`
              : `Up to ${MAX_STORED_SCENES} scenes (${MAX_STORED_BYTES / 1024 / 1024} MB) per dataset.`}
          </span>
        </p>
        <p className="briefing__notice" role="status">
          {notice?.text}
          {notice?.undo && (
            <>
              {' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  userStore.set(notice.undo!);
                  setNotice({ text: 'Undone.' });
                }}
              >
                Undo
              </button>
            </>
          )}
        </p>
        {user.length === 0 ? (
          <p className="briefing__empty">
            None yet. Set up the map (filters, selection, zoom), then add it as a scene.
          </p>
        ) : (
          <ol className="scene-list" ref={listRef}>
            {user.map((scene, i) => (
              <UserSceneItem
                key={scene.id}
                scene={scene}
                position={i}
                total={user.length}
                onChange={(next) => update(i, next)}
                onMove={(delta) => move(i, delta)}
                onDelete={() => remove(i)}
                onShow={() => show(scene)}
                onPresent={() => present(defaults.length + i)}
              />
            ))}
          </ol>
        )}
        <div className="briefing__files">
          <button
            type="button"
            className="button"
            onClick={exportScenes}
            disabled={user.length === 0}
          >
            Export scenes (JSON)
          </button>
          <input
            id={importId}
            ref={fileRef}
            className="visually-hidden briefing__file"
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void importScenes(file);
            }}
          />
          <label className="button" htmlFor={importId}>
            Import scenes (JSON)
          </label>
        </div>
        {importErrors && (
          <div className="briefing__errors" role="alert">
            <p>These scenes could not be imported:</p>
            <ul>
              {importErrors.map((line) => (
                <li key={line}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </>
  );
}

/** The Briefing dialog: loaded when first opened (see BriefingActions), with the scene-file code. */
export default function BriefingDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open, onClose);
  return (
    <dialog
      ref={ref}
      className="dialog briefing"
      aria-labelledby="briefing-title"
      onKeyDown={keepKeysInside}
    >
      <header className="dialog__header">
        <h2 id="briefing-title">Briefing</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      {open && <BriefingContent onClose={onClose} />}
    </dialog>
  );
}
