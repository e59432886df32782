import { useId, useState } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { useGraph } from '../ui/useGraph';
import { getMapSnapshot } from '../map/mapSnapshot';
import { useUiStoreApi } from '../state/UiStoreProvider';
import { useBriefingScenes } from '../briefing/userScenes';
import { buildExportSvg } from './buildExportSvg';
import { buildStancesCsv } from './csv';
import { downloadBlob, downloadText } from './download';
import {
  DEFAULT_PNG_SIZE,
  PNG_SIZES,
  parsePngSize,
  pngDimensions,
  svgToPngBlob,
  type PngSize,
} from './png';
import { fileStem } from './sourceLine';
import { isOfflineBuild } from '../ui/buildMode';
import { currentViewExport } from './viewExport';
import { InterchangeExports } from '../interchange/InterchangeExports';

/**
 * The Export menu's panel: SVG, PNG and CSV of the current view, and the printable
 * handout. Loaded when the menu is first wanted (see ExportMenu), with the export code.
 */
/** An error's message; DOMExceptions (the clipboard's) are not always Errors. */
const errorText = (error: unknown) =>
  error !== null && typeof error === 'object' && 'message' in error
    ? String(error.message)
    : String(error);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}

export default function ExportPanel({ onPrint }: { onPrint: () => void }) {
  const store = useUiStoreApi();
  const index = useDatasetIndex();
  const graph = useGraph();
  const { all, user } = useBriefingScenes();
  const [pngSize, setPngSize] = useState<PngSize>(DEFAULT_PNG_SIZE);
  const [status, setStatus] = useState('');
  const sizeId = useId();

  const exportInput = () => {
    const state = store.getState();
    const frame = pngSize === 'slide' ? ('slide' as const) : ('crop' as const);
    const scene = all.find((candidate) => candidate.id === state.sceneId) ?? null;
    return currentViewExport({
      index,
      graph,
      state,
      scene,
      snapshot: getMapSnapshot(),
      now: new Date(),
      frame,
    });
  };
  const stem = () => {
    const state = store.getState();
    return fileStem(index.dataset.id, state.sceneId ?? (state.view === 'table' ? 'table' : 'map'));
  };

  const downloadSvg = () => {
    const { svg } = buildExportSvg(exportInput());
    downloadText(svg, `${stem()}.svg`, 'image/svg+xml;charset=utf-8');
    setStatus('SVG downloaded');
  };
  const makePng = async () => {
    const input = exportInput();
    const logical = buildExportSvg(input);
    const size = pngDimensions(logical, pngSize);
    const { svg } = buildExportSvg({ ...input, outputWidth: size.width });
    return { blob: await svgToPngBlob(svg, size.width, size.height), size };
  };
  const downloadPng = async () => {
    setStatus('Preparing PNG…');
    try {
      const { blob, size } = await makePng();
      downloadBlob(blob, `${stem()}.png`);
      setStatus(`PNG downloaded (${size.width} × ${size.height} px)`);
    } catch (error) {
      setStatus(`The PNG could not be made: ${errorText(error)}`);
    }
  };
  const copyPng = async () => {
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
      setStatus('This browser does not let a page copy images; use Download PNG instead.');
      return;
    }
    setStatus('Copying image…');
    try {
      // The item is made at once, inside the click, with the image to follow: browsers only
      // let a page write to the clipboard right after a user's action.
      const png = makePng();
      await navigator.clipboard.write([
        new ClipboardItem({ 'image/png': png.then((made) => made.blob) }),
      ]);
      const { size } = await png;
      setStatus(`Image copied (${size.width} × ${size.height} px): paste it into your slides.`);
    } catch (error) {
      setStatus(
        `The browser refused to copy the image (${errorText(error)}); use Download PNG instead.`,
      );
    }
  };
  const downloadPptx = async () => {
    setStatus('Preparing PowerPoint…');
    try {
      const { buildBriefingPptx } = await import('./pptx');
      const bytes = await buildBriefingPptx(index, all, {
        now: new Date(),
        renderPng: async (svg, width, height) =>
          blobToDataUrl(await svgToPngBlob(svg, width, height)),
      });
      const type = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
      downloadBlob(
        new Blob([bytes as BlobPart], { type }),
        `${fileStem(index.dataset.id, 'briefing')}.pptx`,
      );
      setStatus(`PowerPoint downloaded (${all.length + 1} slides)`);
    } catch (error) {
      setStatus(`The PowerPoint could not be made: ${errorText(error)}`);
    }
  };
  const saveFile = async () => {
    setStatus('Preparing the briefing file…');
    try {
      const { saveBriefingFile } = await import('./saveBriefingFile');
      const saved = await saveBriefingFile(index.dataset, user);
      setStatus(
        `Briefing file saved: ${saved.scenes} scenes, ${megabytes(saved.fileBytes)} (dataset ${megabytes(saved.datasetBytes)}). It opens from disk, with no network.`,
      );
    } catch (error) {
      setStatus(`The briefing file could not be made: ${errorText(error)}`);
    }
  };
  const downloadCsv = () => {
    downloadText(buildStancesCsv(index, graph.stances), `${stem()}.csv`, 'text/csv;charset=utf-8');
    setStatus(`CSV downloaded (${graph.stances.length} stances)`);
  };

  return (
    <div className="export">
      <p className="popover__hint">
        The current view, cropped to the map, with its legend and source.
      </p>
      <button type="button" className="button" onClick={downloadSvg}>
        Download SVG
      </button>
      <div className="export__png">
        <button type="button" className="button" onClick={() => void downloadPng()}>
          Download PNG
        </button>
        <button type="button" className="button" onClick={() => void copyPng()}>
          Copy image
        </button>
        <label className="export__size" htmlFor={sizeId}>
          Image size
        </label>
        <select
          id={sizeId}
          className="field__input"
          value={String(pngSize)}
          onChange={(event) => setPngSize(parsePngSize(event.target.value))}
        >
          {PNG_SIZES.map((size) => (
            <option key={String(size.value)} value={String(size.value)}>
              {size.label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" onClick={downloadCsv}>
        Download CSV
      </button>
      {!isOfflineBuild && (
        <>
          <hr className="popover__rule" />
          <InterchangeExports index={index} graph={graph} onStatus={setStatus} />
        </>
      )}
      <hr className="popover__rule" />
      <p className="popover__hint">
        The whole briefing, one scene per page (choose “Save as PDF” to keep it).
      </p>
      <button type="button" className="button" onClick={onPrint} disabled={all.length === 0}>
        Print handout
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void downloadPptx()}
        disabled={all.length === 0}
      >
        Export briefing as PowerPoint
      </button>
      {/* The saved file is itself offline: it has no offline build to copy. */}
      {!isOfflineBuild && (
        <button type="button" className="button" onClick={() => void saveFile()}>
          Save briefing as a file
        </button>
      )}
      <p className="popover__status" role="status">
        {status}
      </p>
    </div>
  );
}
