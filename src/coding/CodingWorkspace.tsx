/**
 * The Code view's workspace on one library dataset: the document's details, its text
 * with the coding marked, the stance form, the list of stances, the map of the dataset
 * as coded so far, and the problems the validator finds. Every change is an edit of
 * operations.ts through the session (undo, autosave, validation).
 */
import { shorten } from '../data/describeIssue';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Actor, Evidence, Stance } from '../data/schema';
import { stanceTypeOf, type Polarity } from '../data/vocabulary';
import { formatProblem } from '../data/parseDataset';
import { downloadText } from '../export/download';
import { StanceMap } from '../map/StanceMap';
import { UiStoreProvider } from '../state/UiStoreProvider';
import { DatasetProvider } from '../ui/DatasetContext';
import { LoadBoundary } from '../ui/LoadBoundary';
import { proposeActors, occurrencesOf } from './actorMatch';
import { attributionFor } from './attribution';
import { DocumentForm } from './DocumentForm';
import { canRedo, canUndo, redoLabel, undoLabel } from './history';
import { MarkedText, type TextSelection } from './MarkedText';
import { evidenceFor, newDocument, newStanceId, newTopicId, type Edit } from './operations';
import { StanceForm, EMPTY_STANCE, type CompleteStanceValues } from './StanceForm';
import { StanceList } from './StanceList';
import { TextSource } from './TextSource';
import { snapToWords, type Span } from './text';
import type { CodedSpan } from './textLayout';
import type { TextChangeReport } from './textChange';
import { problemTarget } from './validateDraft';
import type { CodingSession } from './useCodingSession';
import { ActorList } from './ActorList';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useSuggestions } from './useSuggestions';

type SidePanel = 'stances' | 'suggested' | 'map' | 'actors' | 'problems';

type FormState =
  | { mode: 'new'; span: Span; attribution: ReturnType<typeof attributionFor> }
  | { mode: 'edit'; stanceId: string };

const WIDE = '(min-width: 1600px)';

/**
 * One CodedSpan per evidence for as long as it is unchanged (edits keep untouched
 * evidence objects), so the text's blocks can tell that their marks did not change.
 */
const codedSpans = new WeakMap<Evidence, CodedSpan>();
function codedSpan(
  evidence: Evidence,
  stanceId: string,
  evidenceIndex: number,
  polarity: Polarity,
): CodedSpan {
  const known = codedSpans.get(evidence);
  if (
    known &&
    known.stanceId === stanceId &&
    known.evidenceIndex === evidenceIndex &&
    known.polarity === polarity
  )
    return known;
  const span: CodedSpan = {
    start: evidence.start,
    end: evidence.end,
    stanceId,
    evidenceIndex,
    polarity,
  };
  codedSpans.set(evidence, span);
  return span;
}

function useWide(): boolean {
  const [wide, setWide] = useState(
    () => typeof matchMedia === 'function' && matchMedia(WIDE).matches,
  );
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(WIDE);
    const onChange = () => setWide(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return wide;
}

function saveWords(session: CodingSession): string {
  const { save, check } = session;
  const state =
    save.kind === 'saving' || save.kind === 'pending'
      ? 'Saving…'
      : save.kind === 'failed'
        ? `Not saved: ${save.message}`
        : save.kind === 'conflict'
          ? 'Not saved: changed in another tab'
          : 'Saved in this browser';
  return check && !check.valid ? `${state} · draft` : state;
}

export function CodingWorkspace({ id, session }: { id: string; session: CodingSession }) {
  const dataset = session.dataset!;
  const check = session.check!;
  const helpId = useId();
  const wide = useWide();
  const [documentId, setDocumentId] = useState(() => dataset.documents[0]?.id ?? '');
  const document = dataset.documents.find((d) => d.id === documentId) ?? dataset.documents[0]!;
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [panel, setPanel] = useState<SidePanel>('stances');
  const [form, setForm] = useState<FormState | null>(null);
  const [activeStance, setActiveStance] = useState<string | null>(null);
  const [flagged, setFlagged] = useState<Span[]>([]);
  const [scrollTarget, setScrollTarget] = useState<{ offset: number; nonce: number } | null>(null);
  const [message, setMessage] = useState('');
  const [report, setReport] = useState<TextChangeReport | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(() => dataset.stances.length === 0);
  const [addingDocument, setAddingDocument] = useState(false);
  const [replacingText, setReplacingText] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const suggest = useSuggestions(session, document);

  const snapped = useMemo(
    () =>
      selection && selection.anchor !== selection.focus
        ? snapToWords(document.text, { start: selection.anchor, end: selection.focus })
        : null,
    [selection, document.text],
  );
  const selectedWords = snapped ? document.text.slice(snapped.start, snapped.end) : '';

  const spans = useMemo<CodedSpan[]>(() => {
    const out: CodedSpan[] = [];
    for (const stance of dataset.stances) {
      const polarity = stanceTypeOf(stance.type).polarity;
      stance.evidence.forEach((evidence, evidenceIndex) => {
        if (evidence.document === document.id && evidence.end <= document.text.length)
          out.push(codedSpan(evidence, stance.id, evidenceIndex, polarity));
      });
    }
    return out;
  }, [dataset.stances, document]);

  const invalidPaths = useMemo(() => new Set(check.problems.map((p) => p.path)), [check.problems]);

  // The map shows the last valid version: a draft with problems cannot be drawn.
  const mapDataset = check.valid ? dataset : session.lastValid;

  const sessionApply = session.apply;
  const apply = useCallback(
    (edit: Edit, done?: string) => {
      const result = sessionApply(edit);
      if (!result.ok) {
        setMessage(result.message);
        return false;
      }
      if (result.report) setReport(result.report);
      if (done) setMessage(done);
      return true;
    },
    [sessionApply],
  );

  const openNewStance = useCallback(() => {
    if (!snapped) {
      setMessage(
        'Select the words that back the stance first (mouse, or Shift+arrow keys in the text).',
      );
      textRef.current?.querySelector<HTMLElement>('.code-text')?.focus();
      return;
    }
    setForm({ mode: 'new', span: snapped, attribution: attributionFor(document, snapped) });
    setPanel('stances');
  }, [snapped, document]);

  const pickStance = useCallback(
    (stance: Stance) => {
      setActiveStance(stance.id);
      const here = stance.evidence.filter((e) => e.document === document.id);
      setFlagged(here.map((e) => ({ start: e.start, end: e.end })));
      const first = here[0];
      if (first) setScrollTarget({ offset: first.start, nonce: Date.now() });
      setPanel('stances');
    },
    [document.id],
  );

  // Workspace keys: N new stance, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable;
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        (event.key === 'z' || event.key === 'Z' || event.key === 'y')
      ) {
        if (typing) return;
        event.preventDefault();
        session.step(event.key === 'y' || event.shiftKey ? 'redo' : 'undo');
        return;
      }
      if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.key === 'n' || event.key === 'N') && !form) {
        event.preventDefault();
        openNewStance();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, openNewStance, form]);

  const createActor = (actor: Actor) => {
    if (apply({ kind: 'add-actor', actor }, `Actor “${actor.name}” added.`)) return actor.id;
    return null;
  };
  const createTopic = (label: string) => {
    const topicId = newTopicId(dataset, label);
    return apply(
      { kind: 'add-topic', topic: { id: topicId, label, description: label } },
      `Topic “${label}” added.`,
    )
      ? topicId
      : null;
  };

  const submitStance = (values: CompleteStanceValues) => {
    if (!form) return;
    if (form.mode === 'new') {
      const stance: Stance = {
        id: newStanceId(dataset, values.type, values.to),
        from: values.from,
        to: values.to,
        type: values.type,
        topics: values.topics,
        summary: values.summary,
        evidence: [evidenceFor(document, form.span, values.attribution)],
      };
      if (apply({ kind: 'add-stance', stance }, `Stance added: ${stance.summary}`)) {
        setForm(null);
        setActiveStance(stance.id);
        setSelection(selection && { anchor: selection.focus, focus: selection.focus });
        textRef.current?.querySelector<HTMLElement>('.code-text')?.focus();
      }
    } else {
      const { attribution: _attribution, ...changes } = values;
      void _attribution;
      if (
        apply(
          {
            kind: 'edit-stance',
            stanceId: form.stanceId,
            changes: { ...changes, type: values.type },
          },
          'Stance saved.',
        )
      )
        setForm(null);
    }
  };

  // The list's handlers stay the same between renders (its items are memoised); the
  // selection they need is read when they run.
  const latest = useRef({ snapped, document });
  useEffect(() => {
    latest.current = { snapped, document };
  });
  const addQuote = useCallback(
    (stance: Stance) => {
      const { snapped: span, document: doc } = latest.current;
      if (!span) return;
      const guess = attributionFor(doc, span);
      if (
        apply(
          {
            kind: 'add-evidence',
            stanceId: stance.id,
            evidence: evidenceFor(doc, span, guess.attribution),
          },
          `Quote added to “${stance.summary}” (${guess.attribution}).`,
        )
      )
        setFlagged((list) => [...list, span]);
    },
    [apply],
  );
  const editStance = useCallback(
    (stance: Stance) => setForm({ mode: 'edit', stanceId: stance.id }),
    [],
  );
  const removeStance = useCallback(
    (stance: Stance) => {
      if (
        apply(
          { kind: 'remove-stance', stanceId: stance.id },
          `Stance removed: ${stance.summary} (Undo brings it back).`,
        )
      )
        setActiveStance(null);
    },
    [apply],
  );

  const goToProblem = (path: string) => {
    const target = problemTarget(dataset, path);
    if (target.kind === 'stance') {
      const stance = dataset.stances.find((s) => s.id === target.id);
      if (stance) {
        pickStance(stance);
        setForm({ mode: 'edit', stanceId: stance.id });
      }
    } else if (
      target.kind === 'actor' ||
      target.kind === 'topic' ||
      (target.kind === 'dataset' && (target.field === 'actors' || target.field === 'topics'))
    ) {
      setPanel('actors');
    } else {
      if (target.kind === 'document' && target.id !== document.id) setDocumentId(target.id);
      setDetailsOpen(true);
      requestAnimationFrame(() => {
        const details = window.document.querySelector('.code-details');
        const path = `${target.kind}.${target.field ?? ''}`;
        const fields = [...(details?.querySelectorAll<HTMLElement>('[data-path]') ?? [])];
        (fields.find((field) => field.dataset.path === path) ?? fields[0])?.focus();
      });
    }
  };

  const exportDataset = () => {
    downloadText(
      `${JSON.stringify(dataset, null, 2)}\n`,
      `${dataset.id || 'dataset'}.json`,
      'application/json',
    );
    setMessage(`Exported ${dataset.id}.json.`);
  };

  const openInMap = async () => {
    await session.flush();
    window.location.assign(`?data=local:${id}`);
  };

  const editing =
    form?.mode === 'edit' ? dataset.stances.find((s) => s.id === form.stanceId) : undefined;
  // The words a new stance quotes, and the actors they name: not again on every render
  // (a caret move, each autosave) while the form is open.
  const formWords =
    form?.mode === 'new' ? document.text.slice(form.span.start, form.span.end) : undefined;
  const actors = dataset.actors;
  const proposals = useMemo(
    () => (formWords === undefined ? [] : proposeActors({ actors }, formWords)),
    [actors, formWords],
  );
  const formView = form && (
    <StanceForm
      key={
        form.mode === 'new' ? `new-${form.span.start}-${form.span.end}` : `edit-${form.stanceId}`
      }
      dataset={dataset}
      heading={form.mode === 'new' ? 'New stance' : 'Edit stance'}
      submitLabel={form.mode === 'new' ? 'Add stance' : 'Save stance'}
      quote={formWords}
      attributionReason={form.mode === 'new' ? form.attribution.reason : undefined}
      initial={
        form.mode === 'new'
          ? { ...EMPTY_STANCE, attribution: form.attribution.attribution }
          : editing
            ? {
                from: editing.from,
                to: editing.to,
                type: editing.type,
                topics: editing.topics,
                summary: editing.summary,
                attribution: 'reported',
              }
            : EMPTY_STANCE
      }
      proposals={proposals}
      selectedWords={formWords}
      onSubmit={submitStance}
      onCancel={() => setForm(null)}
      onCreateActor={createActor}
      onCreateTopic={createTopic}
    />
  );

  const map = mapDataset ? (
    <LoadBoundary what="The map">
      <UiStoreProvider>
        <DatasetProvider dataset={mapDataset} name={`local:${id}`}>
          <div className="code-map">
            {!check.valid && (
              <p className="code-map__note">
                The map shows the last valid version: fix the problems to update it.
              </p>
            )}
            <StanceMap embed={false} />
          </div>
        </DatasetProvider>
      </UiStoreProvider>
    </LoadBoundary>
  ) : (
    <p className="code-form__hint code-map__empty">
      The map appears once the dataset is valid: {check.total} problem{check.total === 1 ? '' : 's'}{' '}
      to fix (see Problems).
    </p>
  );

  const tabs: [SidePanel, string][] = [
    ['stances', `Stances (${spans.length ? new Set(spans.map((s) => s.stanceId)).size : 0})`],
    ['suggested', `Suggested${suggest.run.kind === 'done' ? ` (${suggest.open.length})` : ''}`],
    ...(wide ? [] : ([['map', 'Map']] as [SidePanel, string][])),
    ['actors', `Actors & topics (${dataset.actors.length})`],
    ['problems', `Problems (${check.total})`],
  ];

  return (
    <div className={`code-view${wide ? ' code-view--wide' : ''}`}>
      <header className="code-header">
        <div className="code-header__title">
          <a
            className="header__brand code-header__back"
            href={`?data=local:${id}`}
            onClick={(e) => {
              e.preventDefault();
              void openInMap();
            }}
          >
            Stance Map
          </a>
          <h1>
            <span className="code-header__mode">Coding</span> {dataset.title || 'Untitled dataset'}
          </h1>
          <p className="code-header__status" role="status">
            {saveWords(session)}
            {!check.valid && ` · ${check.total} problem${check.total === 1 ? '' : 's'}`}
          </p>
        </div>
        <div className="code-header__actions">
          <button
            type="button"
            className="button"
            disabled={!session.history || !canUndo(session.history)}
            onClick={() => session.step('undo')}
            title={
              session.history && undoLabel(session.history)
                ? `Undo ${undoLabel(session.history)} (Ctrl+Z)`
                : 'Undo (Ctrl+Z)'
            }
          >
            Undo
          </button>
          <button
            type="button"
            className="button"
            disabled={!session.history || !canRedo(session.history)}
            onClick={() => session.step('redo')}
            title={
              session.history && redoLabel(session.history)
                ? `Redo ${redoLabel(session.history)} (Ctrl+Shift+Z)`
                : 'Redo (Ctrl+Shift+Z)'
            }
          >
            Redo
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={openNewStance}
            aria-keyshortcuts="N"
            disabled={!!form && form.mode === 'new'}
          >
            New stance <kbd>N</kbd>
          </button>
          <button
            type="button"
            className="button"
            disabled={suggest.run.kind === 'running'}
            onClick={() => void (setPanel('suggested'), suggest.start())}
          >
            Suggest stances
          </button>
          <button type="button" className="button" onClick={() => setAddingDocument(true)}>
            Add document
          </button>
          <button
            type="button"
            className="button"
            disabled={!check.valid}
            title={check.valid ? undefined : 'Fix the problems first'}
            onClick={() => void openInMap()}
          >
            Open in map
          </button>
          <button
            type="button"
            className="button"
            disabled={!check.valid}
            title={check.valid ? undefined : 'Fix the problems first'}
            onClick={exportDataset}
          >
            Export dataset
          </button>
        </div>
      </header>

      {session.save.kind === 'conflict' && (
        <div className="code-banner" role="alert">
          <p>
            This dataset was also changed in another tab. Your edits here are not saved until you
            choose: keep this tab’s version (the other tab’s changes are replaced), or load the
            other tab’s version (your edits here are dropped).
          </p>
          <button type="button" className="button button--primary" onClick={session.keepMine}>
            Keep this tab’s version
          </button>
          <button type="button" className="button" onClick={() => void session.takeTheirs()}>
            Load the other tab’s version
          </button>
        </div>
      )}
      {(addingDocument || replacingText) && (
        <div className="code-banner code-banner--form">
          <TextSource
            heading={
              addingDocument ? 'Add a document to this dataset' : 'Replace this document’s text'
            }
            submitLabel={addingDocument ? 'Add document' : 'Replace text'}
            askTitle={addingDocument}
            onSubmit={(text, title) => {
              if (addingDocument) {
                const doc = newDocument(dataset, text, {
                  title,
                  date: document.date,
                  place: document.place,
                  language: document.language,
                });
                if (apply({ kind: 'add-document', document: doc }, `Document “${title}” added.`)) {
                  setDocumentId(doc.id);
                  setAddingDocument(false);
                  setDetailsOpen(true);
                }
              } else {
                if (
                  apply(
                    { kind: 'set-document-text', documentId: document.id, text, mode: 'refuse' },
                    'Text replaced.',
                  )
                )
                  setReplacingText(false);
              }
            }}
            onReanchor={
              replacingText
                ? (text) => {
                    if (
                      apply(
                        {
                          kind: 'set-document-text',
                          documentId: document.id,
                          text,
                          mode: 'reanchor',
                        },
                        'Text replaced; quotes re-anchored.',
                      )
                    )
                      setReplacingText(false);
                  }
                : undefined
            }
            onCancel={() => {
              setAddingDocument(false);
              setReplacingText(false);
            }}
          />
        </div>
      )}
      {report && (
        <div className="code-banner" role="status">
          <p>
            Re-anchored: {report.unchanged} quote(s) unchanged, {report.moved.length} moved,{' '}
            {report.lost.length} could not be found in the new text
            {report.removedStances.length
              ? ` (stances removed: ${report.removedStances.join(', ')})`
              : ''}
            .
          </p>
          {report.lost.length > 0 && (
            <ul>
              {report.lost.map((lost, i) => (
                <li key={i}>
                  {lost.stanceId}: “{lost.quote}” (was at {lost.start})
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--small" onClick={() => setReport(null)}>
            Close
          </button>
        </div>
      )}

      <main className="code-main" id="main">
        <section className="code-source" ref={textRef} aria-label="Document">
          {dataset.documents.length > 1 && (
            <label className="code-source__doc">
              Document{' '}
              <select
                value={document.id}
                onChange={(event) => {
                  setDocumentId(event.target.value);
                  setSelection(null);
                  setFlagged([]);
                }}
              >
                {dataset.documents.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title || d.id}
                  </option>
                ))}
              </select>
            </label>
          )}
          <details
            className="code-source__details"
            open={detailsOpen}
            onToggle={(event) => setDetailsOpen(event.currentTarget.open)}
          >
            <summary>
              Document details
              {[...invalidPaths].some((p) => /^(title|description|documents\[)/.test(p))
                ? ' (incomplete)'
                : ''}
            </summary>
            <DocumentForm
              dataset={dataset}
              document={document}
              invalidPaths={invalidPaths}
              onDocument={(changes) =>
                apply({ kind: 'edit-document', documentId: document.id, changes })
              }
              onDataset={(changes) => apply({ kind: 'edit-dataset', changes })}
            />
            <button
              type="button"
              className="button button--small"
              onClick={() => setReplacingText(true)}
            >
              Replace the text…
            </button>
          </details>
          <p id={helpId} className="code-source__help">
            Select words with the mouse, or move the caret with the arrow keys and extend with Shift
            (Ctrl for whole words); selections snap to whole words. <kbd>N</kbd> makes a stance from
            them; <kbd>Enter</kbd> on a marked span opens its stances.
          </p>
          <p className="code-source__selection" aria-live="polite">
            {snapped
              ? `Selected ${snapped.start}–${snapped.end}: “${shorten(selectedWords, 120)}”`
              : selection
                ? `Caret at ${selection.focus}`
                : ''}
          </p>
          <MarkedText
            document={document}
            spans={spans}
            selection={selection}
            snapped={snapped}
            flagged={flagged}
            onSelectionChange={setSelection}
            onOpenStances={(ids) => {
              const stance = dataset.stances.find((s) => s.id === ids[0]);
              if (stance) {
                setActiveStance(stance.id);
                setPanel('stances');
                setFlagged(stance.evidence.filter((e) => e.document === document.id));
                setMessage(
                  ids.length > 1
                    ? `${ids.length} stances use these words.`
                    : `Stance: ${stance.summary}`,
                );
              }
            }}
            scrollTarget={scrollTarget}
            describedBy={helpId}
            proposed={suggest.marks}
          />
        </section>

        <aside className="code-side" aria-label="Coding">
          <div className="code-side__tabs" role="tablist" aria-label="Coding panels">
            {tabs.map(([value, label]) => (
              <button
                key={value}
                type="button"
                role="tab"
                id={`code-tab-${value}`}
                aria-selected={panel === value}
                aria-controls="code-panel"
                className="tab"
                onClick={() => setPanel(value)}
              >
                {label}
              </button>
            ))}
          </div>
          <div
            className="code-side__panel"
            id="code-panel"
            role="tabpanel"
            aria-labelledby={`code-tab-${panel}`}
          >
            {panel === 'stances' && formView}
            {/* Kept mounted under the form: closing it then adds one item, not a thousand. */}
            <div hidden={panel !== 'stances' || !!formView}>
              <StanceList
                shown={panel === 'stances' && !formView}
                dataset={dataset}
                documentId={document.id}
                activeId={activeStance}
                canAddQuote={!!snapped}
                onPick={pickStance}
                onEdit={editStance}
                onRemove={removeStance}
                onAddQuote={addQuote}
              />
            </div>
            {panel === 'suggested' && (
              <SuggestionsPanel
                {...{ suggest, dataset, document, apply, onMessage: setMessage }}
                onCreateActor={createActor}
                onCreateTopic={createTopic}
                onShow={(span) => {
                  setFlagged([span]);
                  setScrollTarget({ offset: span.start, nonce: Date.now() });
                }}
              />
            )}
            {panel === 'map' && !wide && map}
            {panel === 'actors' && (
              <ActorList
                dataset={dataset}
                onRename={(actorId, name) =>
                  apply({ kind: 'edit-actor', actorId, changes: { name } }, `Renamed to “${name}”.`)
                }
                onMerge={(keepId, mergeId) =>
                  apply({ kind: 'merge-actors', keepId, mergeId }, 'Actors merged.')
                }
                onCreateActor={createActor}
                selectedWords={selectedWords || undefined}
                onShow={(actor) => {
                  const found = occurrencesOf(document.text, actor);
                  setFlagged(found);
                  if (found[0]) setScrollTarget({ offset: found[0].start, nonce: Date.now() });
                  setMessage(
                    `${actor.name}: named ${found.length} time${found.length === 1 ? '' : 's'} in this document.`,
                  );
                }}
              />
            )}
            {panel === 'problems' && (
              <section aria-label="Problems">
                {check.valid ? (
                  <p>
                    No problems: the dataset is valid and can be opened in the map, presented and
                    exported.
                  </p>
                ) : (
                  <>
                    <p>
                      A draft with problems is kept, but cannot be opened in the map or exported
                      until they are fixed.
                      {check.total > check.problems.length &&
                        ` Showing the first ${check.problems.length} of ${check.total}.`}
                    </p>
                    <ul className="code-problems">
                      {check.problems.map((problem, i) => (
                        <li key={i}>
                          <code>{formatProblem(problem)}</code>{' '}
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={`Go to ${problem.path || 'the dataset'}`}
                            onClick={() => goToProblem(problem.path)}
                          >
                            Go to
                          </button>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            )}
          </div>
          <p className="code-side__message" role="status">
            {message}
          </p>
        </aside>
        {wide && (
          <section className="code-wide-map" aria-label="Map of the dataset">
            {map}
          </section>
        )}
      </main>
    </div>
  );
}
