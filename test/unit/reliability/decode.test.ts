import * as assert from 'node:assert/strict';
import { decodeBytes } from '../../../src/core/text/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes: bad input gets a clear message and loses nothing', () => {
  const cases: { name: string; bytes: Uint8Array; text?: string; binary?: boolean; notice?: RegExp }[] = [
    { name: 'plain UTF-8', bytes: utf8('Putin’s visit\n'), text: 'Putin’s visit\n' },
    { name: 'UTF-8 with BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title')]), text: 'Title', notice: /byte order mark/ },
    { name: 'UTF-16 LE with BOM', bytes: new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x19, 0x20]), text: 'A’', notice: /UTF-16 LE/ },
    { name: 'UTF-16 BE with BOM', bytes: new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0x42]), text: 'AB', notice: /UTF-16 BE/ },
    { name: 'invalid UTF-8', bytes: new Uint8Array([0x61, 0xff, 0x62]), text: 'a\ufffdb', notice: /Invalid UTF-8/ },
    { name: 'NUL bytes (binary)', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), binary: true, notice: /Binary/ },
    { name: 'empty file', bytes: new Uint8Array([]), text: '' },
    { name: 'CRLF kept as is', bytes: utf8('a\r\nb'), text: 'a\r\nb' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = decodeBytes(c.bytes);
      if (c.text !== undefined) assert.equal(r.text, c.text);
      assert.equal(Boolean(r.binary), Boolean(c.binary));
      if (c.notice) assert.ok(r.notices.some((n) => c.notice!.test(n)), r.notices.join(' | '));
      else assert.deepEqual(r.notices, []);
    });
  }
});
