/**
 * The loading skeleton's styles (`skeleton.ts`): its own module, as `<news-card>` in the CDN's
 * core has them without the other states' (`states.styles.ts`, which includes these).
 */
import {css} from 'lit';

export const skeletonStyles = css`
  .skeleton {
    display: grid;
    gap: var(--_space-s);
  }
  /* The loaded card's shape: image beside the text in horizontal cards, none in compact. */
  .skeleton--horizontal {
    grid-template-columns: minmax(6rem, 38%) 1fr;
    grid-template-rows: auto auto 1fr;
    column-gap: var(--_space-m);
    align-content: start;
  }
  .skeleton--horizontal .sk-media {
    grid-row: 1 / 4;
  }
  .skeleton--hero .sk-line--wide {
    block-size: 2.25rem;
  }
  .sk-media {
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
    background: var(--_color-placeholder);
  }
  .sk-line {
    block-size: 1rem;
    inline-size: 60%;
    border-radius: var(--_radius);
    background: var(--_color-placeholder);
  }
  .sk-line--wide {
    block-size: 1.5rem;
    inline-size: 90%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.6;
      }
    }
  }
  @media (forced-colors: active) {
    .sk-media,
    .sk-line {
      background: GrayText;
    }
  }
`;
