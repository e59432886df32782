import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A header button that shows a small panel below it (disclosure pattern). Escape or a
 * click elsewhere closes it and focus returns to the button.
 */
export function Popover({
  label,
  panelLabel,
  children,
  className = '',
}: {
  label: string;
  panelLabel: string;
  children: (close: () => void) => ReactNode;
  className?: string;
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
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </button>
      {open && (
        <div id={id} className="popover__panel" role="group" aria-label={panelLabel}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
