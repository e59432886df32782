import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { ATTRIBUTION_LABELS } from '../data/vocabulary';
import type { Scene } from '../data/schema';
import type { DatasetIndex } from '../graph/datasetIndex';
import { buildExportSvg } from '../export/buildExportSvg';
import { sceneExport } from '../export/viewExport';
import { sentenceContext } from '../panel/sentenceContext';
import { sceneQuotes } from './scenes';
import { useBriefingScenes } from './userScenes';
import { presentationKeyAction } from './presentationKeys';
import { openPresenterChannel, type PresenterChannel } from './presenterChannel';
import './presenter.css';

const MAP_SIZE = { width: 640, height: 420 };

function sceneMapSrc(index: DatasetIndex, scene: Scene, now: Date): string {
  const input = sceneExport({ index, scene, now, size: MAP_SIZE });
  const { svg } = buildExportSvg({ ...input, mapOnly: true });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
function elapsedText(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${h ? `${h}:${pad(m)}` : m}:${pad(seconds % 60)}`;
}

/**
 * The presenter view (`?presenter=1`, opened by "Presenter view" while presenting), for
 * the laptop screen: the current and next scene, the scene's notes and its quotes in
 * their sentences, a clock and the time elapsed. Stepping here steps the presentation
 * and back (presenterChannel).
 */
export default function PresenterView() {
  const index = useDatasetIndex();
  const { all: scenes } = useBriefingScenes();
  const [step, setStep] = useState(0);
  const [linked, setLinked] = useState<'waiting' | 'linked' | 'ended' | 'none'>(() =>
    typeof BroadcastChannel === 'undefined' ? 'none' : 'waiting',
  );
  const [openedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [madeAt] = useState(() => new Date());
  const channelRef = useRef<PresenterChannel | null>(null);
  const count = scenes.length;
  const current = Math.min(step, Math.max(count - 1, 0));
  const scene = scenes[current];
  const next = scenes[current + 1];

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    const channel = openPresenterChannel(index.dataset.id, (message) => {
      if (message.type === 'step') {
        setStep(message.step);
        setLinked('linked');
      } else if (message.type === 'end') setLinked('ended');
    });
    channelRef.current = channel;
    channel?.post({ type: 'hello' });
    return () => {
      channel?.close();
      channelRef.current = null;
    };
  }, [index]);

  useEffect(() => {
    document.title = `Presenter view · ${index.dataset.title}`;
  }, [index]);

  const go = useCallback(
    (to: number) => {
      const target = Math.min(Math.max(to, 0), Math.max(count - 1, 0));
      setStep(target);
      channelRef.current?.post({ type: 'step', step: target });
    },
    [count],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const move = presentationKeyAction(event);
      if (!move || move === 'leave') return;
      event.preventDefault();
      go(
        move === 'next'
          ? current + 1
          : move === 'previous'
            ? current - 1
            : move === 'first'
              ? 0
              : Infinity,
      );
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [go, current]);

  const currentSrc = useMemo(
    () => (scene ? sceneMapSrc(index, scene, madeAt) : null),
    [index, scene, madeAt],
  );
  const nextSrc = useMemo(
    () => (next ? sceneMapSrc(index, next, madeAt) : null),
    [index, next, madeAt],
  );
  const quotes = useMemo(() => (scene ? sceneQuotes(index, scene) : []), [index, scene]);
  const clock = new Date(now);

  return (
    <main className="presenter" aria-label="Presenter view">
      <header className="presenter__bar">
        <p className="presenter__where">
          <strong>{count ? `Scene ${current + 1} of ${count}` : 'No scenes'}</strong>
          <span className="presenter__status" role="status">
            {linked === 'linked'
              ? 'In step with the presentation'
              : linked === 'ended'
                ? 'The presentation has ended'
                : linked === 'none'
                  ? 'This browser cannot link the windows: step each one'
                  : 'Waiting for the presentation…'}
          </span>
        </p>
        <p className="presenter__time">
          <span aria-label="Clock">
            {pad(clock.getHours())}:{pad(clock.getMinutes())}
          </span>
          <span aria-label="Elapsed">{elapsedText(now - openedAt)}</span>
        </p>
        <div className="presenter__controls">
          <button
            type="button"
            className="button"
            onClick={() => go(current - 1)}
            disabled={current === 0}
          >
            ← Previous
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => go(current + 1)}
            disabled={current >= count - 1}
          >
            Next →
          </button>
        </div>
      </header>
      <section className="presenter__current" aria-label="Current scene">
        <h1 className="presenter__title">{scene?.title ?? 'No scenes yet'}</h1>
        {currentSrc && <img className="presenter__map" src={currentSrc} alt="" />}
        {scene?.caption && <p className="presenter__caption">{scene.caption}</p>}
      </section>
      <aside className="presenter__side">
        <section className="presenter__next" aria-label="Next scene">
          <h2 className="presenter__heading">Next</h2>
          {next ? (
            <>
              <p className="presenter__next-title">{next.title}</p>
              {nextSrc && (
                <img className="presenter__map presenter__map--small" src={nextSrc} alt="" />
              )}
            </>
          ) : (
            <p className="presenter__muted">End of the briefing</p>
          )}
        </section>
        <section className="presenter__notes" aria-label="Notes">
          <h2 className="presenter__heading">Notes</h2>
          {scene?.notes?.trim() ? (
            <p className="presenter__notes-text">{scene.notes}</p>
          ) : (
            <p className="presenter__muted">No notes for this scene.</p>
          )}
        </section>
        <section className="presenter__quotes" aria-label="Quotes in context">
          <h2 className="presenter__heading">Quotes in context ({quotes.length})</h2>
          {quotes.length === 0 && <p className="presenter__muted">This scene shows no quotes.</p>}
          <ol>
            {quotes.map(({ key, evidence }) => {
              const document = index.dataset.documents.find((doc) => doc.id === evidence.document);
              const context = document
                ? sentenceContext(document.text, evidence.start, evidence.end)
                : null;
              return (
                <li key={key} className="presenter__quote">
                  <p>
                    {context?.clippedBefore && '…'}
                    {context?.before}
                    <mark>{evidence.quote}</mark>
                    {context?.after}
                    {context?.clippedAfter && '…'}
                  </p>
                  <p className="presenter__badge">
                    {ATTRIBUTION_LABELS[evidence.attribution].badge}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      </aside>
    </main>
  );
}
