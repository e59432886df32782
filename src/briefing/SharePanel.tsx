import { useRef, useState } from 'react';
import { useDatasetIndex, useDatasetSource } from '../ui/DatasetContext';
import { useGraph } from '../ui/useGraph';
import { sourceParams } from '../data/datasetSource';
import { getMapSnapshot } from '../map/mapSnapshot';
import { useUiStoreApi } from '../state/UiStoreProvider';
import { cameraFromViewport, embedSnippet, shareUrl } from './shareLink';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * The Share menu's panel: a link to the view as it is when the panel opens, and an embed
 * snippet. Loaded when the menu is first wanted (see ShareMenu).
 */
export default function SharePanel() {
  const store = useUiStoreApi();
  const graph = useGraph();
  const { dataset } = useDatasetIndex();
  const source = useDatasetSource();
  const linkRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  // The link is built when the panel opens: it is the view at that moment.
  const [links] = useState(() => {
    const state = store.getState();
    const camera = cameraFromViewport(graph, getMapSnapshot(), state.camera);
    const options = { ...sourceParams(source), camera };
    return {
      link: shareUrl(window.location.href, state, options),
      embed: shareUrl(window.location.href, state, { ...options, embed: true }),
    };
  });

  const copyLink = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(links.link);
      setCopy('copied');
    } catch {
      // No clipboard permission (http, iframe): select the text so Ctrl+C copies it.
      linkRef.current?.focus();
      linkRef.current?.select();
      setCopy('manual');
    }
  };

  return (
    <div className="share">
      <label className="field">
        <span className="field__label">Link to this view</span>
        <input
          ref={linkRef}
          className="field__input"
          type="text"
          readOnly
          value={links.link}
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      <div className="share__row">
        <button type="button" className="button button--primary" onClick={() => void copyLink()}>
          Copy link
        </button>
        <p className="share__status" role="status">
          {copy === 'copied' && 'Link copied'}
          {copy === 'manual' && 'Press Ctrl+C (⌘C on a Mac) to copy the selected link'}
        </p>
      </div>
      <label className="field">
        <span className="field__label">Embed in a web page (read-only)</span>
        <textarea
          className="field__input field__input--code"
          readOnly
          rows={3}
          value={embedSnippet(links.embed, dataset.title)}
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
    </div>
  );
}
