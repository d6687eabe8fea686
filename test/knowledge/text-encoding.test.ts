import { decodeUtf8, isUtf16 } from '../../src/knowledge/text-encoding';

describe('decodeUtf8', () => {
  it('decodes UTF-8, dropping a leading byte-order mark unless asked to keep it', () => {
    const bytes = Buffer.from('\ufeffcafé', 'utf8');
    expect(decodeUtf8(bytes)).toBe('café');
    expect(decodeUtf8(bytes, { keepBom: true })).toBe('\ufeffcafé');
  });

  it('refuses bytes that are not UTF-8 (Windows-1252 "café")', () => {
    expect(decodeUtf8(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBeUndefined();
  });
});

describe('isUtf16', () => {
  it('knows UTF-16 by its byte-order mark, either way round', () => {
    expect(isUtf16(Buffer.from('\ufeffhi', 'utf16le'))).toBe(true);
    expect(isUtf16(Buffer.from([0xfe, 0xff, 0x00, 0x68]))).toBe(true);
    expect(isUtf16(Buffer.from('hi', 'utf8'))).toBe(false);
  });
});
