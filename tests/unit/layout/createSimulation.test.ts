import { buildGraph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import { computeLayout } from '../../../src/layout/computeLayout';
import { layoutExtent } from '../../../src/layout/layoutFrame';
import { createSimulation, type SimulationOptions } from '../../../src/layout/createSimulation';
import { loadAstana22 } from '../../helpers/loadFixture';

const index = indexDataset(loadAstana22());
const graph = buildGraph(index, { filters: NO_FILTERS, joint: 'bloc' });
const bounds = layoutExtent(graph, 760, 700);
const layout = computeLayout(graph, bounds);

/** A fake clock and frame queue, so tests step frames by hand. */
function harness(options: Partial<SimulationOptions> = {}) {
  let time = 0;
  let queue: ((t: number) => void)[] = [];
  const frames: { moved?: ReadonlySet<string> }[] = [];
  const onSettle = vi.fn();
  const simulation = createSimulation({
    onFrame: (_positions, moved) => frames.push({ moved }),
    onSettle,
    requestFrame: (callback) => queue.push(callback),
    cancelFrame: (handle) => {
      queue[handle - 1] = () => {};
    },
    now: () => time,
    ...options,
  });
  const step = (count = 1) => {
    for (let i = 0; i < count; i++) {
      time += 16;
      const current = queue;
      queue = [];
      current.forEach((callback) => callback(time));
    }
  };
  return { simulation, frames, onSettle, step, pending: () => queue.length };
}

const copy = (positions: ReadonlyMap<string, { x: number; y: number }>) =>
  new Map([...positions].map(([id, p]) => [id, { x: p.x, y: p.y }]));

describe('createSimulation', () => {
  it('shows the first layout at once and settles', () => {
    const { simulation, frames, onSettle, pending } = harness();
    simulation.update(graph, layout, { bounds });
    expect(frames).toHaveLength(1);
    expect(onSettle).toHaveBeenCalledTimes(1);
    expect(pending()).toBe(0);
    expect(copy(simulation.positions())).toEqual(layout);
  });

  it('eases to a new layout over about half a second, one publish per frame after the first', () => {
    const { simulation, frames, onSettle, step } = harness();
    simulation.update(graph, layout, { bounds });
    const filtered = buildGraph(index, {
      filters: { ...NO_FILTERS, topics: ['gaza'] },
      joint: 'bloc',
    });
    const shifted = new Map(
      [...computeLayout(filtered, bounds)].map(([id, p]) => [id, { x: p.x + 30, y: p.y }]),
    );
    simulation.update(filtered, shifted, { bounds });
    const published = frames.length;
    expect(simulation.isMoving()).toBe(true);
    // The first frame only starts the clock: nothing has moved yet, so nothing is painted.
    step(1);
    expect(frames.length).toBe(published);
    step(10);
    expect(frames.length).toBe(published + 10);
    const mid = copy(simulation.positions());
    expect(mid).not.toEqual(shifted);
    step(30);
    expect(simulation.isMoving()).toBe(false);
    expect(copy(simulation.positions())).toEqual(shifted);
    expect(onSettle).toHaveBeenCalledTimes(2);
  });

  it('jumps instead of easing when the user prefers reduced motion', () => {
    const { simulation, step } = harness({ reducedMotion: () => true });
    simulation.update(graph, layout, { bounds });
    const moved = new Map([...layout].map(([id, p]) => [id, { x: p.x + 50, y: p.y }]));
    simulation.update(graph, moved, { bounds });
    expect(simulation.isMoving()).toBe(false);
    expect(copy(simulation.positions())).toEqual(moved);
    step(5);
  });

  it('pins a dragged node, warms the forces and cools down after release', () => {
    const { simulation, step } = harness();
    simulation.update(graph, layout, { bounds });
    const start = layout.get('israel')!;
    simulation.dragStart('israel');
    expect(simulation.pinned().has('israel')).toBe(true);
    expect(simulation.isMoving()).toBe(true);
    simulation.dragMove('israel', start.x + 60, start.y + 20);
    step(3);
    expect(simulation.positions().get('israel')).toMatchObject({
      x: start.x + 60,
      y: start.y + 20,
    });
    simulation.dragEnd('israel');
    step(2000);
    expect(simulation.isMoving()).toBe(false);
    // Still pinned where it was dropped; the rest stayed near home.
    expect(simulation.positions().get('israel')).toMatchObject({
      x: start.x + 60,
      y: start.y + 20,
    });
    const drift = [...simulation.positions()]
      .filter(([id]) => id !== 'israel')
      .map(([id, p]) => Math.hypot(p.x - layout.get(id)!.x, p.y - layout.get(id)!.y));
    expect(Math.max(...drift)).toBeLessThan(80);
    simulation.unpin('israel');
    expect(simulation.pinned().size).toBe(0);
  });

  it('moves only the dragged node on big graphs, reporting just that node', () => {
    const { simulation, frames, step } = harness();
    simulation.update(graph, layout, { bounds, liveDrag: false });
    simulation.dragStart('gaza');
    expect(simulation.isMoving()).toBe(false);
    simulation.dragMove('gaza', 10, 20);
    simulation.dragMove('gaza', 12, 22);
    step();
    const last = frames[frames.length - 1]!;
    expect(last.moved ? [...last.moved] : null).toEqual(['gaza']);
    expect(simulation.positions().get('iran')).toMatchObject(layout.get('iran')!);
    simulation.dragEnd('gaza');
    expect(simulation.targets().get('gaza')).toEqual({ x: 12, y: 22 });
  });

  it('keeps pins across updates and clears them all with unpinAll', () => {
    const { simulation, step } = harness();
    simulation.update(graph, layout, { bounds, animate: false });
    simulation.dragStart('syria');
    simulation.dragMove('syria', 100, 100);
    simulation.dragEnd('syria');
    step(2000);
    simulation.update(graph, layout, { bounds, animate: false });
    expect(simulation.positions().get('syria')).toMatchObject({ x: 100, y: 100 });
    simulation.unpinAll();
    expect(simulation.pinned().size).toBe(0);
    step(2000);
    expect(simulation.isMoving()).toBe(false);
  });

  it('stops its frames on destroy', () => {
    const { simulation, frames, step } = harness();
    simulation.update(graph, layout, { bounds });
    simulation.dragStart('israel');
    simulation.destroy();
    const count = frames.length;
    step(10);
    expect(frames.length).toBe(count);
  });
});
