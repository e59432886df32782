/**
 * The bare reference for the benchmark: fetch the same dataset and draw it with only
 * d3-force and d3-selection — no framework, no validation. The layout is computed ahead
 * (300 ticks, d3's default cooling) and drawn once, as the app does, so the ratio
 * measures what the app adds on top of the unavoidable work.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { select } from 'd3-selection';

interface RawDataset {
  actors: { id: string; name: string; shortName?: string }[];
  stances: { id: string; from: string[]; to: string }[];
}

interface Node extends SimulationNodeDatum {
  id: string;
  label: string;
}

async function main(): Promise<void> {
  const name = new URLSearchParams(window.location.search).get('data') ?? 'astana-22';
  const response = await fetch(new URL(`/data/${name}.json`, window.location.href));
  const dataset = (await response.json()) as RawDataset;

  const width = window.innerWidth;
  const height = window.innerHeight;
  const nodes: Node[] = dataset.actors.map((actor) => ({
    id: actor.id,
    label: actor.shortName ?? actor.name,
  }));
  const links: SimulationLinkDatum<Node>[] = dataset.stances.flatMap((stance) =>
    stance.from.map((from) => ({ source: from, target: stance.to })),
  );
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<Node, SimulationLinkDatum<Node>>(links)
        .id((node) => node.id)
        .distance(90),
    )
    .force('charge', forceManyBody().strength(-240))
    .force('collide', forceCollide(24))
    .force('center', forceCenter(width / 2, height / 2))
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();

  const svg = select('#map').append('svg').attr('width', width).attr('height', height);
  svg
    .append('g')
    .attr('stroke', '#888')
    .selectAll('line')
    .data(links)
    .join('line')
    .attr('x1', (link) => (link.source as Node).x ?? 0)
    .attr('y1', (link) => (link.source as Node).y ?? 0)
    .attr('x2', (link) => (link.target as Node).x ?? 0)
    .attr('y2', (link) => (link.target as Node).y ?? 0);
  const node = svg
    .append('g')
    .selectAll('g')
    .data(nodes)
    .join('g')
    .attr('data-actor', (d) => d.id)
    .attr('transform', (d) => `translate(${d.x ?? 0},${d.y ?? 0})`);
  node.append('circle').attr('r', 14).attr('fill', '#0072B2');
  node
    .append('text')
    .attr('y', 26)
    .attr('text-anchor', 'middle')
    .text((d) => d.label);
}

void main();
