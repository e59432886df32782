import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { useUiActions } from '../state/UiStoreProvider';
import { searchActors, type ActorMatch } from './searchActors';
import './filters.css';

/**
 * "Find an actor": an ARIA 1.2 combobox with a listbox of matches. Arrow keys move
 * through the matches, Enter chooses, Escape closes the list (then clears the box).
 */
export function ActorSearch({ onChoose }: { onChoose?: () => void }) {
  const { dataset } = useDatasetIndex();
  const { selectActor } = useUiActions();
  const inputId = useId();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = useMemo(() => searchActors(dataset.actors, query), [dataset.actors, query]);
  const open = expanded && matches.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (match: ActorMatch) => {
    selectActor(match.actor.id);
    setQuery(match.actor.name);
    setExpanded(false);
    setActive(-1);
    // The name stays in the box, selected, so typing starts a new search.
    requestAnimationFrame(() => inputRef.current?.select());
    onChoose?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!matches.length) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const n = matches.length;
        setExpanded(true);
        setActive((i) => (!open || i < 0 ? (step === 1 ? 0 : n - 1) : (i + step + n) % n));
        return;
      }
      case 'Enter': {
        const match = open ? (matches[active] ?? matches[0]) : undefined;
        if (!match) return;
        event.preventDefault();
        choose(match);
        return;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          setExpanded(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        return;
    }
  };

  return (
    <div className="search">
      <label htmlFor={inputId} className="search__label">
        Find an actor
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="search__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        placeholder="Name or alias"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setExpanded(true);
          setActive(-1);
        }}
        onFocus={() => setExpanded(true)}
        onBlur={() => setExpanded(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching actors"
        className="search__list"
        hidden={!open}
      >
        {open &&
          matches.map((match, i) => (
            <li
              key={match.actor.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search__option"
              // Keep focus in the box so the click does not blur and close the list first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(match)}
            >
              {match.actor.name}
              {match.matched && ' '}
              {match.matched && <span className="search__alias">({match.matched})</span>}
            </li>
          ))}
      </ul>
      {expanded && query.trim() && matches.length === 0 && (
        <p className="search__empty">No actor matches “{query.trim()}”.</p>
      )}
    </div>
  );
}
