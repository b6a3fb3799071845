// The client of the server-rendered page: hydration support first (it must load before Lit's
// element class), then the elements, which hydrate the server's declarative shadow DOM.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '/dist/define.js';
