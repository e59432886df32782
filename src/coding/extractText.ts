/**
 * A source file's text, as the analyst will code it: .txt as is (UTF-8, byte-order mark
 * dropped), .html as its visible text (scripts, styles and hidden parts dropped; parsed
 * inertly by DOMParser, never run), .docx through mammoth and .pdf through pdf.js, each
 * loaded only when such a file is opened. The text is stored exactly as returned here.
 */

export const TEXT_FILE_TYPES = '.txt,.text,.md,.html,.htm,.docx,.pdf';

export class TextFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TextFileError';
  }
}

/** Refused before reading: a communiqué is never this long, a mis-picked file may be. */
export const MAX_TEXT_FILE_BYTES = 30 * 1024 * 1024;

export async function extractText(file: File): Promise<string> {
  if (file.size > MAX_TEXT_FILE_BYTES)
    throw new TextFileError(`${file.name}: the file is larger than 30 MB`);
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  let text: string;
  switch (extension) {
    case 'txt':
    case 'text':
    case 'md':
    case '':
      text = await file.text();
      break;
    case 'html':
    case 'htm':
      text = htmlToText(await file.text());
      break;
    case 'docx':
      text = await docxToText(file.name, await file.arrayBuffer());
      break;
    case 'pdf':
      text = await pdfToText(file.name, await file.arrayBuffer());
      break;
    default:
      throw new TextFileError(
        `${file.name}: .${extension} files cannot be read; open a .txt, .html, .docx or .pdf file, or paste the text`,
      );
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim())
    throw new TextFileError(
      `${file.name}: no text found in the file` +
        (extension === 'pdf'
          ? ' (a scanned PDF holds pictures of pages, not text: run it through text recognition first, or paste the text)'
          : ''),
    );
  return text;
}

const BLOCK =
  /^(address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tr|ul)$/;
const DROPPED =
  'script,style,noscript,template,iframe,object,embed,svg,head,[hidden],[aria-hidden="true"]';

/** The visible text of an HTML page: blocks on lines of their own, runs of space as one. */
export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  document.querySelectorAll(DROPPED).forEach((element) => element.remove());
  document.querySelectorAll<HTMLElement>('[style]').forEach((element) => {
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? ''))
      element.remove();
  });
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    const trimmed = line.replace(/[ \t]+/g, ' ').trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      line += pre ? value : value.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'br') {
      breakLine();
      return;
    }
    const block = BLOCK.test(tag);
    if (block) breakLine();
    for (const child of Array.from(node.childNodes)) walk(child, pre || tag === 'pre');
    if (block) breakLine();
  };
  walk(document.body, false);
  breakLine();
  return lines.join('\n');
}

async function docxToText(name: string, data: ArrayBuffer): Promise<string> {
  // A UMD bundle: the bundler may hand it over as the module or as its default export.
  const module = (await import('mammoth/mammoth.browser.js')) as Partial<MammothModule> & {
    default?: MammothModule;
  };
  const mammoth = (module.extractRawText ? module : module.default) as MammothModule;
  let result: { value: string };
  try {
    result = await mammoth.extractRawText({ arrayBuffer: data });
  } catch {
    // mammoth's own words name zip internals ("end of central directory"), not the file.
    throw new TextFileError(
      `${name}: not a readable Word document (.docx): the file is damaged or in another format (an old .doc must be saved as .docx first)`,
    );
  }
  return result.value.replace(/\n{3,}/g, '\n\n').trim();
}

interface MammothModule {
  extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

async function pdfToText(name: string, data: ArrayBuffer): Promise<string> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // No scripting, no fonts from the file's own code: text only.
  const task = pdfjs.getDocument({ data, isEvalSupported: false, enableXfa: false });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    // Without an onPassword handler, pdf.js refuses a protected file with this exception.
    throw new TextFileError(
      error instanceof Error && error.name === 'PasswordException'
        ? `${name}: the PDF is protected by a password; remove it, or paste the text`
        : `${name}: not a readable PDF: the file is damaged or not a PDF`,
    );
  }
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text.trim());
  }
  await pdf.destroy();
  return pages.filter(Boolean).join('\n\n');
}
