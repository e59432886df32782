/**
 * The app's one library, opened on first use. Import this module with `import()`: it
 * brings the library (and, on first call, Dexie) into the page.
 */
import { openLibrary, type Library } from './library';

let library: Library | undefined;

export function getAppLibrary(): Library {
  library ??= openLibrary();
  return library;
}

/** Tests: forget the instance (and close it) so the next call opens afresh. */
export function resetAppLibrary(): void {
  library?.close();
  library = undefined;
}
