import { useState, type FormEvent } from 'react';
import { STANCE_TYPES, STANCE_TYPE_IDS, type StanceTypeId } from '../data/vocabulary';
import { useModalDialog } from '../ui/useModalDialog';
import type { DnaMapping, DnaStatementType, DnaTypeMapping } from './dna';
import './interchange.css';

interface Props {
  open: boolean;
  file: string;
  statementTypes: DnaStatementType[];
  /** What is already mapped (DNA's default type, Stance Map's own). */
  suggested: DnaMapping;
  /** The statement type ids to map here. */
  unmapped: number[];
  onSubmit: (mapping: DnaMapping) => void;
  onCancel: () => void;
}

interface Choice {
  include: boolean;
  speaker: string;
  target: string;
  qualifier: string;
  neutralType: StanceTypeId | '';
}

function initialChoice(type: DnaStatementType): Choice {
  const short = type.variables.filter((v) => v.dataType === 'short text');
  const qualifier = type.variables.find(
    (v) => v.dataType === 'integer' || v.dataType === 'boolean',
  );
  return {
    include: true,
    speaker: short[0]?.name ?? '',
    target: short[1]?.name ?? '',
    qualifier: qualifier?.name ?? '',
    neutralType: '',
  };
}

/**
 * Which variables of a DNA statement type make a stance: speaker, target, qualifier.
 * Give it `key={file}` so a new file starts from its own defaults.
 */
export function DnaMappingDialog({
  open,
  file,
  statementTypes,
  suggested,
  unmapped,
  onSubmit,
  onCancel,
}: Props) {
  const ref = useModalDialog(open, onCancel);
  const types = statementTypes.filter((type) => unmapped.includes(type.id));
  const [choices, setChoices] = useState<Record<number, Choice>>(() =>
    Object.fromEntries(types.map((type) => [type.id, initialChoice(type)])),
  );
  const update = (id: number, change: Partial<Choice>) =>
    setChoices((current) => ({ ...current, [id]: { ...current[id]!, ...change } }));
  const invalid = types.some((type) => {
    const choice = choices[type.id]!;
    return (
      choice.include && (!choice.speaker || !choice.target || choice.speaker === choice.target)
    );
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    const mapping: DnaMapping = { ...suggested };
    for (const type of types) {
      const choice = choices[type.id]!;
      const typeMapping: DnaTypeMapping = {
        speaker: choice.speaker,
        target: choice.target,
        ...(choice.qualifier ? { qualifier: choice.qualifier } : {}),
        ...(choice.neutralType ? { neutralType: choice.neutralType } : {}),
      };
      mapping[type.id] = choice.include ? typeMapping : null;
    }
    onSubmit(mapping);
  };

  return (
    <dialog ref={ref} className="dialog import-dialog" aria-labelledby="dna-mapping-title">
      <form onSubmit={submit}>
        <header className="dialog__header">
          <h2 id="dna-mapping-title">Map statement types of “{file}”</h2>
        </header>
        <p>
          Stance Map reads DNA’s default “DNA Statement” by itself. For each other type, choose who
          takes the stance, toward whom, and the qualifier that says for or against (positive
          supports, negative opposes).
        </p>
        {types.map((type) => {
          const choice = choices[type.id]!;
          const short = type.variables.filter((v) => v.dataType === 'short text');
          const qualifiers = type.variables.filter(
            (v) => v.dataType === 'integer' || v.dataType === 'boolean',
          );
          const prefix = `dna-type-${type.id}`;
          return (
            <fieldset key={type.id} className="dna-mapping__type">
              <legend>
                {type.label} ({type.statements} {type.statements === 1 ? 'statement' : 'statements'}
                )
              </legend>
              <label>
                <input
                  type="checkbox"
                  checked={choice.include}
                  onChange={(event) => update(type.id, { include: event.target.checked })}
                />{' '}
                Import these statements as stances
              </label>
              {choice.include && (
                <div className="dna-mapping__fields">
                  <label htmlFor={`${prefix}-speaker`}>Speaker</label>
                  <select
                    id={`${prefix}-speaker`}
                    className="field__input"
                    value={choice.speaker}
                    onChange={(event) => update(type.id, { speaker: event.target.value })}
                  >
                    {short.map((v) => (
                      <option key={v.id} value={v.name}>
                        {v.name}
                      </option>
                    ))}
                  </select>
                  <label htmlFor={`${prefix}-target`}>Target</label>
                  <select
                    id={`${prefix}-target`}
                    className="field__input"
                    value={choice.target}
                    onChange={(event) => update(type.id, { target: event.target.value })}
                  >
                    {short.map((v) => (
                      <option key={v.id} value={v.name}>
                        {v.name}
                      </option>
                    ))}
                  </select>
                  <label htmlFor={`${prefix}-qualifier`}>Qualifier</label>
                  <select
                    id={`${prefix}-qualifier`}
                    className="field__input"
                    value={choice.qualifier}
                    onChange={(event) => update(type.id, { qualifier: event.target.value })}
                  >
                    <option value="">None (every statement supports)</option>
                    {qualifiers.map((v) => (
                      <option key={v.id} value={v.name}>
                        {v.name} ({v.dataType})
                      </option>
                    ))}
                  </select>
                  <label htmlFor={`${prefix}-neutral`}>When it is 0</label>
                  <select
                    id={`${prefix}-neutral`}
                    className="field__input"
                    value={choice.neutralType}
                    onChange={(event) =>
                      update(type.id, { neutralType: event.target.value as StanceTypeId | '' })
                    }
                  >
                    <option value="">Leave out (listed in the summary)</option>
                    {STANCE_TYPE_IDS.map((id) => (
                      <option key={id} value={id}>
                        {STANCE_TYPES[id].label}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              {choice.include && choice.speaker === choice.target && (
                <p role="alert">Speaker and target must be different variables.</p>
              )}
            </fieldset>
          );
        })}
        <div className="import-dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={invalid}>
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}
