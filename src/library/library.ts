/**
 * The local library: datasets kept in this browser's IndexedDB through Dexie, which is
 * loaded on the first call (never with the first view). Where the browser refuses
 * storage (private mode, blocked site data) the library keeps datasets in memory for
 * this tab and says so in `problem`; where a write does not fit (storage full), that one
 * dataset is kept in memory (`tabOnly`) and the rest stays stored.
 */
import type { Dexie as DexieDatabase, Table } from 'dexie';
import { datasetFacts, newLibraryId } from './entryFacts';
import {
  LIBRARY_ID_PATTERN,
  LibraryMissingError,
  RevisionConflictError,
  type LibraryEntry,
  type LibraryOrigin,
  type LibraryRecord,
} from './types';

export interface Library {
  /** false: IndexedDB blocked or unavailable, datasets are kept in memory for this tab. */
  readonly persistent: boolean;
  /** Why datasets are not (all) stored, in words for the user. */
  readonly problem?: string;
  /** Resolves once storage is open (or known to be unavailable): `persistent` is final then. */
  ready(): Promise<void>;
  /** Newest opened first. */
  list(): Promise<LibraryEntry[]>;
  get(id: string): Promise<LibraryRecord | undefined>;
  add(
    dataset: unknown,
    origin: LibraryOrigin,
    options?: { draft?: boolean; title?: string },
  ): Promise<LibraryEntry>;
  /** Throws RevisionConflictError when the stored revision is not expectedRevision. */
  save(
    id: string,
    dataset: unknown,
    options: { expectedRevision: number; draft?: boolean },
  ): Promise<LibraryEntry>;
  rename(id: string, title: string): Promise<void>;
  /** Returns what was removed, for undo. */
  remove(id: string): Promise<LibraryRecord | undefined>;
  /** Undo of remove: puts the record back as it was. */
  restore(record: LibraryRecord): Promise<void>;
  /** openedAt = now. */
  touch(id: string): Promise<void>;
  /** Changes made by this tab and by other tabs of the same browser. */
  subscribe(listener: () => void): () => void;
  /** Closes the database and the cross-tab channel (tests; a page just leaves). */
  close(): void;
}

export interface LibraryOptions {
  dbName?: string;
  /** The IndexedDB to use; null behaves as a browser without storage (tests). */
  indexedDB?: IDBFactory | null;
  /** How long opening storage may take before the library gives up on it. */
  openTimeoutMs?: number;
  now?: () => number;
}

export const DEFAULT_LIBRARY_DB = 'stance-map-library';

export const STORAGE_BLOCKED_PROBLEM =
  'This browser does not let the page store data (private browsing, or site data blocked), ' +
  'so datasets you open are kept only while this tab stays open. Export a dataset from the Library to keep it.';

export const STORAGE_FULL_PROBLEM =
  "The browser's storage for this page is full, so the last dataset is kept only while this tab stays open. " +
  'Delete datasets you no longer need from the Library, or export this one to keep it.';

interface StoredDataset {
  id: string;
  dataset: unknown;
}

/** One place datasets are kept: IndexedDB, or this tab's memory. */
interface Store {
  list(): Promise<LibraryEntry[]>;
  entry(id: string): Promise<LibraryEntry | undefined>;
  get(id: string): Promise<LibraryRecord | undefined>;
  /** Writes the entry, and the dataset when given. */
  put(entry: LibraryEntry, dataset?: { value: unknown }): Promise<void>;
  /** Writes the next revision if the stored one is `expectedRevision`; returns what was stored before. */
  putRevision(
    entry: LibraryEntry,
    dataset: unknown,
    expectedRevision: number,
  ): Promise<LibraryEntry | undefined>;
  remove(id: string): Promise<LibraryRecord | undefined>;
}

class MemoryStore implements Store {
  private readonly entries = new Map<string, LibraryEntry>();
  private readonly datasets = new Map<string, unknown>();

  has(id: string): boolean {
    return this.entries.has(id);
  }

  async list() {
    return [...this.entries.values()].map((entry) => ({ ...entry }));
  }

  async entry(id: string) {
    const entry = this.entries.get(id);
    return entry && { ...entry };
  }

  async get(id: string) {
    const entry = this.entries.get(id);
    return entry && { ...entry, dataset: structuredClone(this.datasets.get(id)) };
  }

  async put(entry: LibraryEntry, dataset?: { value: unknown }) {
    if (dataset) this.datasets.set(entry.id, structuredClone(dataset.value));
    this.entries.set(entry.id, { ...entry });
  }

  async putRevision(entry: LibraryEntry, dataset: unknown, expectedRevision: number) {
    const before = this.entries.get(entry.id);
    if (before && before.revision === expectedRevision) await this.put(entry, { value: dataset });
    return before && { ...before };
  }

  async remove(id: string) {
    const record = await this.get(id);
    this.entries.delete(id);
    this.datasets.delete(id);
    return record;
  }
}

class DexieStore implements Store {
  private readonly entries: Table<LibraryEntry, string>;
  private readonly datasets: Table<StoredDataset, string>;

  constructor(private readonly db: DexieDatabase) {
    this.entries = db.table('entries');
    this.datasets = db.table('datasets');
  }

  list() {
    return this.entries.toArray();
  }

  entry(id: string) {
    return this.entries.get(id);
  }

  async get(id: string) {
    return this.db.transaction('r', this.entries, this.datasets, async () => {
      const entry = await this.entries.get(id);
      if (!entry) return undefined;
      const stored = await this.datasets.get(id);
      return { ...entry, dataset: stored?.dataset };
    });
  }

  async put(entry: LibraryEntry, dataset?: { value: unknown }) {
    await this.db.transaction('rw', this.entries, this.datasets, async () => {
      if (dataset) await this.datasets.put({ id: entry.id, dataset: dataset.value });
      await this.entries.put(entry);
    });
  }

  async putRevision(entry: LibraryEntry, dataset: unknown, expectedRevision: number) {
    return this.db.transaction('rw', this.entries, this.datasets, async () => {
      const before = await this.entries.get(entry.id);
      if (before && before.revision === expectedRevision) {
        await this.datasets.put({ id: entry.id, dataset });
        await this.entries.put(entry);
      }
      return before;
    });
  }

  async remove(id: string) {
    return this.db.transaction('rw', this.entries, this.datasets, async () => {
      const record = await this.get(id);
      await this.entries.delete(id);
      await this.datasets.delete(id);
      return record;
    });
  }
}

/** Whether an error (or one it wraps, as Dexie and aborted transactions do) is a full disk. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { name, inner, failures } = error as {
    name?: unknown;
    inner?: unknown;
    failures?: unknown;
  };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (isQuotaError(inner, depth + 1)) return true;
  return Array.isArray(failures) && failures.some((failure) => isQuotaError(failure, depth + 1));
}

function checkId(id: string): void {
  if (!LIBRARY_ID_PATTERN.test(id)) throw new LibraryMissingError(id);
}

class LocalLibrary implements Library {
  persistent = true;
  problem?: string;
  private readonly memory = new MemoryStore();
  private db?: DexieDatabase;
  private stored?: Store;
  private readonly opening: Promise<void>;
  private readonly listeners = new Set<() => void>();
  private channel?: BroadcastChannel;
  private readonly channelName: string;
  private readonly now: () => number;

  constructor(options: LibraryOptions) {
    const dbName = options.dbName ?? DEFAULT_LIBRARY_DB;
    this.channelName = `${dbName}:changes`;
    this.now = options.now ?? Date.now;
    this.opening = this.open(dbName, options);
  }

  private async open(dbName: string, options: LibraryOptions): Promise<void> {
    const factory =
      options.indexedDB === undefined
        ? typeof indexedDB === 'undefined'
          ? null
          : indexedDB
        : options.indexedDB;
    try {
      if (!factory) throw new Error('IndexedDB is not available');
      const { Dexie } = await import('dexie');
      const db = new Dexie(dbName, { indexedDB: factory, autoOpen: false });
      db.version(1).stores({ entries: 'id', datasets: 'id' });
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        db.open(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error('opening storage timed out')),
            options.openTimeoutMs ?? 5000,
          );
        }),
      ]).finally(() => clearTimeout(timer));
      this.db = db;
      this.stored = new DexieStore(db);
    } catch {
      this.persistent = false;
      this.problem = STORAGE_BLOCKED_PROBLEM;
    }
  }

  ready(): Promise<void> {
    return this.opening;
  }

  /** The store that holds `id`: this tab's memory first (tab-only datasets), then storage. */
  private async storeOf(id: string): Promise<Store | undefined> {
    await this.opening;
    if (this.memory.has(id)) return this.memory;
    if (this.stored && (await this.stored.entry(id))) return this.stored;
    return undefined;
  }

  async list(): Promise<LibraryEntry[]> {
    await this.opening;
    const byId = new Map<string, LibraryEntry>();
    for (const entry of (await this.stored?.list()) ?? []) byId.set(entry.id, entry);
    for (const entry of await this.memory.list()) byId.set(entry.id, entry);
    return [...byId.values()].sort((a, b) => b.openedAt - a.openedAt || b.addedAt - a.addedAt);
  }

  async get(id: string): Promise<LibraryRecord | undefined> {
    if (!LIBRARY_ID_PATTERN.test(id)) return undefined;
    const store = await this.storeOf(id);
    return store?.get(id);
  }

  /** Writes to storage; where it is full, keeps the entry in this tab's memory instead. */
  private async write(entry: LibraryEntry, dataset?: { value: unknown }): Promise<LibraryEntry> {
    if (this.stored && !this.memory.has(entry.id)) {
      try {
        await this.stored.put(entry, dataset);
        return entry;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        this.problem = STORAGE_FULL_PROBLEM;
        // The stored copy (if any) lacks this change; memory holds the whole record now.
        const previous = dataset ? undefined : await this.stored.get(entry.id);
        dataset ??= { value: previous?.dataset };
      }
    }
    const kept = { ...entry, tabOnly: true };
    await this.memory.put(kept, dataset);
    return kept;
  }

  private async freshId(stemSource: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const id = newLibraryId(stemSource);
      const taken = await this.storeOf(id);
      if (!taken || attempt > 20) return taken ? `${id}-${this.now().toString(36)}` : id;
    }
  }

  async add(
    dataset: unknown,
    origin: LibraryOrigin,
    options: { draft?: boolean; title?: string } = {},
  ): Promise<LibraryEntry> {
    await this.opening;
    const facts = datasetFacts(dataset, origin);
    const now = this.now();
    const entry: LibraryEntry = {
      id: await this.freshId(facts.datasetId ?? facts.title),
      title: options.title?.trim() || facts.title,
      ...(facts.date ? { date: facts.date } : {}),
      actorCount: facts.actorCount,
      stanceCount: facts.stanceCount,
      documentCount: facts.documentCount,
      origin,
      addedAt: now,
      openedAt: now,
      updatedAt: now,
      revision: 1,
      draft: options.draft ?? false,
    };
    const kept = await this.write(entry, { value: dataset });
    this.changed();
    return kept;
  }

  async save(
    id: string,
    dataset: unknown,
    options: { expectedRevision: number; draft?: boolean },
  ): Promise<LibraryEntry> {
    checkId(id);
    const store = await this.storeOf(id);
    const current = await store?.entry(id);
    if (!store || !current) throw new LibraryMissingError(id);
    const facts = datasetFacts(dataset, current.origin);
    const next: LibraryEntry = {
      ...current,
      ...(facts.date ? { date: facts.date } : {}),
      actorCount: facts.actorCount,
      stanceCount: facts.stanceCount,
      documentCount: facts.documentCount,
      updatedAt: this.now(),
      revision: options.expectedRevision + 1,
      draft: options.draft ?? current.draft,
    };
    if (!facts.date) delete next.date;
    let before: LibraryEntry | undefined;
    let kept = next;
    try {
      before = await store.putRevision(next, dataset, options.expectedRevision);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      if (current.revision !== options.expectedRevision) {
        throw new RevisionConflictError(current, options.expectedRevision);
      }
      this.problem = STORAGE_FULL_PROBLEM;
      kept = { ...next, tabOnly: true };
      await this.memory.put(kept, { value: dataset });
      before = current;
    }
    if (!before) throw new LibraryMissingError(id);
    if (before.revision !== options.expectedRevision) {
      throw new RevisionConflictError(before, options.expectedRevision);
    }
    this.changed();
    return kept;
  }

  private async updateEntry(id: string, change: Partial<LibraryEntry>): Promise<void> {
    checkId(id);
    const store = await this.storeOf(id);
    const entry = await store?.entry(id);
    if (!entry) throw new LibraryMissingError(id);
    await this.write({ ...entry, ...change });
    this.changed();
  }

  rename(id: string, title: string): Promise<void> {
    const trimmed = title.trim();
    if (!trimmed) return Promise.reject(new Error('a dataset needs a title'));
    return this.updateEntry(id, { title: trimmed, updatedAt: this.now() });
  }

  touch(id: string): Promise<void> {
    return this.updateEntry(id, { openedAt: this.now() });
  }

  async remove(id: string): Promise<LibraryRecord | undefined> {
    if (!LIBRARY_ID_PATTERN.test(id)) return undefined;
    await this.opening;
    const fromMemory = await this.memory.remove(id);
    const fromStorage = await this.stored?.remove(id);
    const removed = fromMemory ?? fromStorage;
    if (removed) this.changed();
    return removed;
  }

  async restore(record: LibraryRecord): Promise<void> {
    checkId(record.id);
    await this.opening;
    const { dataset, ...entry } = record;
    // Restored where it can be: a tab-only record goes back to storage if there is room now.
    delete entry.tabOnly;
    await this.write(entry, { value: dataset });
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    this.openChannel();
    return () => {
      this.listeners.delete(listener);
    };
  }

  private openChannel(): BroadcastChannel | undefined {
    if (this.channel || typeof BroadcastChannel === 'undefined') return this.channel;
    this.channel = new BroadcastChannel(this.channelName);
    // Node keeps a process alive while a channel is open; a page does not care.
    (this.channel as { unref?: () => void }).unref?.();
    this.channel.onmessage = () => this.notify();
    return this.channel;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private changed(): void {
    this.notify();
    // Other tabs only see stored changes; a tab-only dataset is nobody else's.
    if (this.persistent) this.openChannel()?.postMessage('changed');
  }

  close(): void {
    this.channel?.close();
    this.channel = undefined;
    this.listeners.clear();
    this.db?.close();
  }
}

export function openLibrary(options: LibraryOptions = {}): Library {
  return new LocalLibrary(options);
}
