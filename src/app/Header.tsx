import { useDatasetIndex, useDatasetSource } from '../ui/DatasetContext';
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { selectView } from '../state/selectors';
import { BriefingActions } from '../briefing/BriefingActions';
import { LibraryActions } from '../library/LibraryActions';
import { formatDateRange } from '../ui/formatDate';

export function Header({ embed }: { embed: boolean }) {
  const { dataset } = useDatasetIndex();
  const view = useUi(selectView);
  const { setView } = useUiActions();
  const source = useDatasetSource();
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
      {!embed && <LibraryActions />}
      {!embed && (
        <a className="button header__code" href={codeLink}>
          Code
        </a>
      )}
      <BriefingActions embed={embed} />
    </header>
  );
}
