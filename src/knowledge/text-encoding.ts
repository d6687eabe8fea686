/**
 * Strict UTF-8, for files HR saves: text in another encoding (older Excel's Windows-1252) is refused where it
 * is found, rather than served with "�" in place of every accented letter.
 */
const WITHOUT_BOM = new TextDecoder('utf-8', { fatal: true });
const AS_IS = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of UTF-8 bytes, or undefined when they are not UTF-8. A leading byte-order mark is dropped unless
 * `keepBom` (a cell's own U+FEFF, once the file's mark is gone).
 */
export function decodeUtf8(bytes: Uint8Array, { keepBom = false } = {}): string | undefined {
  try {
    return (keepBom ? AS_IS : WITHOUT_BOM).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 text ("Unicode Text" in Excel, some Windows editors) starts with its byte-order mark. */
export function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
