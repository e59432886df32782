import { useRef } from 'react';
import { DatasetErrorDetails } from '../ui/DatasetErrorDetails';
import { useModalDialog } from '../ui/useModalDialog';
import { ACCEPT_ATTRIBUTE } from '../interchange/fileFormats';

/**
 * A file that could not be opened: the same report as the load error screen, over the
 * workspace, which stays as it was behind it.
 */
export default function OpenErrorDialog({
  error,
  name,
  onClose,
  onChooseAnother,
}: {
  error: unknown;
  name: string;
  onClose: () => void;
  onChooseAnother: (files: FileList) => void;
}) {
  const ref = useModalDialog(true, onClose);
  const input = useRef<HTMLInputElement>(null);
  return (
    <dialog
      ref={ref}
      className="dialog open-error"
      aria-labelledby="open-error-title"
      aria-describedby="open-error-details"
    >
      <header className="dialog__header">
        <h2 id="open-error-title">This file could not be opened</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      <div id="open-error-details" className="open-error__details">
        <DatasetErrorDetails error={error} label="File" name={name} />
      </div>
      <p className="open-error__after">
        The dataset that was open is still open behind this message.{' '}
        <button type="button" className="button" onClick={() => input.current?.click()}>
          Choose another file…
        </button>
      </p>
      <input
        ref={input}
        type="file"
        accept={ACCEPT_ATTRIBUTE}
        hidden
        onChange={(event) => {
          if (event.currentTarget.files?.length) onChooseAnother(event.currentTarget.files);
        }}
      />
    </dialog>
  );
}
