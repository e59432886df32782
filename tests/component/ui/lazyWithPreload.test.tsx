import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactElement } from 'react';
import { lazyWithPreload } from '../../../src/ui/lazyWithPreload';
import { LoadBoundary } from '../../../src/ui/LoadBoundary';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

function inSuspense(element: ReactElement) {
  return <Suspense fallback={<p>Loading…</p>}>{element}</Suspense>;
}

describe('lazyWithPreload', () => {
  it('shows the fallback while the code loads, then the component', async () => {
    const load = vi.fn(async () => ({ default: Greeting }));
    const Lazy = lazyWithPreload(load);
    render(inSuspense(<Lazy name="Ada" />));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Hello, Ada')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once, without a fallback, once preloaded; loads only once', async () => {
    const load = vi.fn(async () => ({ default: Greeting }));
    const Lazy = lazyWithPreload(load);
    await Lazy.preload();
    await Lazy.preload();
    render(inSuspense(<Lazy name="Grace" />));
    expect(screen.getByText('Hello, Grace')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Greeting }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ default: Greeting });
    const Lazy = lazyWithPreload(load);
    // A failed preload settles quietly (nothing unhandled); the next one fetches again.
    await expect(Lazy.preload()).resolves.toBeUndefined();
    await Lazy.preload();
    render(inSuspense(<Lazy name="Linus" />));
    expect(screen.getByText('Hello, Linus')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('LoadBoundary', () => {
  it('says a part could not load, in its place, and Retry loads it again', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const load = vi
        .fn<() => Promise<{ default: typeof Greeting }>>()
        .mockRejectedValueOnce(new Error('offline'))
        .mockResolvedValue({ default: Greeting });
      const Lazy = lazyWithPreload(load);
      render(
        <main>
          <p>The rest of the page</p>
          <LoadBoundary what="The greeting">{inSuspense(<Lazy name="Margaret" />)}</LoadBoundary>
        </main>,
      );
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The greeting could not be loaded.');
      expect(screen.getByText('The rest of the page')).toBeInTheDocument();
      await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await screen.findByText('Hello, Margaret')).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      consoleError.mockRestore();
    }
  });
});
