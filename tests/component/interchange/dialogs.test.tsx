import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DnaMappingDialog } from '../../../src/interchange/DnaMappingDialog';
import { ImportSummaryDialog } from '../../../src/interchange/ImportSummaryDialog';
import type { ImportSummary } from '../../../src/interchange/importFile';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const summary: ImportSummary = {
  format: 'DNA database',
  counts: { documents: 1, actors: 3, topics: 1, stances: 2, quotes: 2 },
  skipped: [
    { where: 'statement 2', reason: 'no concept (empty value)' },
    {
      where: 'statement 4',
      reason: 'position 0 (neutral): no stance type was chosen for neutral statements',
    },
  ],
  newActors: [],
  notes: ['4 statements of 2 statement types'],
};

describe('ImportSummaryDialog', () => {
  it('shows the counts and every skipped statement with its reason', async () => {
    const onConfirm = vi.fn();
    renderWithProviders(
      <ImportSummaryDialog
        open
        fileName="test.dna"
        summary={summary}
        onConfirm={onConfirm}
        onCancel={() => {}}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Import “test.dna”' });
    expect(within(dialog).getByRole('list', { name: 'What the file holds' })).toHaveTextContent(
      '2 stances2 quotes3 actors1 topic1 document',
    );
    const skipped = within(dialog).getByRole('region', { name: '2 left out, with the reason' });
    expect(
      within(skipped)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'statement 2: no concept (empty value)',
      'statement 4: position 0 (neutral): no stance type was chosen for neutral statements',
    ]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('asks before creating actors the spreadsheet names', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    renderWithProviders(
      <ImportSummaryDialog
        open
        fileName="stances.csv"
        summary={{
          ...summary,
          format: 'stance spreadsheet',
          skipped: [],
          newActors: ['New Envoy'],
        }}
        newActors={[{ name: 'New Envoy', kind: 'organization', rows: [2, 5] }]}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />,
    );
    const region = screen.getByRole('region', { name: '1 name matches no actor' });
    expect(region).toHaveTextContent('New Envoy (organization), rows 2, 5');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Create 1 actor and open' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});

describe('DnaMappingDialog', () => {
  const statementTypes = [
    { id: 1, label: 'DNA Statement', statements: 2, variables: [] },
    {
      id: 2,
      label: 'Position',
      statements: 2,
      variables: [
        { id: 5, name: 'actor', dataType: 'short text' as const },
        { id: 6, name: 'issue', dataType: 'short text' as const },
        { id: 7, name: 'position', dataType: 'integer' as const },
      ],
    },
  ];
  const suggested = { 1: { speaker: 'organization', target: 'concept', qualifier: 'agreement' } };

  it('maps a statement type’s variables to speaker, target and qualifier', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <DnaMappingDialog
        open
        file="test.dna"
        statementTypes={statementTypes}
        suggested={suggested}
        unmapped={[2]}
        onSubmit={onSubmit}
        onCancel={() => {}}
      />,
    );
    const group = screen.getByRole('group', { name: 'Position (2 statements)' });
    expect(within(group).getByRole('combobox', { name: 'Speaker' })).toHaveValue('actor');
    expect(within(group).getByRole('combobox', { name: 'Target' })).toHaveValue('issue');
    expect(within(group).getByRole('combobox', { name: 'Qualifier' })).toHaveValue('position');
    await user.selectOptions(
      within(group).getByRole('combobox', { name: 'When it is 0' }),
      'agrees',
    );
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(onSubmit).toHaveBeenCalledWith({
      ...suggested,
      2: { speaker: 'actor', target: 'issue', qualifier: 'position', neutralType: 'agrees' },
    });
  });

  it('refuses the same variable twice, and can leave a type out', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <DnaMappingDialog
        open
        file="test.dna"
        statementTypes={statementTypes}
        suggested={suggested}
        unmapped={[2]}
        onSubmit={onSubmit}
        onCancel={() => {}}
      />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Target' }), 'actor');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Speaker and target must be different variables.',
    );
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Import these statements as stances' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(onSubmit).toHaveBeenCalledWith({ ...suggested, 2: null });
  });
});
