/** Text of the light DOM around the `<img>`: `<br>` and elements end a line, as in HTML. */
export function lightText(host: Element): string {
  const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ');
  let out = '';
  for (const node of host.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out += flat(node.textContent);
    else if (node instanceof Element && !/^(IMG|SCRIPT|STYLE|TEMPLATE|PICTURE)$/.test(node.tagName))
      out += node.tagName === 'BR' ? '\n' : `\n${flat(node.textContent)}\n`;
  }
  return out.trim();
}
