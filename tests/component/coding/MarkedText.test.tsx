import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { MarkedText, type TextSelection } from '../../../src/coding/MarkedText';
import { snapToWords } from '../../../src/coding/text';
import type { CodedSpan } from '../../../src/coding/textLayout';
import type { SourceDocument } from '../../../src/data/schema';

const TEXT = 'They met.\nThe ministers “condemned the strikes” and called for talks.';
const document: SourceDocument = {
  id: 'doc',
  title: 'Report',
  kind: 'news-report',
  date: '2024-01-01',
  place: 'Astana',
  language: 'en',
  text: TEXT,
  participants: [],
};
const span = (words: string, stanceId: string, polarity: CodedSpan['polarity']): CodedSpan => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, stanceId, evidenceIndex: 0, polarity };
};
const SPANS = [
  span('condemned the strikes', 'a', 'negative'),
  span('condemned the strikes', 'b', 'negative'),
  span('called for talks', 'c', 'directive'),
];

function Harness({ onOpen }: { onOpen(ids: string[]): void }) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const snapped =
    selection && selection.anchor !== selection.focus
      ? snapToWords(TEXT, { start: selection.anchor, end: selection.focus })
      : null;
  return (
    <>
      <MarkedText
        document={document}
        spans={SPANS}
        selection={selection}
        snapped={snapped}
        flagged={[]}
        onSelectionChange={setSelection}
        onOpenStances={onOpen}
        scrollTarget={null}
      />
      <output>{snapped ? TEXT.slice(snapped.start, snapped.end) : ''}</output>
    </>
  );
}

describe('the marked text', () => {
  it('marks a flagged span across a line break on both lines', () => {
    // "They met." ends the first line; the span runs on into the second.
    const start = TEXT.indexOf('met.');
    const end = TEXT.indexOf('ministers') + 'ministers'.length;
    render(
      <MarkedText
        document={document}
        spans={[]}
        selection={null}
        snapped={null}
        flagged={[{ start, end }]}
        onSelectionChange={() => undefined}
        onOpenStances={() => undefined}
        scrollTarget={null}
      />,
    );
    const lines = [...screen.getByRole('textbox').querySelectorAll(':scope > [data-o]')];
    expect(lines).toHaveLength(2);
    const flaggedText = lines.map((line) =>
      [...line.querySelectorAll('.is-flagged')].map((part) => part.textContent).join(''),
    );
    expect(flaggedText).toEqual(['met.', 'The ministers']);
  });

  it('shows the text exactly, marks coded spans by polarity and counts shared ones', () => {
    render(<Harness onOpen={() => undefined} />);
    const text = screen.getByRole('textbox', { name: 'Source text: Report' });
    expect(text).toHaveAttribute('aria-readonly', 'true');
    // Every character of the stored text, in order, and nothing else (lines as blocks).
    const blocks = [...text.querySelectorAll(':scope > [data-o]')].map((b) => b.textContent);
    expect(blocks.join('\n')).toBe(TEXT);
    const shared = text.querySelector('mark.code-mark--negative')!;
    expect(shared).toHaveTextContent('condemned the strikes');
    expect(shared).toHaveAttribute('data-count', '2');
    expect(text.querySelector('mark.code-mark--directive')).not.toHaveAttribute('data-count');
  });

  it('moves a caret with the keys, extends with Shift and snaps to words', () => {
    render(<Harness onOpen={() => undefined} />);
    const text = screen.getByRole('textbox');
    text.focus();
    fireEvent.keyDown(text, { key: 'ArrowDown' });
    // Ctrl+→ by words: "The", "ministers"; then Shift+→ by characters into "“condemned".
    fireEvent.keyDown(text, { key: 'ArrowRight', ctrlKey: true });
    fireEvent.keyDown(text, { key: 'ArrowRight', ctrlKey: true });
    fireEvent.keyDown(text, { key: 'ArrowRight', shiftKey: true });
    fireEvent.keyDown(text, { key: 'ArrowRight', shiftKey: true });
    fireEvent.keyDown(text, { key: 'ArrowRight', shiftKey: true });
    fireEvent.keyDown(text, { key: 'ArrowRight', shiftKey: true, ctrlKey: true });
    const quoted = screen.getByRole('status');
    expect(quoted).toHaveTextContent(/^“condemned$/);
    // Drawn over the plain “ and into the mark: the selection crosses a coded span's edge.
    const selected = [...text.querySelectorAll('.is-selected')].map((el) => el.textContent);
    expect(selected).toEqual(['“', 'condemned']);
    expect(text.querySelector('.code-text__caret')).not.toBeNull();
    fireEvent.keyDown(text, { key: 'Escape' });
    expect(quoted).toHaveTextContent(/^$/);
  });

  it('opens the stances of a marked span with Enter', () => {
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    const text = screen.getByRole('textbox');
    fireEvent.keyDown(text, { key: 'End', ctrlKey: true });
    for (let i = 0; i < 3; i++) fireEvent.keyDown(text, { key: 'ArrowLeft' });
    fireEvent.keyDown(text, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(['c'], TEXT.length - 3);
  });
});
