import { isOfflineBuild } from '../ui/buildMode';
import { useDatasetIndex, useDatasetSource } from '../ui/DatasetContext';
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { selectView } from '../state/selectors';
import { Suspense } from 'react';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';
import { useAfterFirstPaint } from '../ui/useAfterFirstPaint';
import { LibraryActions } from '../library/LibraryActions';
import { formatDateRange } from '../ui/formatDate';

// Briefing, Present, Export and Share: their code loads just after the first paint.
const BriefingActions = lazyWithPreload(() => import('../briefing/BriefingActions'));

/**
 * The briefing buttons as they will stand, inert, until their code is in: the header
 * keeps its size, so the map below does not move when they arrive.
 */
function BriefingActionsPlaceholder() {
  const labels = isOfflineBuild
    ? ['Present', 'Export']
    : ['Briefing', 'Present', 'Export', 'Share'];
  return (
    <div className="header__actions" aria-hidden="true" inert>
      {labels.map((label) => (
        <span key={label} className={label === 'Present' ? 'button button--primary' : 'button'}>
          {label}
        </span>
      ))}
    </div>
  );
}

export function Header({ embed }: { embed: boolean }) {
  const { dataset } = useDatasetIndex();
  const view = useUi(selectView);
  const { setView } = useUiActions();
  const source = useDatasetSource();
  const painted = useAfterFirstPaint();
  // A library dataset is coded in place; a bundled one is offered as a copy.
  const codeLink =
    source.kind === 'local'
      ? `?code=local:${source.id}`
      : source.kind === 'bundled'
        ? `?code=new&from=${source.name}`
        : '?code=new';
  const event = dataset.event;
  const document = dataset.documents[0]!;
  return (
    <header className="header">
      <div className="header__title">
        <span className="header__brand" aria-hidden="true">
          Stance Map
        </span>
        <h1>{dataset.title}</h1>
        <p className="header__meta">
          {event ? formatDateRange(event.startDate, event.endDate) : formatDateRange(document.date)}{' '}
          · {event?.place ?? document.place}
        </p>
      </div>
      <div className="header__views" role="group" aria-label="View">
        <button
          type="button"
          className="tab"
          aria-pressed={view === 'map'}
          onClick={() => setView('map')}
        >
          Map
        </button>
        <button
          type="button"
          className="tab"
          aria-pressed={view === 'table'}
          onClick={() => setView('table')}
        >
          Table
        </button>
      </div>
      {/* A saved briefing file is read-only: no library, no coding. */}
      {!embed && !isOfflineBuild && <LibraryActions />}
      {!embed && !isOfflineBuild && (
        <a className="button header__code" href={codeLink}>
          Code
        </a>
      )}
      {embed ? null : painted ? (
        <LoadBoundary what="The briefing buttons">
          <Suspense fallback={<BriefingActionsPlaceholder />}>
            <BriefingActions embed={embed} />
          </Suspense>
        </LoadBoundary>
      ) : (
        <BriefingActionsPlaceholder />
      )}
    </header>
  );
}
