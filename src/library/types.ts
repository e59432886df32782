/**
 * The local library's records: datasets the user opened from a file or an address, or
 * coded in the app, kept in this browser. Pure types, no storage code.
 */

/** Where a library dataset came from, for the Library dialog and for export names. */
export type LibraryOrigin =
  | { kind: 'file'; name: string }
  | { kind: 'url'; url: string }
  | { kind: 'coded' }
  | { kind: 'import'; format: string; name: string };

export interface LibraryEntry {
  /** [a-z0-9-]+, used in links as ?data=local:ID. */
  id: string;
  title: string;
  /** The event's start or the first document's date (YYYY-MM-DD), where there is one. */
  date?: string;
  actorCount: number;
  stanceCount: number;
  documentCount: number;
  origin: LibraryOrigin;
  /** Milliseconds since the epoch. */
  addedAt: number;
  openedAt: number;
  updatedAt: number;
  /** +1 on every save; the two-tab guard compares it. */
  revision: number;
  /** The stored JSON has validation problems (a coding draft). */
  draft: boolean;
  /**
   * The browser refused to store this dataset (storage full): it is kept in memory and
   * lasts only as long as this tab.
   */
  tabOnly?: boolean;
}

/** An entry with its dataset, the JSON value as stored (not re-checked here). */
export interface LibraryRecord extends LibraryEntry {
  dataset: unknown;
}

/** A save whose expected revision is not the stored one: another tab saved in between. */
export class RevisionConflictError extends Error {
  readonly current: LibraryEntry;

  constructor(current: LibraryEntry, expectedRevision: number) {
    super(
      `"${current.title}" was changed elsewhere (revision ${current.revision}, expected ${expectedRevision}); ` +
        'reload it before saving again',
    );
    this.name = 'RevisionConflictError';
    this.current = current;
  }
}

/** A library operation on an id the library does not hold. */
export class LibraryMissingError extends Error {
  readonly id: string;

  constructor(id: string) {
    super(`the library has no dataset "local:${id}" (deleted, or opened in another browser)`);
    this.name = 'LibraryMissingError';
    this.id = id;
  }
}

/** The rule for library ids, as used in ?data=local:ID. */
export const LIBRARY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
