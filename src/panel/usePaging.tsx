import { useEffect, useRef, useState, type RefObject } from 'react';
import { figure } from '../data/figure';

/** How many items of a long list render at first: selecting a busy actor paints at once. */
export const SHOWN_FIRST = 40;
/** How many more each "Show more" renders, and "Show all" per task (about 20 ms of work). */
export const PAGE = 100;

/**
 * The mark of a list's item that takes focus when it is the first new one. `list` is a
 * plain word ("positions"), so one view can page several lists.
 */
export const pageItem = (list: string, index: number): string => `${list}-${index}`;

export interface Paging {
  /** How many of the list's items to render now. */
  shown: number;
  total: number;
  /** "Show all" was pressed and the rest is still arriving, a page per task. */
  filling: boolean;
  showMore(): void;
  showAll(): void;
}

interface PagingState {
  key: string;
  count: number;
  all: boolean;
}

/**
 * A long list rendered in bounded work: the first `SHOWN_FIRST` items, a page more on
 * "Show more", and on "Show all" the rest a page per task, so no click blocks the main
 * thread for long. After either, focus moves to the first new item: the element inside
 * `container` marked `data-page-item={pageItem(list, index)}`. A new `key` (another
 * actor) starts over.
 */
export function usePaging(
  list: string,
  key: string,
  total: number,
  container: RefObject<HTMLElement | null>,
): Paging {
  const [state, setState] = useState<PagingState>({ key, count: SHOWN_FIRST, all: false });
  // Another key starts over, and the state forgets the old one: coming back to it later
  // shows its first items again, not the list as it was left.
  if (state.key !== key) setState({ key, count: SHOWN_FIRST, all: false });
  const current = state.key === key ? state : { key, count: SHOWN_FIRST, all: false };
  const shown = Math.min(current.count, total);
  const filling = current.all && shown < total;
  /** The index of the item to focus once it has rendered. */
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    if (!filling) return;
    const timer = setTimeout(() =>
      setState((previous) =>
        previous.key === key ? { ...previous, count: previous.count + PAGE } : previous,
      ),
    );
    return () => clearTimeout(timer);
  }, [filling, shown, key]);

  useEffect(() => {
    const index = focusFrom.current;
    if (index === null || index >= shown) return;
    focusFrom.current = null;
    container.current
      ?.querySelector<HTMLElement>(`[data-page-item="${pageItem(list, index)}"]`)
      ?.focus();
  }, [shown, container, list]);

  const grow = (all: boolean) => {
    focusFrom.current = shown;
    setState({ key, count: shown + PAGE, all });
  };
  return { shown, total, filling, showMore: () => grow(false), showAll: () => grow(true) };
}

/**
 * Under a cut list: how many of how many are shown, "Show N more" and, when more than a
 * page is left, "Show all N". Nothing when the whole list is shown.
 */
export function ShowMore({
  paging,
  noun,
  className = 'details__section details__more',
}: {
  paging: Paging;
  /** The plural, e.g. "stances". */
  noun: string;
  className?: string;
}) {
  const { shown, total, filling } = paging;
  if (shown >= total) return null;
  const left = total - shown;
  return (
    <div className={className}>
      <p className="details__small">
        Showing {figure(shown)} of {figure(total)} {noun}
        {filling ? '…' : '.'}
      </p>
      {!filling && (
        <p className="details__more-actions">
          <button type="button" className="button button--small" onClick={paging.showMore}>
            Show {figure(Math.min(PAGE, left))} more
          </button>
          {left > PAGE && (
            <button type="button" className="button button--small" onClick={paging.showAll}>
              Show all {figure(total)} {noun}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
