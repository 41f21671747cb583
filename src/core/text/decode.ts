/** Result of turning file bytes into text, with what the user should know about it. */
export interface DecodedText {
  text: string;
  /** Set when the bytes are not text at all; the document should be skipped. */
  binary?: boolean;
  /** Plain-words notes: BOM removed, invalid UTF-8 replaced, UTF-16 detected. */
  notices: string[];
}

/** Decode file bytes: UTF-8 (with or without BOM), UTF-16 with BOM; NUL bytes mean binary. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const notices: string[] = [];
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    notices.push(`Decoded as UTF-16 ${le ? 'LE' : 'BE'} (byte order mark found).`);
    return { text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)), notices };
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    notices.push('UTF-8 byte order mark ignored.');
  }
  const body = bytes.subarray(start);
  if (body.includes(0)) return { text: '', binary: true, notices: ['Binary file (contains NUL bytes): skipped.'] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), notices };
  } catch {
    notices.push('Invalid UTF-8: undecodable bytes were replaced with U+FFFD.');
    return { text: new TextDecoder('utf-8').decode(body), notices };
  }
}
