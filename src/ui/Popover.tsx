import { Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { LoadBoundary } from './LoadBoundary';

/**
 * A header button that shows a small panel below it (disclosure pattern). Escape or a
 * click elsewhere closes it and focus returns to the button. Panels may be lazily loaded:
 * `onPreload` runs when the pointer or focus reaches the button, and a loading line
 * shows until the panel's code has arrived.
 */
export function Popover({
  label,
  panelLabel,
  children,
  className = '',
  onPreload,
}: {
  label: string;
  panelLabel: string;
  children: (close: () => void) => ReactNode;
  className?: string;
  onPreload?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonId = `${id}-button`;

  const close = () => {
    setOpen(false);
    document.getElementById(buttonId)?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      ref={rootRef}
      className={`popover ${className}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          // The app's global Escape (clear selection) must not also fire.
          event.preventDefault();
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        id={buttonId}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onPointerEnter={onPreload}
        onFocus={onPreload}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </button>
      {open && (
        <div id={id} className="popover__panel" role="group" aria-label={panelLabel}>
          <LoadBoundary what="This panel">
            <Suspense fallback={<p className="popover__hint">Loading…</p>}>
              {children(close)}
            </Suspense>
          </LoadBoundary>
        </div>
      )}
    </div>
  );
}
