import { useId, useState } from 'react';
import type { Dataset, Stance } from '../data/schema';
import { downloadBlob } from '../export/download';
import { fileStem } from '../export/sourceLine';
import type { DatasetIndex } from '../graph/datasetIndex';
import type { Graph } from '../graph/buildGraph';
import { getMapSnapshot } from '../map/mapSnapshot';
import './interchange.css';

export type ExportScope = 'view' | 'all';

interface Props {
  index: DatasetIndex;
  /** The current view's graph (filters applied). */
  graph: Graph;
  /** Reports what happened, in the Export panel's status line. */
  onStatus: (status: string) => void;
}

const FORMATS = [
  { id: 'gexf', label: 'GEXF (Gephi)', ext: 'gexf', type: 'application/gexf+xml' },
  { id: 'graphml', label: 'GraphML', ext: 'graphml', type: 'application/graphml+xml' },
  { id: 'plover', label: 'PLOVER events (JSONL)', ext: 'jsonl', type: 'application/x-ndjson' },
  { id: 'dna', label: 'DNA database (.dna)', ext: 'dna', type: 'application/vnd.sqlite3' },
] as const;
type FormatId = (typeof FORMATS)[number]['id'];

/** Only the stances chosen, and a dataset that still checks (scenes pointing elsewhere dropped). */
function datasetOf(dataset: Dataset, stances: readonly Stance[]): Dataset {
  if (stances.length === dataset.stances.length) return dataset;
  const ids = new Set(stances.map((s) => s.id));
  const scenes = dataset.scenes?.filter(
    (scene) =>
      (scene.quotes ?? []).every((id) => ids.has(id)) &&
      (scene.view.selection?.kind !== 'stance' || ids.has(scene.view.selection.id)),
  );
  const chosen: Dataset = { ...dataset, stances: [...stances] };
  if (scenes?.length) chosen.scenes = scenes;
  else delete chosen.scenes;
  return chosen;
}

/** Builds the file; the format's module and its libraries load only now. */
async function buildFile(
  format: FormatId,
  index: DatasetIndex,
  stances: readonly Stance[],
  all: boolean,
) {
  const dataset = index.dataset;
  if (format === 'gexf' || format === 'graphml') {
    const { buildNetwork } = await import('./graphModel');
    const snapshot = getMapSnapshot();
    const network = buildNetwork({
      index,
      stances,
      allActors: all,
      positions: snapshot?.positions,
    });
    if (format === 'gexf') {
      const { writeGexf } = await import('./gexf');
      return {
        bytes: writeGexf(network),
        detail: `${network.nodes.length} actors, ${network.edges.length} edges`,
      };
    }
    const { writeGraphml } = await import('./graphml');
    return {
      bytes: writeGraphml(network),
      detail: `${network.nodes.length} actors, ${network.edges.length} edges`,
    };
  }
  if (format === 'plover') {
    const { writePloverBytes } = await import('./plover');
    const result = writePloverBytes(dataset, index, stances);
    return {
      bytes: result.bytes,
      detail: `${result.events.length} events${result.skipped.length ? `; ${result.skipped.length} stances without a PLOVER category left out` : ''}`,
    };
  }
  const [{ writeDna }, { loadSqlJs }] = await Promise.all([import('./dna'), import('./sqlJs')]);
  const { bytes, report } = writeDna(await loadSqlJs(), datasetOf(dataset, stances));
  return {
    bytes,
    detail: `${report.statements} statements${report.lost.length ? `; ${report.lost.length} values too long for DNA left out` : ''}`,
  };
}

/** The Export menu's research formats: Gephi, PLOVER and DNA, of the view or the whole dataset. */
export function InterchangeExports({ index, graph, onStatus }: Props) {
  const [scope, setScope] = useState<ExportScope>('view');
  const name = useId();
  const filtered = graph.stances.length < index.dataset.stances.length;

  const download = async (format: (typeof FORMATS)[number]) => {
    const all = scope === 'all';
    const stances = all ? index.dataset.stances : graph.stances;
    onStatus(`Preparing ${format.label}…`);
    try {
      const { bytes, detail } = await buildFile(format.id, index, stances, all);
      const stem = fileStem(index.dataset.id, all ? 'all' : 'view');
      downloadBlob(new Blob([bytes as BlobPart], { type: format.type }), `${stem}.${format.ext}`);
      onStatus(`${format.label} downloaded (${detail})`);
    } catch (error) {
      onStatus(
        `${format.label} could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <div className="export__interchange">
      <p className="popover__hint">For Gephi, DNA and event-data tools:</p>
      <fieldset className="export__scope">
        <legend className="visually-hidden">What to export</legend>
        <label>
          <input
            type="radio"
            name={name}
            checked={scope === 'view'}
            onChange={() => setScope('view')}
          />{' '}
          Current view{filtered ? ` (${graph.stances.length} stances)` : ''}
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={scope === 'all'}
            onChange={() => setScope('all')}
          />{' '}
          Whole dataset ({index.dataset.stances.length} stances)
        </label>
      </fieldset>
      <div className="export__formats">
        {FORMATS.map((format) => (
          <button
            key={format.id}
            type="button"
            className="button"
            onClick={() => void download(format)}
          >
            {format.label}
          </button>
        ))}
      </div>
    </div>
  );
}
