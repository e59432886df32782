import { render, screen, within } from '@testing-library/react';
import { ActorList } from '../../../src/coding/ActorList';
import { loadAstana22 } from '../../helpers/loadFixture';

const dataset = loadAstana22();
const noop = () => {};

describe('ActorList', () => {
  it('counts a joint stance for its signatories and for the bloc they make up, as the map does', () => {
    render(
      <ActorList
        dataset={dataset}
        onRename={noop}
        onMerge={noop}
        onShow={noop}
        onCreateActor={noop}
      />,
    );
    const bloc = dataset.actors.find((actor) => actor.members?.length)!;
    const joint = dataset.stances.filter(
      (stance) => [...stance.from].sort().join() === [...bloc.members!].sort().join(),
    ).length;
    expect(joint).toBeGreaterThan(0);
    const item = screen.getByRole('textbox', { name: `Name of ${bloc.name}` }).closest('li')!;
    expect(within(item).getByText(/stances? ·/).textContent).toBe(
      `Bloc · ${joint} stances · ${bloc.members!.length} members`,
    );
  });
});
