import { Suspense, useEffect, useState } from 'react';
import { keepEarlyKeys, takeEarlyKey } from './earlyKeys';
import { useUi } from '../state/UiStoreProvider';
import { selectHelpOpen, selectPresenting, selectSource, selectView } from '../state/selectors';
import { DetailsPanel } from '../panel/DetailsPanel';
import { FilterRail } from '../filters/FilterRail';
import { StanceMap } from '../map/StanceMap';
import { Header } from './Header';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';
import { useUrlSync } from '../url/useUrlSync';
import { useBriefingUrl } from '../briefing/useBriefingUrl';
import { useAfterFirstPaint } from '../ui/useAfterFirstPaint';

// The table is not needed for the first view: keep it out of the initial bundle.
const StanceTable = lazyWithPreload(() => import('../table/StanceTable'));
const SourceReader = lazyWithPreload(() => import('../panel/SourceReader'));
const Presentation = lazyWithPreload(() => import('../briefing/Presentation'));
const HelpDialog = lazyWithPreload(() => import('./HelpDialog'));
const Handout = lazyWithPreload(() => import('../export/Handout'));
const IgnoredParamsNotice = lazyWithPreload(() => import('../url/IgnoredParamsNotice'));
const KeyboardShortcuts = lazyWithPreload(() => import('./KeyboardShortcuts'));

export function Workspace({ embed }: { embed: boolean }) {
  const view = useUi(selectView);
  const presenting = useUi(selectPresenting);
  const source = useUi(selectSource);
  const helpOpen = useUi(selectHelpOpen);
  useUrlSync(embed);
  // A linked scene or camera is put in place first, so the map starts out showing it.
  const { handout, ready } = useBriefingUrl();
  const painted = useAfterFirstPaint();
  useEffect(() => {
    keepEarlyKeys();
    // Gone before the shortcuts came: a key kept now would be replayed much later.
    return () => void takeEarlyKey();
  }, []);
  // The link as opened: syncing the store to the address soon drops what it ignored.
  const [openedWith] = useState(() => window.location.search);

  return (
    <div
      className={`workspace${embed ? ' workspace--embed' : ''}${presenting !== null ? ' workspace--presenting' : ''}`}
    >
      <Header embed={embed} />
      {!embed && <FilterRail />}
      <main className="workspace__centre" id="main">
        {!ready ? null : view === 'map' ? (
          <StanceMap embed={embed} />
        ) : (
          <LoadBoundary what="The table">
            <Suspense fallback={<p role="status">Loading table…</p>}>
              <StanceTable />
            </Suspense>
          </LoadBoundary>
        )}
      </main>
      <DetailsPanel />
      <LoadBoundary what="This view">
        <Suspense fallback={null}>
          {/* Mounted only when wanted, so their code stays out of the first view. */}
          {source && <SourceReader />}
          {presenting !== null && <Presentation />}
          {helpOpen && <HelpDialog />}
          {handout && <Handout mode="page" />}
          {painted && openedWith && <IgnoredParamsNotice search={openedWith} />}
        </Suspense>
      </LoadBoundary>
      {/* Boundaries of its own: while its code loads, nothing else waits. */}
      <LoadBoundary what="The keyboard shortcuts">
        <Suspense fallback={null}>{painted && <KeyboardShortcuts embed={embed} />}</Suspense>
      </LoadBoundary>
    </div>
  );
}
