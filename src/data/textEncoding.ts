/**
 * Datasets are UTF-8. A file saved as UTF-16 arrives, read as UTF-8, as replacement
 * characters and NULs; say which encoding it is instead of "Unexpected token '�'".
 */

/** The encoding a UTF-16 file reveals in its first characters, or null. */
function utf16Kind(text: string): string | null {
  const head = text.slice(0, 64);
  // Its byte-order mark read as UTF-8 (two U+FFFD) or as Latin-1 ("ÿþ", "þÿ").
  const marked = head.startsWith('\uFFFD\uFFFD') || head.startsWith('ÿþ') || head.startsWith('þÿ');
  if (marked && (head.charCodeAt(2) === 0 || head.charCodeAt(3) === 0)) {
    const nulFirst = head.charCodeAt(2) === 0;
    const bigEndian = head.startsWith('þÿ') || (head.startsWith('\uFFFD\uFFFD') && nulFirst);
    return bigEndian ? 'UTF-16 (big-endian, BOM FE FF)' : 'UTF-16 (little-endian, BOM FF FE)';
  }
  // No mark, but every other byte of the ASCII JSON is zero.
  const ascii = (i: number) => /[\s!-~]/.test(head[i] ?? '');
  const nul = (i: number) => head.charCodeAt(i) === 0;
  if (nul(0) && ascii(1) && nul(2) && ascii(3)) return 'UTF-16 (big-endian)';
  if (ascii(0) && nul(1) && ascii(2) && nul(3)) return 'UTF-16 (little-endian)';
  return null;
}

/** Why the text cannot be a UTF-8 dataset, or null. */
export function encodingProblem(text: string): string | null {
  const kind = utf16Kind(text);
  return kind ? `the file is ${kind}, not UTF-8; save it as UTF-8 and load it again` : null;
}

/**
 * Bytes to text for a dataset: UTF-8 (a byte-order mark dropped); UTF-16 with a
 * byte-order mark is read as such. For callers that hold the file's bytes.
 */
export function decodeDatasetBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Strict UTF-8, a byte-order mark dropped: throws on bytes in another encoding, which
 * the caller refuses by name rather than read as garbled quotes.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
