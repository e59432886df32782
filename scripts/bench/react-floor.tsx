/**
 * A second, informative reference: the least a React page can do with the same data.
 * It fetches the dataset and renders one element per actor with react-dom, no layout and
 * no validation, so the gap between it and the d3 reference is React's own start-up.
 */
import { createRoot } from 'react-dom/client';

interface RawDataset {
  actors: { id: string; name: string }[];
}

function Actors({ dataset }: { dataset: RawDataset }) {
  return (
    <ul>
      {dataset.actors.map((actor) => (
        <li key={actor.id} data-actor={actor.id}>
          {actor.name}
        </li>
      ))}
    </ul>
  );
}

async function main(): Promise<void> {
  const response = await fetch(new URL('/data/astana-22.json', window.location.href));
  const dataset = (await response.json()) as RawDataset;
  createRoot(document.getElementById('root')!).render(<Actors dataset={dataset} />);
}

void main();
