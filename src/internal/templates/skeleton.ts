/**
 * The loading skeleton of every element that loads a feed (re-exported by `states.ts`): its own
 * module so `<news-card>` shows it, in the loaded card's reserved space, from the always-loaded
 * core while the rest of the states load with the first `src` (styles: `stateStyles`).
 */
import {html, type TemplateResult} from 'lit';

/** Reserved boxes in the card's shape while loading, hidden from assistive technology. */
export function skeletonTemplate(count: number, layout = 'vertical'): TemplateResult {
  return html`<div class="skeletons" aria-hidden="true">
    ${Array.from(
      {length: Math.max(1, Math.min(count, 50))},
      () =>
        html`<div part="skeleton" class="skeleton skeleton--${layout}">
          ${layout === 'compact' ? '' : html`<div class="sk-media"></div>`}
          <div class="sk-line sk-line--wide"></div>
          <div class="sk-line"></div>
        </div>`
    )}
  </div>`;
}
