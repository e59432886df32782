import { Suspense, useEffect, useState } from 'react';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';
import { Popover } from '../ui/Popover';

// The panel brings the SVG, PNG and CSV exports: loaded on first use (or hover), not at start.
const ExportPanel = lazyWithPreload(() => import('./ExportPanel'));
const Handout = lazyWithPreload(() => import('./Handout'));

export function ExportMenu() {
  const [printing, setPrinting] = useState(false);
  // A new request remounts the handout, so printing twice prints twice.
  const [printRequest, setPrintRequest] = useState(0);

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  return (
    <>
      <Popover
        label="Export"
        panelLabel="Export options"
        className="popover--export"
        onPreload={() => void ExportPanel.preload()}
      >
        {(close) => (
          <ExportPanel
            onPrint={() => {
              close();
              setPrintRequest((n) => n + 1);
              setPrinting(true);
            }}
          />
        )}
      </Popover>
      {printing && (
        <LoadBoundary what="The handout">
          <Suspense fallback={null}>
            <Handout key={printRequest} mode="print" onReady={() => window.print()} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
