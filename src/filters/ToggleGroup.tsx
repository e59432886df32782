import { useId, type ReactNode } from 'react';
import './filters.css';

export interface ToggleItem {
  key: string;
  label: string;
  pressed: boolean;
  onToggle(): void;
  /** Stances this choice would show given the other filters. */
  count?: number;
  swatch?: ReactNode;
  /** Shown on hover. */
  description?: string;
}

/** A titled group of toggle buttons (`aria-pressed`), one per value of a facet. */
export function ToggleGroup({
  title,
  items,
  hint,
}: {
  title: string;
  items: ToggleItem[];
  hint?: string;
}) {
  const titleId = useId();
  if (items.length === 0) return null;
  return (
    <section className="facet">
      <h2 id={titleId} className="facet__title">
        {title}
      </h2>
      {hint && <p className="facet__hint">{hint}</p>}
      <div role="group" aria-labelledby={titleId}>
        <ul className="facet__options">
          {items.map((item) => (
            <li key={item.key}>
              <button
                type="button"
                className={`facet__option${item.count === 0 && !item.pressed ? ' facet__option--empty' : ''}`}
                aria-pressed={item.pressed}
                title={item.description}
                onClick={item.onToggle}
              >
                <span className="facet__check" aria-hidden="true" />
                {item.swatch && <span className="facet__swatch">{item.swatch}</span>}
                <span className="facet__label">{item.label}</span>
                {item.count !== undefined && (
                  <>
                    <span className="facet__count" aria-hidden="true">
                      {item.count}
                    </span>
                    <span className="visually-hidden">
                      {`, ${item.count} ${item.count === 1 ? 'stance' : 'stances'}`}
                    </span>
                  </>
                )}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
