import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { ATTRIBUTION_LABELS } from '../data/vocabulary';
import { sourceLine } from '../export/sourceLine';
import { selectPresenting } from '../state/selectors';
import { useUi, useUiStoreApi } from '../state/UiStoreProvider';
import { applyScene, presentationFraming, sceneQuotes } from './scenes';
import { useBriefingScenes } from './userScenes';
import { enterFullscreen, exitFullscreen } from './fullscreen';
import { presentationKeyAction, type PresentationMove } from './presentationKeys';
import { openPresenterChannel, presenterUrl, type PresenterChannel } from './presenterChannel';

/** More than this many quotes no longer reads from the back of a room; the handout has them all. */
const MAX_QUOTES = 4;
/** Type steps, largest first (see briefing.css); the first at which the scene fits is used. */
const DENSITIES = ['normal', 'compact', 'dense'] as const;

/** Pick the largest type at which the column's text fits without scrolling. */
function fitDensity(root: HTMLElement | null): void {
  const body = root?.querySelector<HTMLElement>('.presentation__body');
  if (!root || !body) return;
  for (const density of DENSITIES) {
    root.dataset.density = density;
    if (body.scrollHeight <= body.clientHeight + 1) return;
  }
}

/**
 * Presentation mode: the workspace gives the map the screen (the `workspace--presenting`
 * class hides the header, filters and details) and this column tells the scene: title,
 * caption, key quotes, progress. Keys, clickers and the hidden-until-hover buttons step
 * the scenes; each step applies the scene, so the map eases its nodes and camera.
 */
export default function Presentation() {
  const store = useUiStoreApi();
  const index = useDatasetIndex();
  const step = useUi(selectPresenting);
  const { all: scenes } = useBriefingScenes();
  const rootRef = useRef<HTMLElement>(null);
  const channelRef = useRef<PresenterChannel | null>(null);
  const [presenterProblem, setPresenterProblem] = useState('');
  // The view before presenting, taken before the first scene applies; leaving restores it.
  const [before] = useState(() => {
    const { selection, filters, joint, view, sceneId, camera } = store.getState();
    return { view: { selection, filters, joint, view }, sceneId, camera };
  });
  const count = scenes.length;
  const current = step === null || count === 0 ? 0 : Math.min(Math.max(step, 0), count - 1);
  const scene = count ? scenes[current] : undefined;

  useEffect(() => {
    if (scene) applyScene(store, scene, presentationFraming(index, scene));
  }, [scene, store, index]);

  // In step with a presenter view, if one is open: it steps us, we tell it where we are.
  useEffect(() => {
    const channel = openPresenterChannel(index.dataset.id, (message) => {
      const state = store.getState();
      if (message.type === 'hello') channel?.post({ type: 'step', step: state.presenting ?? 0 });
      else if (message.type === 'step' && message.step !== state.presenting)
        state.startPresenting(Math.min(message.step, Math.max(count - 1, 0)));
    });
    channelRef.current = channel;
    return () => {
      channel?.post({ type: 'end' });
      channel?.close();
      channelRef.current = null;
    };
  }, [index, store, count]);
  useEffect(() => {
    channelRef.current?.post({ type: 'step', step: current });
  }, [current]);

  const openPresenterView = () => {
    const opened = window.open(
      presenterUrl(window.location.href),
      `stance-map-presenter-${index.dataset.id}`,
      'popup,width=1280,height=800',
    );
    setPresenterProblem(
      opened ? '' : 'The browser blocked the presenter window: allow pop-ups for this page.',
    );
  };

  // Measured, not guessed: step the type down only as far as this scene needs.
  useLayoutEffect(() => {
    const root = rootRef.current;
    fitDensity(root);
    if (!root || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => fitDensity(root));
    observer.observe(root);
    return () => observer.disconnect();
  }, [scene]);

  // Enter: the map view, full screen, focus here. Leave: back out of full screen, to the
  // view the user had before, with focus on "Present".
  useEffect(() => {
    store.getState().setView('map');
    rootRef.current?.focus();
    enterFullscreen();
    let wasFullscreen = false;
    const onFullscreenChange = () => {
      // The browser's own Escape leaves full screen without a keydown; leave the presentation too.
      if (document.fullscreenElement) wasFullscreen = true;
      else if (wasFullscreen) store.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      exitFullscreen();
      const state = store.getState();
      state.applyView(before.view, before.sceneId);
      state.frame(before.camera.focus, before.camera.zoom);
      document.querySelector<HTMLElement>('[data-present-button]')?.focus();
    };
  }, [store, before]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const move = presentationKeyAction(event);
      if (!move) return;
      event.preventDefault();
      event.stopPropagation();
      go(move);
    };
    const go = (move: PresentationMove) => {
      const state = store.getState();
      const at = state.presenting ?? 0;
      if (move === 'leave') return state.stopPresenting();
      const next =
        move === 'next' ? at + 1 : move === 'previous' ? at - 1 : move === 'first' ? 0 : count - 1;
      state.startPresenting(Math.min(Math.max(next, 0), Math.max(count - 1, 0)));
    };
    // Capture: while presenting these keys belong to the presentation, not the map.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store, count]);

  const quotes = scene ? sceneQuotes(index, scene) : [];
  const shown = quotes.slice(0, MAX_QUOTES);
  const { startPresenting, stopPresenting } = store.getState();

  return (
    <section ref={rootRef} className="presentation" aria-label="Presentation" tabIndex={-1}>
      <div className="presentation__body" key={scene?.id ?? 'empty'}>
        <p className="presentation__kicker">{index.dataset.title}</p>
        {scene ? (
          <>
            <h2 className="presentation__title">{scene.title}</h2>
            {scene.caption && <p className="presentation__caption">{scene.caption}</p>}
            {shown.length > 0 && (
              <ul className="presentation__quotes" aria-label="Key quotes">
                {shown.map(({ key, evidence }) => (
                  <li key={key} className="presentation__quote">
                    <blockquote>“{evidence.quote}”</blockquote>
                    <p className="presentation__attribution">
                      — {ATTRIBUTION_LABELS[evidence.attribution].badge}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <>
            <h2 className="presentation__title">No scenes yet</h2>
            <p className="presentation__caption">
              Leave the presentation and use “Add current view as scene” in the briefing to build
              one.
            </p>
          </>
        )}
      </div>
      <footer className="presentation__footer">
        <div className="presentation__progress">
          <p className="presentation__count">
            {count ? `Scene ${current + 1} of ${count}` : 'No scenes'}
          </p>
          <p className="visually-hidden" aria-live="polite">
            {scene ? `Scene ${current + 1} of ${count}: ${scene.title}` : ''}
          </p>
          <div className="presentation__bar" aria-hidden="true">
            {scenes.map((item, i) => (
              <span key={item.id} className={i <= current ? 'is-done' : undefined} />
            ))}
          </div>
          <div className="presentation__controls">
            <button
              type="button"
              className="button"
              onClick={() => startPresenting(Math.max(current - 1, 0))}
              disabled={current === 0}
            >
              ← Previous
            </button>
            <button
              type="button"
              className="button"
              onClick={() => startPresenting(Math.min(current + 1, count - 1))}
              disabled={current >= count - 1}
            >
              Next →
            </button>
            <button type="button" className="button" onClick={openPresenterView}>
              Presenter view
            </button>
            <button type="button" className="button" onClick={() => stopPresenting()}>
              Leave (Esc)
            </button>
          </div>
        </div>
        {presenterProblem && (
          <p className="presentation__source" role="alert">
            {presenterProblem}
          </p>
        )}
        <p className="presentation__source">{sourceLine(index.dataset)}</p>
      </footer>
    </section>
  );
}
