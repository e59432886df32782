/**
 * sql.js (SQLite compiled to WebAssembly), loaded only when a .dna file is opened or
 * written. In the browser the .wasm comes from Vite's asset URL; in Node (tests, the
 * bench) sql.js finds its own file next to its script.
 */
import type { SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

function inNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= (async () => {
    const { default: initSqlJs } = await import('sql.js');
    if (inNode()) return initSqlJs();
    const { default: wasmUrl } = await import('sql.js/dist/sql-wasm.wasm?url');
    // Fetched as bytes rather than streamed: streaming needs the server to say
    // application/wasm, which many static hosts do not.
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`SQLite engine not loaded (HTTP ${response.status})`);
    return initSqlJs({ wasmBinary: await response.arrayBuffer() });
  })();
  // A failed load (offline, blocked) may succeed on the next try.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
