/**
 * Bytes → text, the way a browser decodes a document: the charset comes from, in order, a byte
 * order mark, the HTTP `Content-Type` charset, the XML declaration's `encoding` (or, for a web
 * page, its `<meta charset>`), else UTF-8. Any encoding `TextDecoder` knows is read; bytes that
 * are not valid in it become U+FFFD, never an error.
 */

/** A `TextDecoder` for `label`, or undefined when the browser does not know that encoding. */
function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return undefined;
  }
}

function fromBom(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The `charset` parameter of a `Content-Type` value. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType ?? '');
  return (m?.[1] ?? m?.[2])?.trim() || undefined;
}

/** The encoding the document declares in its first 1,024 bytes (XML declaration or meta). */
function fromDeclaration(b: Uint8Array): string | undefined {
  // The head as Latin-1: every byte one character, so ASCII markup reads in any ASCII superset.
  let head = '';
  for (let i = 0; i < Math.min(b.length, 1024); i++) head += String.fromCharCode(b[i]);
  const xml = /<\?xml\s[^>]*?encoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']/.exec(head);
  if (xml) return xml[1];
  if (/^\s*[{[]/.test(head)) return undefined; // JSON is UTF-8 (RFC 8259)
  // `<meta charset="…">`, and `charset=…` inside `<meta http-equiv … content="…">`.
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1];
}

/** The encoding these bytes are read in (a `TextDecoder` encoding name). */
export function sniffEncoding(bytes: Uint8Array, contentType?: string | null): string {
  const bom = fromBom(bytes);
  if (bom) return bom;
  const http = decoderFor(charsetOf(contentType))?.encoding;
  if (http) return http;
  const declared = decoderFor(fromDeclaration(bytes))?.encoding;
  // A document that declares UTF-16 in ASCII bytes (no BOM) is not UTF-16: browsers read UTF-8.
  if (declared && !declared.startsWith('utf-16')) return declared;
  return 'utf-8';
}

/** The text of a response body, decoded as a browser would (invalid bytes → U+FFFD). */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): string {
  const encoding = sniffEncoding(bytes, contentType);
  const text = (decoderFor(encoding) ?? new TextDecoder()).decode(bytes);
  // windows-1258 writes most Vietnamese letters as a base letter and a combining tone mark;
  // composed, they compare, search and wrap like the same text in UTF-8.
  return encoding === 'windows-1258' ? text.normalize('NFC') : text;
}
