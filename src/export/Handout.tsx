import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useDatasetIndex } from '../ui/DatasetContext';
import { ATTRIBUTION_LABELS } from '../data/vocabulary';
import { sceneQuotes } from '../briefing/scenes';
import { useBriefingScenes } from '../briefing/userScenes';
import { buildExportSvg } from './buildExportSvg';
import {
  HANDOUT_MAP_MAX_HEIGHT,
  HANDOUT_MAP_WIDTH,
  handoutMapHeight,
  sceneTextHeight,
} from './handoutLayout';
import { eventLine, exportDateLine, sourceLine } from './sourceLine';
import { sceneExport } from './viewExport';
import './handout.css';

function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function withoutHandout(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('handout');
  return `${url.pathname}${url.search}`;
}

/**
 * The briefing as a printable document: a cover, then one scene per page with its map
 * (the export SVG of that scene), caption and quotes. `print` mode is invisible on screen
 * and calls onReady once its maps are decoded; `page` mode (?handout=1) is also a
 * readable page on screen, with a print button.
 */
export default function Handout({
  mode,
  onReady,
}: {
  mode: 'print' | 'page';
  onReady?: () => void;
}) {
  const index = useDatasetIndex();
  const { dataset } = index;
  const { all: scenes } = useBriefingScenes();
  const [now] = useState(() => new Date());
  const rootRef = useRef<HTMLElement>(null);
  const [ready, setReady] = useState(false);

  const pages = useMemo(
    () =>
      scenes.map((scene) => {
        const quotes = sceneQuotes(index, scene);
        // Lay the map out at full height, then shorten it if the text needs the room.
        const full = { width: HANDOUT_MAP_WIDTH, height: HANDOUT_MAP_MAX_HEIGHT };
        let input = sceneExport({ index, scene, now, size: full });
        const first = buildExportSvg({ ...input, bare: true });
        let svg = first.svg;
        const text = sceneTextHeight(
          scene.title,
          scene.caption,
          quotes.map((quote) => quote.evidence.quote),
        );
        const mapHeight = handoutMapHeight(text, first.height - full.height);
        if (mapHeight < full.height) {
          input = sceneExport({ index, scene, now, size: { ...full, height: mapHeight } });
          ({ svg } = buildExportSvg({ ...input, bare: true }));
        }
        return {
          scene,
          src: svgDataUrl(svg),
          stances: input.graph.counts.stances,
          actors: input.graph.counts.actors,
          quotes,
        };
      }),
    [index, scenes, now],
  );

  useEffect(() => {
    let cancelled = false;
    const images = [...(rootRef.current?.querySelectorAll('img') ?? [])];
    const decoded = images.map((image) =>
      typeof image.decode === 'function' ? image.decode().catch(() => undefined) : undefined,
    );
    void Promise.all(decoded).then(() => {
      if (cancelled) return;
      setReady(true);
      // Let the browser lay the pages out before the print dialog snapshots them.
      requestAnimationFrame(() => {
        if (!cancelled) onReady?.();
      });
    });
    return () => {
      cancelled = true;
    };
  }, [pages, onReady]);

  const source = sourceLine(dataset);
  const total = pages.length;

  return createPortal(
    <article
      ref={rootRef}
      className={`handout handout--${mode}`}
      aria-label="Briefing handout"
      data-handout-ready={ready ? 'true' : 'false'}
    >
      {mode === 'page' && (
        <div className="handout__toolbar">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            Print handout
          </button>
          <a className="button" href={withoutHandout(window.location.href)}>
            Back to the map
          </a>
          <span className="handout__hint">
            Choose “Save as PDF” in the print dialog to keep a copy.
          </span>
        </div>
      )}
      <section className="handout__page handout__cover">
        <p className="handout__kicker">Briefing · {eventLine(dataset)}</p>
        <h1 className="handout__title">{dataset.title}</h1>
        <p className="handout__description">{dataset.description}</p>
        <h2 className="handout__contents-title">Scenes</h2>
        <ol className="handout__contents">
          {pages.map(({ scene }) => (
            <li key={scene.id}>{scene.title}</li>
          ))}
        </ol>
        <dl className="handout__key">
          {Object.values(ATTRIBUTION_LABELS).map((label) => (
            <div key={label.badge}>
              <dt>
                <span className="handout__badge">{label.badge}</span>
              </dt>
              <dd>{label.description}</dd>
            </div>
          ))}
        </dl>
        <p className="handout__source">{source}</p>
        <p className="handout__source">{exportDateLine(now)}</p>
      </section>
      {pages.map(({ scene, src, stances, actors, quotes }, i) => (
        <section
          key={scene.id}
          className="handout__page handout__scene"
          aria-labelledby={`handout-${i}`}
        >
          <p className="handout__kicker">
            Scene {i + 1} of {total} · {dataset.title}
          </p>
          <h2 id={`handout-${i}`} className="handout__scene-title">
            {scene.title}
          </h2>
          {scene.caption && <p className="handout__caption">{scene.caption}</p>}
          <figure className="handout__map">
            <img
              src={src}
              alt={`Map: ${stances} ${stances === 1 ? 'stance' : 'stances'} among ${actors} actors.`}
            />
          </figure>
          {quotes.length > 0 && (
            <ul className="handout__quotes">
              {quotes.map(({ key, evidence }) => (
                <li key={key}>
                  <blockquote className="handout__quote">“{evidence.quote}”</blockquote>
                  <p className="handout__attribution">
                    <span className="handout__badge">
                      {ATTRIBUTION_LABELS[evidence.attribution].badge}
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p className="handout__footer">{source}</p>
        </section>
      ))}
    </article>,
    document.body,
  );
}
