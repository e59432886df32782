interface MapControlsProps {
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  pinnedCount: number;
  onUnpinAll(): void;
}

/** Zoom and framing buttons, bottom right; "Unpin all" appears once something is pinned. */
export function MapControls({
  onZoomIn,
  onZoomOut,
  onFit,
  pinnedCount,
  onUnpinAll,
}: MapControlsProps) {
  return (
    <div className="map__controls" role="group" aria-label="Map view">
      {pinnedCount > 0 && (
        <button type="button" className="map__control map__control--text" onClick={onUnpinAll}>
          Unpin all
        </button>
      )}
      <button
        type="button"
        className="map__control"
        onClick={onZoomIn}
        aria-label="Zoom in"
        title="Zoom in (+)"
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 3v10M3 8h10" />
        </svg>
      </button>
      <button
        type="button"
        className="map__control"
        onClick={onZoomOut}
        aria-label="Zoom out"
        title="Zoom out (−)"
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3 8h10" />
        </svg>
      </button>
      <button
        type="button"
        className="map__control"
        onClick={onFit}
        aria-label="Fit to view"
        title="Fit to view (0)"
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
        </svg>
      </button>
    </div>
  );
}
