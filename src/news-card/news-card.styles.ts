import {css} from 'lit';

export const newsCardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
`;
