import type { ReactNode } from 'react';

/** A short, dismissible notice over the workspace: something was ignored, and what. */
export function Notice({ children, onDismiss }: { children: ReactNode; onDismiss: () => void }) {
  return (
    <div className="notice" role="status">
      <p className="notice__text">{children}</p>
      <button type="button" className="button button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
