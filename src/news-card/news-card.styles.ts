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
