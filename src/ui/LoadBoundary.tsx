import { Component, Fragment, type ReactNode } from 'react';
import { retryFailedLoads } from './lazyWithPreload';

interface LoadBoundaryProps {
  /** What failed to load, as the start of a sentence ("The table"). */
  what: string;
  children: ReactNode;
}

interface LoadBoundaryState {
  failed: boolean;
  /** Bumped by Retry, so the part mounts afresh and loads again. */
  attempt: number;
}

/**
 * Around a part whose code loads on demand (see lazyWithPreload): if it cannot load
 * (offline, or a newer deploy replaced the files), it says so in place, with Retry, and
 * the rest of the app goes on working. An error boundary must be a class.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, LoadBoundaryState> {
  override state: LoadBoundaryState = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<LoadBoundaryState> {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) {
      return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    }
    return (
      <div role="alert" className="load-failed">
        <p>{this.props.what} could not be loaded. Check the connection, then try again.</p>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            retryFailedLoads();
            this.setState((state) => ({ failed: false, attempt: state.attempt + 1 }));
          }}
        >
          Retry
        </button>
      </div>
    );
  }
}
