/**
 * Guarded define: a tag that is already defined (another copy of news-blocks, or the page's own
 * element) is left alone, with one console warning.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor) {
    console.warn(`news-blocks: <${tag}> is already defined; leaving the existing definition.`);
  }
}
