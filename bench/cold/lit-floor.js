// The Lit floor: the vanilla floor's 26 lines as one LitElement. It fetches the feed, parses it
// with DOMParser and renders ten cards with one `html` template into its shadow root. No error
// handling, sanitizing, localization or layout reservation: the least a Lit-based element does.
// With an `extra` attribute (the bytes floor, a page scripts/bench-cold.mjs writes), it also
// downloads those space-separated URLs beside the feed, without running them, and renders once
// all have arrived: the module page's bytes with none of the library's work.
// scripts/bench-cold.mjs bundles it with Lit (rollup, terser) into bench/cold/.build/ and serves
// it gzip-compressed like the library's own files.
import {LitElement, html, css} from 'lit';

class LitFloor extends LitElement {
  static properties = {src: {}, extra: {}, items: {state: true}};
  static styles = css`
    :host {
      display: block;
    }
  `;
  constructor() {
    super();
    // Set here, not as a class field (a field would shadow Lit's reactive accessor).
    this.items = [];
  }
  connectedCallback() {
    super.connectedCallback();
    const extra = (this.extra ?? '')
      .split(' ')
      .filter(Boolean)
      .map((u) => fetch(u).then((r) => r.arrayBuffer()));
    Promise.all([fetch(this.src).then((r) => r.text()), ...extra]).then(([text]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      this.items = [...doc.querySelectorAll('item')].slice(0, 10).map((item) => {
        const get = (sel) => item.querySelector(sel)?.textContent?.trim() ?? '';
        return {
          image: item.querySelector('enclosure')?.getAttribute('url') ?? '',
          link: get('link'),
          title: get('title'),
          summary: new DOMParser().parseFromString(get('description'), 'text/html').body
            .textContent,
          date: new Date(get('pubDate')).toLocaleString(),
        };
      });
    });
  }
  render() {
    return html`<ul>
      ${this.items.map(
        (i) =>
          html`<li class="card">
            <img src=${i.image} alt="" width="800" height="450" />
            <h3><a href=${i.link}>${i.title}</a></h3>
            <p>${i.summary}</p>
            <time>${i.date}</time>
          </li>`
      )}
    </ul>`;
  }
}
customElements.define('lit-floor', LitFloor);
