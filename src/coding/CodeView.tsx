/**
 * The Code view (loaded on demand from App when the address has ?code=…, see route.ts):
 * the start screen for ?code=new, the coding workspace for ?code=local:ID.
 */
import { useEffect, useState } from 'react';
import { loadDataset } from '../data/loadDataset';
import { getAppLibrary } from '../library/appLibrary';
import type { LibraryEntry } from '../library/types';
import { CodingWorkspace } from './CodingWorkspace';
import { createDraft } from './operations';
import { codeHref, parseCodeRoute, type CodeRoute } from './route';
import { TextSource } from './TextSource';
import { useCodingSession } from './useCodingSession';
import './coding.css';

function go(route: CodeRoute, replace = false) {
  const href = codeHref(route);
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
}

function StartScreen({ from, onOpen }: { from: string | null; onOpen(id: string): void }) {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const library = getAppLibrary();
    const refresh = () => void library.list().then(setEntries, () => setEntries([]));
    refresh();
    return library.subscribe(refresh);
  }, []);

  const start = async (text: string, title: string) => {
    try {
      const entry = await getAppLibrary().add(
        createDraft(text, { title }),
        { kind: 'coded' },
        { draft: true, title },
      );
      onOpen(entry.id);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const copyBundled = async (name: string) => {
    try {
      const dataset = await loadDataset(name);
      const entry = await getAppLibrary().add(
        dataset,
        { kind: 'coded' },
        { title: `${dataset.title} (copy)` },
      );
      onOpen(entry.id);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <main className="code-start" id="main">
      <p className="header__brand">Stance Map</p>
      <nav aria-label="Back">
        <a href={from ? `?data=${encodeURIComponent(from)}` : '?'}>← Back to the map</a>
      </nav>
      <h1>Code a communiqué</h1>
      <p>
        Paste or open the text, mark the words that back each stance, and watch the map grow. Your
        work is saved in this browser as you go.
      </p>
      {problem && (
        <p className="code-form__error" role="alert">
          {problem}
        </p>
      )}
      <div className="code-start__columns">
        <TextSource
          heading="Start from a new text"
          submitLabel="Start coding"
          askTitle
          onSubmit={(text, title) => void start(text, title)}
        />
        <section className="code-start__existing" aria-labelledby="code-existing">
          <h2 id="code-existing">Or continue with a dataset</h2>
          {from && !from.startsWith('local') && (
            <p>
              <button type="button" className="button" onClick={() => void copyBundled(from)}>
                Edit a copy of “{from}”
              </button>{' '}
              <span className="code-form__hint">The bundled dataset stays as it is.</span>
            </p>
          )}
          {entries === null ? (
            <p role="status">Looking in this browser’s library…</p>
          ) : entries.length === 0 ? (
            <p className="code-form__hint">No datasets in this browser’s library yet.</p>
          ) : (
            <ul className="code-start__list">
              {entries.map((entry) => (
                <li key={entry.id}>
                  <button type="button" className="button" onClick={() => onOpen(entry.id)}>
                    {entry.title}
                  </button>{' '}
                  <span className="code-form__hint">
                    {entry.stanceCount} stances · {entry.documentCount} document
                    {entry.documentCount === 1 ? '' : 's'}
                    {entry.draft ? ' · draft' : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="code-form__hint">
            To add a document to a dataset, open it here, then use “Add document”.
          </p>
        </section>
      </div>
    </main>
  );
}

function Session({ id }: { id: string }) {
  const session = useCodingSession(id);
  if (session.load.kind === 'loading')
    return (
      <main className="gate" aria-busy="true">
        <p role="status" className="gate__status">
          <span className="spinner" aria-hidden="true" /> Opening the dataset…
        </p>
      </main>
    );
  if (session.load.kind === 'missing')
    return (
      <main className="gate">
        <section role="alert" className="gate__error">
          <h1>This dataset cannot be coded</h1>
          <p>{session.load.message}</p>
          <p className="gate__actions">
            <a className="button button--primary" href="?code=new">
              Start a new one
            </a>
          </p>
        </section>
      </main>
    );
  return <CodingWorkspace id={id} session={session} />;
}

export default function CodeView({ route: initial }: { route: CodeRoute }) {
  const [route, setRoute] = useState(initial);
  useEffect(() => {
    // The address read as App reads it at start, with the same checks.
    const onPop = () =>
      setRoute(parseCodeRoute(window.location.search) ?? { kind: 'new', from: null });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    document.title =
      route.kind === 'new' ? 'Code a communiqué · Stance Map' : 'Coding · Stance Map';
  }, [route]);
  if (route.kind === 'new')
    return (
      <StartScreen
        from={route.from}
        onOpen={(id) => {
          const next: CodeRoute = { kind: 'local', id };
          go(next);
          setRoute(next);
        }}
      />
    );
  return <Session key={route.id} id={route.id} />;
}
