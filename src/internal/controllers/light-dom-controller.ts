/**
 * The small half of reading an element's own light DOM (`inline-json-controller.ts` has the
 * article reader): `LightDomController` calls the element's reader when it connects and again
 * whenever the page edits its children (text, elements, and the attributes it names);
 * `jsonChildText` / `parseJsonChild` read a `<script type="application/json">` child. Elements
 * that read no articles (`<news-tags>`, `<news-breadcrumbs>`, `<photo-caption>`) import this
 * module alone, without the article reader and its validation.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

const SELECTOR = ':scope > script[type="application/json"]';

/** The text of the host's own `<script type="application/json">` child, or undefined. */
export function jsonChildText(host: Element): string | undefined {
  return host.querySelector(SELECTOR)?.textContent ?? undefined;
}

/**
 * `read(JSON.parse(text))`, or `[]` with one console warning naming `tag` when that throws; but
 * `undefined` (not read yet) while the page is still being parsed: an element defined before the
 * parser has read all of its child (an `async` script, a long page arriving in parts) sees the
 * child's first part. `LightDomController` reads again as the rest arrives, and once the page
 * has been parsed, when a child that is still invalid gets its warning.
 */
export function parseJsonChild<T>(
  text: string,
  tag: string,
  read: (json: unknown) => T[]
): T[] | undefined {
  try {
    return read(JSON.parse(text));
  } catch {
    if (document.readyState === 'loading') return undefined;
    console.warn(`${tag}: the JSON child is not valid JSON`);
    return [];
  }
}

/**
 * Calls `read` when the host connects, and whenever its light DOM changes (children, their text,
 * and the attributes in `attributeFilter`) until it disconnects; connected while the page is
 * being parsed, once more when it has been.
 */
export class LightDomController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly read: () => void,
    private readonly attributeFilter?: string[]
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    // Connected while the page is still being parsed: read once more when it is all there.
    // (DOMContentLoaded bubbles from the document to the window.)
    if (document.readyState === 'loading')
      addEventListener('DOMContentLoaded', this.read, {once: true});
    this.observer ??= new MutationObserver(() => this.read());
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      ...(this.attributeFilter ? {attributes: true, attributeFilter: this.attributeFilter} : {}),
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
