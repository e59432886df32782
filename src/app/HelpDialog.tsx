import { useCallback } from 'react';
import { useModalDialog } from '../ui/useModalDialog';
import { selectHelpOpen } from '../state/selectors';
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { APP_ACTIONS, type AppAction } from './actions';
import { CONTEXT_SHORTCUTS } from './contextShortcuts';

const CONTEXTS: Array<{ id: AppAction['context']; title: string }> = [
  { id: 'anywhere', title: 'Anywhere' },
  { id: 'map', title: 'On the map' },
  { id: 'presentation', title: 'While presenting' },
];

/** How a KeyboardEvent.key value reads on a keycap. */
const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  Escape: 'Esc',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
};

function Keys({ keys }: { keys: string[] }) {
  return (
    <>
      {keys.map((key, i) => (
        <span key={key}>
          {i > 0 && <span className="help__or"> or </span>}
          {(key.length > 1 ? key.split('+') : [key]).map((part, j) => (
            <span key={part}>
              {j > 0 && '+'}
              <kbd>{KEY_NAMES[part] ?? part}</kbd>
            </span>
          ))}
        </span>
      ))}
    </>
  );
}

/** "?" opens it: every shortcut, from the same lists the keyboard handlers use. */
export default function HelpDialog() {
  const open = useUi(selectHelpOpen);
  const { setHelpOpen } = useUiActions();
  const close = useCallback(() => setHelpOpen(false), [setHelpOpen]);
  const ref = useModalDialog(open, close);
  const rows = [
    ...APP_ACTIONS.map((action) => ({
      keys: action.keys,
      label: action.label,
      context: action.context,
    })),
    ...CONTEXT_SHORTCUTS,
  ];

  return (
    <dialog ref={ref} className="dialog help" aria-labelledby="help-title">
      <header className="dialog__header">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </header>
      {open &&
        CONTEXTS.map((context) => {
          const items = rows.filter((row) => row.context === context.id);
          if (!items.length) return null;
          return (
            <section key={context.id} aria-labelledby={`help-${context.id}`}>
              <h3 id={`help-${context.id}`} className="help__context">
                {context.title}
              </h3>
              <table className="help__table">
                <thead className="visually-hidden">
                  <tr>
                    <th scope="col">Keys</th>
                    <th scope="col">Action</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((row) => (
                    <tr key={`${row.keys.join()}-${row.label}`}>
                      <td className="help__keys">
                        <Keys keys={row.keys} />
                      </td>
                      <td>{row.label}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
    </dialog>
  );
}
