import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StanceForm, EMPTY_STANCE, type StanceValues } from '../../../src/coding/StanceForm';
import { createDraft } from '../../../src/coding/operations';
import { proposeActors } from '../../../src/coding/actorMatch';
import type { Actor, Dataset } from '../../../src/data/schema';

const actors: Actor[] = [
  { id: 'turkiye', name: 'Türkiye', aliases: ['Turkey'], kind: 'state' },
  { id: 'russia', name: 'Russia', aliases: [], kind: 'state' },
  { id: 'iran', name: 'Iran', aliases: [], kind: 'state' },
  { id: 'israel', name: 'Israel', aliases: [], kind: 'state' },
  {
    id: 'guarantors',
    name: 'The guarantors',
    inSentence: 'the guarantors',
    aliases: [],
    kind: 'bloc',
    members: ['turkiye', 'russia', 'iran'],
  },
];
const dataset: Dataset = {
  ...createDraft('Turkey condemned Israel.', { title: 'T' }),
  actors,
  topics: [{ id: 'gaza', label: 'Gaza', description: 'Gaza' }],
};

function renderForm(overrides: Partial<Parameters<typeof StanceForm>[0]> = {}) {
  const onSubmit = vi.fn<(values: StanceValues) => void>();
  const onCreateActor = vi.fn<(actor: Actor) => void>();
  const onCreateTopic = vi.fn<(label: string) => string | null>(() => 'new-topic');
  render(
    <StanceForm
      dataset={dataset}
      quote="condemned Israel."
      attributionReason="outside quotation marks: the reporter’s words"
      initial={{ ...EMPTY_STANCE, attribution: 'reported' }}
      heading="New stance"
      submitLabel="Add stance"
      onSubmit={onSubmit}
      onCancel={() => undefined}
      onCreateActor={onCreateActor}
      onCreateTopic={onCreateTopic}
      {...overrides}
    />,
  );
  return {
    onSubmit,
    onCreateActor,
    onCreateTopic,
    form: screen.getByRole('form', { name: 'New stance' }),
  };
}

describe('the stance form', () => {
  it('codes a joint statement through a bloc, with the sentence the app shows as summary', async () => {
    const user = userEvent.setup();
    const { onSubmit, form } = renderForm();
    expect(within(form).getByRole('radio', { name: /^Reported/ })).toBeChecked();
    expect(within(form).getByText(/Proposed: outside quotation marks/)).toBeInTheDocument();
    await user.click(
      within(form).getByRole('checkbox', {
        name: /The guarantors \(joint statement: 3 signatories\)/,
      }),
    );
    // The bloc ticks its members: the stance is coded with the signatories.
    for (const name of ['Türkiye', 'Russia', 'Iran'])
      expect(within(form).getByRole('checkbox', { name })).toBeChecked();
    await user.selectOptions(within(form).getByLabelText('To (toward whom or what)'), 'israel');
    await user.selectOptions(within(form).getByLabelText('Type'), 'condemns');
    expect(within(form).getByLabelText('Summary (one neutral sentence)')).toHaveValue(
      'The guarantors condemn Israel',
    );
    await user.click(within(form).getByRole('checkbox', { name: 'Gaza' }));
    await user.click(within(form).getByRole('radio', { name: /^Direct/ }));
    await user.click(within(form).getByRole('button', { name: 'Add stance' }));
    expect(onSubmit).toHaveBeenCalledWith({
      from: ['turkiye', 'russia', 'iran'],
      to: 'israel',
      type: 'condemns',
      topics: ['gaza'],
      summary: 'The guarantors condemn Israel',
      attribution: 'direct',
    });
  });

  it('says what is missing and submits nothing', async () => {
    const user = userEvent.setup();
    const { onSubmit, form } = renderForm();
    await user.click(within(form).getByRole('button', { name: 'Add stance' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(within(form).getByText('Choose who takes the stance.')).toBeInTheDocument();
    expect(within(form).getByText('Choose toward whom or what.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Type')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the polarity of each type, and keeps a summary the analyst wrote', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    expect(within(form).getByRole('option', { name: 'condemns · negative' })).toBeInTheDocument();
    expect(within(form).getByRole('group', { name: /^Directive/ })).toBeInTheDocument();
    const summary = within(form).getByLabelText('Summary (one neutral sentence)');
    await user.type(summary, 'My words');
    await user.selectOptions(within(form).getByLabelText('Type'), 'rejects');
    expect(summary).toHaveValue('My words');
  });

  it('proposes the actor the selected words name, and makes a new one from them', async () => {
    const user = userEvent.setup();
    const { onCreateActor, form } = renderForm({
      proposals: proposeActors(dataset, 'TURKEY'),
      selectedWords: 'TUSAŞ',
    });
    const proposals = within(form).getByRole('group', { name: 'Actors the selected words name' });
    expect(proposals).toHaveTextContent('The words match Türkiye (as “Turkey”)');
    await user.click(within(proposals).getByRole('button', { name: 'Add to From' }));
    expect(within(form).getByRole('checkbox', { name: 'Türkiye' })).toBeChecked();

    await user.click(within(form).getByRole('button', { name: 'New actor from “TUSAŞ”' }));
    const group = within(form).getByRole('group', { name: 'New actor' });
    expect(within(group).getByLabelText('Name')).toHaveValue('TUSAŞ');
    await user.selectOptions(within(group).getByLabelText('Kind'), 'organization');
    await user.type(within(group).getByLabelText(/Other names/), 'Turkish Aerospace, TAI');
    await user.click(within(group).getByRole('button', { name: 'Add actor' }));
    expect(onCreateActor).toHaveBeenCalledWith({
      id: 'tusas',
      name: 'TUSAŞ',
      aliases: ['Turkish Aerospace', 'TAI'],
      kind: 'organization',
    });
  });

  it('adds a topic on the fly and ticks it', async () => {
    const user = userEvent.setup();
    const { onCreateTopic, form } = renderForm();
    await user.type(within(form).getByRole('textbox', { name: 'New topic' }), 'Aid to Gaza{Enter}');
    expect(onCreateTopic).toHaveBeenCalledWith('Aid to Gaza');
    expect(screen.getByRole('textbox', { name: 'New topic' })).toHaveValue('');
  });
});
