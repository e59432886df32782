import { render, screen } from '@testing-library/react';
import { Suspense, type ReactElement } from 'react';
import { lazyWithPreload } from '../../../src/app/lazyWithPreload';

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
    await expect(Lazy.preload()).rejects.toThrow('offline');
    await Lazy.preload();
    render(inSuspense(<Lazy name="Linus" />));
    expect(screen.getByText('Hello, Linus')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
