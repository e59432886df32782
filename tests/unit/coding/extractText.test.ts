// @vitest-environment jsdom
import { extractText, htmlToText } from '../../../src/coding/extractText';

describe('text from a source file', () => {
  it('keeps a .txt file exactly as written, byte-order mark aside', async () => {
    const text = '“Quoted” — and  two spaces\r\nTUSAŞ\n';
    const file = new File(['\uFEFF' + text], 'a.txt', { type: 'text/plain' });
    expect(await extractText(file)).toBe(text);
  });

  it('takes only the visible text of an HTML page, never running its scripts', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body>
      <h1>Final   communiqué</h1><script>window.ran = true</script>
      <p>They <b>condemned</b> the strikes.<br>Next line.</p>
      <div hidden>secret</div><p style="display:none">gone</p><noscript>ns</noscript>
      <ul><li>One</li><li>Two</li></ul></body></html>`;
    expect(htmlToText(html)).toBe(
      'Final communiqué\nThey condemned the strikes.\nNext line.\nOne\nTwo',
    );
    expect((window as { ran?: boolean }).ran).toBeUndefined();
  });

  it('refuses a file type it cannot read, naming what it can', async () => {
    await expect(extractText(new File(['x'], 'deck.pptx'))).rejects.toThrow(
      'deck.pptx: .pptx files cannot be read; open a .txt, .html, .docx or .pdf file, or paste the text',
    );
    await expect(extractText(new File(['  \n'], 'empty.txt'))).rejects.toThrow(/no text found/);
  });
});
