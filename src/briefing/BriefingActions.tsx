import { useState } from 'react';
import { useUiStoreApi } from '../state/UiStoreProvider';
import { ExportMenu } from '../export/ExportMenu';
import { BriefingDialog } from './BriefingDialog';
import { enterFullscreen } from './presentationKeys';
import { ShareMenu } from './ShareMenu';
import './briefing.css';

/** Header actions: the briefing's scenes, presenting, exports and sharing. None in embeds. */
export function BriefingActions({ embed }: { embed: boolean }) {
  const store = useUiStoreApi();
  const [briefingOpen, setBriefingOpen] = useState(false);
  if (embed) return null;
  return (
    <div className="header__actions">
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => setBriefingOpen(true)}
      >
        Briefing
      </button>
      <button
        type="button"
        className="button button--primary"
        data-present-button=""
        onClick={() => {
          // Inside the click, so the browser grants full screen.
          enterFullscreen();
          store.getState().startPresenting(0);
        }}
      >
        Present
      </button>
      <ExportMenu />
      <ShareMenu />
      <BriefingDialog open={briefingOpen} onClose={() => setBriefingOpen(false)} />
    </div>
  );
}
