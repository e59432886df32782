/**
 * Where a text comes in: pasted, or opened from a .txt, .html, .docx or .pdf file. The
 * text is kept exactly as pasted or extracted (a textarea would turn \r\n into \n, so a
 * paste or a file is held as given and shown as it will be stored).
 */
import { figure } from '../data/figure';
import { useId, useState, type ClipboardEvent } from 'react';
import { extractText, TEXT_FILE_TYPES } from './extractText';

export function TextSource({
  heading,
  submitLabel,
  askTitle,
  onSubmit,
  onReanchor,
  onCancel,
}: {
  heading: string;
  submitLabel: string;
  /** Ask for the document's title too (a new document). */
  askTitle: boolean;
  onSubmit(text: string, title: string): void;
  /** Offer "re-anchor the quotes" (replacing a coded text). */
  onReanchor?(text: string): void;
  onCancel?(): void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [origin, setOrigin] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const area = event.currentTarget;
    const replacesAll = area.selectionStart === 0 && area.selectionEnd === area.value.length;
    if (pasted && replacesAll) {
      event.preventDefault();
      setText(pasted);
      setOrigin('pasted');
      setError(null);
    }
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const extracted = await extractText(file);
      setText(extracted);
      setOrigin(file.name);
      if (askTitle && !title) setTitle(file.name.replace(/\.[^.]+$/, ''));
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    } finally {
      setBusy(false);
    }
  };

  const ready = text.trim() !== '' && (!askTitle || title.trim() !== '');
  return (
    <section className="code-source-input" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {askTitle && (
        <div className="code-field">
          <label htmlFor={`${id}-title`}>Document title</label>
          <input
            id={`${id}-title`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
      )}
      <div className="code-field">
        <label htmlFor={`${id}-text`}>Paste the text</label>
        <textarea
          id={`${id}-text`}
          rows={8}
          value={text}
          aria-describedby={`${id}-stored`}
          onPaste={onPaste}
          onChange={(event) => {
            setText(event.target.value);
            setOrigin('typed');
          }}
        />
      </div>
      <div className="code-field">
        <label htmlFor={`${id}-file`}>…or open a file (.txt, .html, .docx, .pdf)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept={TEXT_FILE_TYPES}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Emptied, so picking the same file again (fixed after a refusal) reads it again.
            event.target.value = '';
            void openFile(file);
          }}
        />
      </div>
      <p id={`${id}-stored`} className="code-form__hint" role="status">
        {busy
          ? 'Reading the file…'
          : text
            ? `${figure(text.length)} characters${origin && origin !== 'typed' && origin !== 'pasted' ? ` from ${origin}` : ''}, stored exactly as shown: quotes will be exact slices of it.`
            : 'The text is stored exactly as given; it cannot change once a stance quotes it.'}
      </p>
      {error && (
        <p className="code-form__error" role="alert">
          {error}
        </p>
      )}
      <div className="code-form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || busy}
          onClick={() => onSubmit(text, title.trim())}
        >
          {submitLabel}
        </button>
        {onReanchor && (
          <button
            type="button"
            className="button"
            disabled={!text.trim() || busy}
            onClick={() => onReanchor(text)}
          >
            Replace and re-anchor the quotes
          </button>
        )}
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </section>
  );
}
