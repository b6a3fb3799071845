import {css} from 'lit';
import {reserveStyles} from '../styles/reserve.js';

export const newsCardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  /* The skeleton and the card keep the loaded space (styles/reserve.ts, news-blocks.css). */
  ${reserveStyles('news-card', '.card, .skeletons')}
`;

/**
 * The card at its content's own size, not the reserved one: once the reservation ends (a card
 * with a source, out of view), or at once for a card a script made and gave an `article`.
 * Specific enough to win over every `:host([…]) .card` rule of the reservation.
 */
export const cardFitStyles = css`
  .card.card.card.card {
    min-block-size: 0;
  }
`;
