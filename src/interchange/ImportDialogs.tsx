/**
 * The questions an import asks before anything opens: a DNA file's statement types to
 * map, a spreadsheet's new actors to confirm, and in every case the summary of what the
 * file holds and what was left out (never dropped silently). Shown by the library's
 * opener; `onAnswer` reads the file again with the answer, or opens what it found.
 */
import { DnaMappingDialog } from './DnaMappingDialog';
import type { ImportOptions, ImportOutcome } from './importFile';
import { ImportSummaryDialog } from './ImportSummaryDialog';

export default function ImportDialogs({
  name,
  outcome,
  onAnswer,
  onCancel,
}: {
  name: string;
  outcome: ImportOutcome;
  onAnswer: (answer: ImportOptions | 'open') => void;
  onCancel: () => void;
}) {
  if (outcome.kind === 'needs-mapping')
    return (
      <DnaMappingDialog
        open
        file={name}
        statementTypes={outcome.statementTypes}
        suggested={outcome.suggested}
        unmapped={outcome.unmapped}
        onSubmit={(mapping) => onAnswer({ mapping })}
        onCancel={onCancel}
      />
    );
  if (outcome.kind === 'confirm-actors')
    return (
      <ImportSummaryDialog
        open
        fileName={name}
        summary={outcome.summary}
        newActors={outcome.newActors}
        onConfirm={() => onAnswer({ confirmNewActors: true })}
        onCancel={onCancel}
      />
    );
  return (
    <ImportSummaryDialog
      open
      fileName={name}
      summary={outcome.summary}
      onConfirm={() => onAnswer('open')}
      onCancel={onCancel}
    />
  );
}
