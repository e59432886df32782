/**
 * The map's hover and focus tip meets WCAG 2.1 SC 1.4.13 (content on hover or focus): it
 * sits beside its actor or link rather than following the pointer, the pointer can move
 * onto it, Escape dismisses it, and it stays until pointer and focus have left.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { useKeyboardShortcuts } from '../../../src/app/useKeyboardShortcuts';
import { tipPosition, type TipAnchor } from '../../../src/map/MapTooltip';
import { preloadMapInputLayer, StanceMap } from '../../../src/map/StanceMap';
import { loadAstana22 } from '../../helpers/loadFixture';
import { renderWithProviders, type RenderOptions } from '../../helpers/renderWithProviders';

const dataset = loadAstana22();

/** Longer than the map's grace (300 ms) for the pointer to reach the tip. */
const PAST_GRACE_MS = 1000;
/** Well within that grace. */
const WITHIN_GRACE_MS = 100;

const tooltip = () => document.querySelector<HTMLElement>('.map__tooltip')!;
const svg = () => document.querySelector<SVGSVGElement>('svg.map__svg')!;

function actor(name: string) {
  return within(screen.getByRole('group', { name: 'Actors' })).getByRole('button', { name });
}

/**
 * Where the pointer is. Events are sent with fireEvent, as a browser sends them (out of
 * one element, over the next: React derives enter and leave from those), so that fake
 * timers alone decide when the grace runs out.
 */
let pointerAt: Element | null = null;

function pointTo(to: Element) {
  const from = pointerAt;
  if (from) fireEvent.pointerOut(from, { relatedTarget: to });
  fireEvent.pointerOver(to, { relatedTarget: from });
  fireEvent.pointerMove(to);
  pointerAt = to;
}

/** The pointer leaves the page (out of the map, into no element React knows). */
function pointAway() {
  if (pointerAt) fireEvent.pointerOut(pointerAt, { relatedTarget: null });
  pointerAt = null;
}

function press(key: string) {
  fireEvent.keyDown(document.activeElement ?? document.body, { key });
}

/** Keyboard focus: a Tab, then focus moves. */
function tabTo(element: Element) {
  press('Tab');
  act(() => (element as SVGElement).focus());
}

function wait(ms: number) {
  act(() => vi.advanceTimersByTime(ms));
}

function expectTip(title: string) {
  expect(tooltip()).toBeVisible();
  expect(tooltip().querySelector('.map__tooltip-title')).toHaveTextContent(title);
}

/** The app's global shortcuts (Escape clears the selection) around the map, as in the app. */
function MapWithShortcuts() {
  useKeyboardShortcuts();
  return <StanceMap />;
}

/** Hover, focus and keys load just after the first paint (see StanceMap): here, at once. */
function renderMap(options: RenderOptions = {}) {
  const rendered = renderWithProviders(<MapWithShortcuts />, { dataset, ...options });
  // Past the first frame (fake timers), with the input layer's code already in.
  wait(200);
  expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
  return rendered;
}

describe('the map tip', () => {
  beforeAll(() => preloadMapInputLayer());
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    pointerAt = null;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows on hover beside the actor, where focus puts it, and does not follow the pointer', () => {
    const { store } = renderMap();
    pointTo(actor('Israel'));
    expectTip('Israel');
    expect(tooltip()).toHaveTextContent('State · 5 stances');
    expect(tooltip()).toHaveAttribute('aria-hidden', 'true');
    expect(store.getState().hovered).toBe('israel');
    // The tip is placed in the next frame callback (before that frame's paint).
    wait(16);
    const hoverPlace = tooltip().style.transform;
    expect(hoverPlace).toMatch(/^translate\(-?\d+px, -?\d+px\)$/);

    // Moving over the actor leaves the tip where it is.
    fireEvent.pointerMove(actor('Israel'), { clientX: 321, clientY: 123 });
    fireEvent.pointerMove(actor('Israel'), { clientX: 5, clientY: 444 });
    expect(tooltip().style.transform).toBe(hoverPlace);
    expectTip('Israel');

    // Anchored to the actor: keyboard focus puts the same tip in the same place.
    press('Escape');
    expect(tooltip()).not.toBeVisible();
    tooltip().style.transform = '';
    tabTo(actor('Israel'));
    expectTip('Israel');
    wait(16);
    expect(tooltip().style.transform).toBe(hoverPlace);
  });

  it('shows a stance link’s sentence at the link', () => {
    const { store } = renderMap();
    const link = document.querySelector('[data-link-id="condemns-israel-syria"]')!;
    pointTo(link);
    expectTip(link.getAttribute('aria-label')!);
    expect(store.getState().hovered).toBe('condemns-israel-syria');
    wait(16);
    expect(tooltip().style.transform).toMatch(/^translate\(-?\d+px, -?\d+px\)$/);
  });

  it('stays while the pointer moves from the actor onto the tip, and goes once it leaves the tip', () => {
    const { store } = renderMap();
    pointTo(actor('Israel'));
    pointTo(tooltip());
    wait(PAST_GRACE_MS);
    expectTip('Israel');
    // The actor stays highlighted while the pointer is on its tip.
    expect(store.getState().hovered).toBe('israel');

    pointTo(svg());
    wait(WITHIN_GRACE_MS);
    expectTip('Israel');
    wait(PAST_GRACE_MS);
    expect(tooltip()).not.toBeVisible();
    expect(store.getState().hovered).toBeNull();
  });

  it('goes a grace after the pointer leaves the tip for outside the map', () => {
    const { store } = renderMap();
    pointTo(actor('Israel'));
    pointTo(tooltip());
    pointAway();
    wait(WITHIN_GRACE_MS);
    expectTip('Israel');
    wait(PAST_GRACE_MS);
    expect(tooltip()).not.toBeVisible();
    expect(store.getState().hovered).toBeNull();
  });

  it('goes a grace after the pointer leaves the actor, unless it comes back in time', () => {
    const { store } = renderMap();
    pointTo(actor('Israel'));
    pointTo(svg());
    wait(WITHIN_GRACE_MS);
    expectTip('Israel');
    expect(store.getState().hovered).toBe('israel');
    pointTo(actor('Israel'));
    wait(PAST_GRACE_MS);
    expectTip('Israel');
    expect(store.getState().hovered).toBe('israel');

    pointAway();
    wait(WITHIN_GRACE_MS);
    expectTip('Israel');
    wait(PAST_GRACE_MS);
    expect(tooltip()).not.toBeVisible();
    expect(store.getState().hovered).toBeNull();
  });

  it('shows the next actor’s tip at once, and keeps it past the grace of the last one', () => {
    const { store } = renderMap();
    pointTo(actor('Israel'));
    pointTo(actor('Syria'));
    expectTip('Syria');
    expect(store.getState().hovered).toBe('syria');
    wait(PAST_GRACE_MS);
    expectTip('Syria');
    expect(store.getState().hovered).toBe('syria');
  });

  it('is dismissed by Escape with the pointer on the actor; the next Escape clears the selection', () => {
    const { store } = renderMap({ state: { selection: { kind: 'actor', id: 'israel' } } });
    pointTo(actor('Gaza'));
    expectTip('Gaza');
    expect(document.activeElement).toBe(document.body);

    press('Escape');
    expect(tooltip()).not.toBeVisible();
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'israel' });
    // Neither pointer nor focus moved; the actor under the pointer stays highlighted.
    expect(document.activeElement).toBe(document.body);
    expect(store.getState().hovered).toBe('gaza');
    // Moving within the actor does not bring the dismissed tip back.
    pointTo(actor('Gaza').querySelector('.map-node__label')!);
    expect(tooltip()).not.toBeVisible();

    // No tip now: Escape is the app's again (clear the selection).
    press('Escape');
    expect(store.getState().selection).toBeNull();
  });

  it('is dismissed by Escape on a focused actor, focus staying; the next Escape clears the selection', () => {
    const { store } = renderMap({ state: { selection: { kind: 'actor', id: 'israel' } } });
    const globalKeys = vi.fn();
    window.addEventListener('keydown', globalKeys);
    try {
      tabTo(actor('Syria'));
      expectTip('Syria');

      press('Escape');
      expect(tooltip()).not.toBeVisible();
      expect(document.activeElement).toBe(actor('Syria'));
      expect(store.getState().selection).toEqual({ kind: 'actor', id: 'israel' });

      press('Escape');
      expect(store.getState().selection).toBeNull();
      expect(document.activeElement).toBe(actor('Syria'));
      // The map handled both: neither reached the app's own Escape.
      expect(globalKeys).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
    } finally {
      window.removeEventListener('keydown', globalKeys);
    }
  });

  it('shows for keyboard focus, stays while focus does, and goes on blur', () => {
    renderMap();
    tabTo(actor('Israel'));
    expectTip('Israel');
    wait(PAST_GRACE_MS);
    expectTip('Israel');

    tabTo(actor('Syria'));
    expectTip('Syria');

    act(() => actor('Syria').blur());
    expect(tooltip()).not.toBeVisible();
  });

  it('keeps a keyboard-focused actor’s tip when the pointer passes over it and its tip', () => {
    renderMap();
    tabTo(actor('Israel'));
    pointTo(actor('Israel'));
    pointTo(tooltip());
    pointTo(svg());
    wait(PAST_GRACE_MS);
    expectTip('Israel');
  });

  it('does not keep a clicked actor’s tip once the pointer has moved on', () => {
    const { store } = renderMap();
    pointTo(actor('Israel'));
    fireEvent.pointerDown(actor('Israel'));
    act(() => actor('Israel').focus());
    fireEvent.pointerUp(actor('Israel'));
    fireEvent.click(actor('Israel'));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'israel' });
    expectTip('Israel');
    pointTo(svg());
    wait(PAST_GRACE_MS);
    expect(document.activeElement).toBe(actor('Israel'));
    expect(tooltip()).not.toBeVisible();
  });

  it('goes when a drag starts', () => {
    renderMap();
    pointTo(actor('Israel'));
    expectTip('Israel');
    fireEvent.pointerMove(actor('Israel'), { buttons: 1, clientX: 40, clientY: 40 });
    expect(tooltip()).not.toBeVisible();
  });

  it('goes when the camera moves what it is anchored to (wheel, zoom keys, a framing)', () => {
    const { store } = renderMap();
    pointTo(actor('Israel'));
    expectTip('Israel');
    fireEvent.wheel(svg(), { deltaY: -100 });
    expect(tooltip()).not.toBeVisible();

    tabTo(actor('Syria'));
    expectTip('Syria');
    press('+');
    expect(tooltip()).not.toBeVisible();

    tabTo(actor('Gaza'));
    expectTip('Gaza');
    act(() => store.getState().frame(['gaza'], 1));
    expect(tooltip()).not.toBeVisible();
  });

  it('goes, with the highlight, when its actor is filtered out', () => {
    const { store } = renderMap();
    pointTo(actor('Kazakhstan'));
    expectTip('Kazakhstan');
    act(() => store.getState().toggleTopic('israeli-strikes'));
    expect(screen.queryByRole('button', { name: 'Kazakhstan' })).toBeNull();
    expect(tooltip()).not.toBeVisible();
    expect(store.getState().hovered).toBeNull();
  });

  it('takes the pointer (CSS), so it can be hovered', () => {
    const css = readFileSync(path.resolve(process.cwd(), 'src/map/map.css'), 'utf8');
    const rule = /\.map__tooltip\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/pointer-events:\s*auto/);
  });
});

describe('tipPosition', () => {
  const tip = { width: 120, height: 30 };
  const view = { width: 800, height: 600 };
  const node = (x: number, y: number, labelAbove = false): TipAnchor => ({
    kind: 'node',
    x,
    y,
    r: 20,
    labelAbove,
  });

  it('puts an actor’s tip to its right, rising from its bottom clear of a label below', () => {
    expect(tipPosition(node(300, 300), tip, view)).toEqual({ left: 328, top: 290 });
  });

  it('hangs the tip from the top of an actor whose label is above it', () => {
    expect(tipPosition(node(300, 300, true), tip, view)).toEqual({ left: 328, top: 280 });
  });

  it('flips to the left near the right edge', () => {
    expect(tipPosition(node(750, 300), tip, view)).toEqual({ left: 602, top: 290 });
  });

  it('puts a link’s tip just above its middle, or below it near the top', () => {
    const link = (y: number): TipAnchor => ({ kind: 'link', x: 300, y, r: 0, labelAbove: false });
    expect(tipPosition(link(300), tip, view)).toEqual({ left: 308, top: 262 });
    expect(tipPosition(link(30), tip, view)).toEqual({ left: 308, top: 38 });
  });

  it('keeps the tip inside the map vertically', () => {
    expect(tipPosition(node(300, 10, true), tip, view).top).toBe(4);
    expect(tipPosition(node(300, 590, true), tip, view).top).toBe(566);
    expect(tipPosition(node(300, 5), tip, view).top).toBe(4);
  });

  it('does not clamp when the map has no size (no layout)', () => {
    expect(tipPosition(node(900, 900), tip, { width: 0, height: 0 })).toEqual({
      left: 928,
      top: 890,
    });
  });
});
