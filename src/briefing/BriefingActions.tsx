import { Suspense, useState } from 'react';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';
import { useUiStoreApi } from '../state/UiStoreProvider';
import { ExportMenu } from '../export/ExportMenu';
import { enterFullscreen } from './fullscreen';
import { ShareMenu } from './ShareMenu';
import { isOfflineBuild } from '../ui/buildMode';
import './briefing.css';

// Scene editing, import and export load with the dialog, when it is first opened (or hovered).
const BriefingDialog = lazyWithPreload(() => import('./BriefingDialog'));
const preloadBriefing = () => void BriefingDialog.preload();

/** Header actions: the briefing's scenes, presenting, exports and sharing. None in embeds. */
export function BriefingActions({ embed }: { embed: boolean }) {
  const store = useUiStoreApi();
  const [briefingOpen, setBriefingOpen] = useState(false);
  // Mounted from the first opening on, so closing keeps the native dialog's focus return.
  const [briefingWanted, setBriefingWanted] = useState(false);
  if (embed) return null;
  return (
    <div className="header__actions">
      {/* A saved briefing file is read-only: no scene editing, no links to share. */}
      {!isOfflineBuild && (
        <button
          type="button"
          className="button"
          aria-haspopup="dialog"
          onPointerEnter={preloadBriefing}
          onFocus={preloadBriefing}
          onClick={() => {
            setBriefingWanted(true);
            setBriefingOpen(true);
          }}
        >
          Briefing
        </button>
      )}
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
      {!isOfflineBuild && <ShareMenu />}
      {briefingWanted && (
        <LoadBoundary what="The briefing">
          <Suspense fallback={null}>
            <BriefingDialog open={briefingOpen} onClose={() => setBriefingOpen(false)} />
          </Suspense>
        </LoadBoundary>
      )}
    </div>
  );
}

export default BriefingActions;
