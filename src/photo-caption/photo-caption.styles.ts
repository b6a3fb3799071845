import {css} from 'lit';
import {imageRatioStyles} from '../styles/image-ratios.js';

export const photoCaptionStyles = css`
  :host {
    --_pc-caption-color: var(--news-photo-caption-color, var(--_color-muted));
    --_pc-caption-size: var(--news-photo-caption-size, 0.875rem);
    --_pc-translation-style: var(--news-photo-caption-translation-style, italic);
    --_pc-radius: var(--news-photo-caption-radius, var(--_radius));
    --_pc-fit: var(--news-photo-caption-fit, cover);
    --_pc-backdrop: var(--news-photo-caption-backdrop, rgb(0 0 0 / 0.85));
    display: block;
  }
  figure {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
  }
  .media {
    position: relative;
    overflow: hidden;
    border-radius: var(--_pc-radius);
    background: var(--_color-placeholder);
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    object-fit: var(--_pc-fit);
  }
  /* A broken image leaves the neutral box, not the browser's broken-image icon. */
  .media img.broken {
    visibility: hidden;
  }
  ${imageRatioStyles}
  figcaption {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    color: var(--_pc-caption-color);
    font-size: var(--_pc-caption-size);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  .translation {
    font-style: var(--_pc-translation-style);
  }
  .credit {
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .zoom {
    position: absolute;
    inset-block-end: var(--_space-s);
    inset-inline-end: var(--_space-s);
    display: grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: 1px solid rgb(255 255 255 / 0.6);
    border-radius: 50%;
    background: rgb(0 0 0 / 0.65);
    color: #fff;
    cursor: zoom-in;
  }
  /* Over a photo (Enlarge image) or the backdrop (Close) the colour behind the ring is unknown:
     a white ring inside a black one, each 3px, so one of them has 3:1 or more (at least 4.5:1)
     against any colour. */
  .zoom:focus-visible,
  .close:focus-visible {
    outline: 3px solid #fff;
    outline-offset: 0;
    box-shadow: 0 0 0 6px #000;
  }
  .zoom svg,
  .close svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  dialog {
    max-inline-size: 100vw;
    max-block-size: 100vh;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    padding-block: 4.5rem var(--_space-m);
    padding-inline: var(--_space-m);
    box-sizing: border-box;
    overflow: auto;
    border: 0;
    background: transparent;
    color: #fff;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space-s);
  }
  dialog::backdrop {
    background: var(--_pc-backdrop);
  }
  dialog img {
    display: block;
    max-inline-size: 100%;
    max-block-size: calc(100dvh - 10rem);
    object-fit: contain;
  }
  dialog p {
    margin: 0;
    max-inline-size: 60rem;
    font-size: var(--_pc-caption-size);
    text-align: center;
  }
  .close {
    position: absolute;
    inset-block-start: var(--_space-m);
    inset-inline-end: var(--_space-m);
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2.75rem;
    padding-inline: var(--_space-m);
    border: 1px solid rgb(255 255 255 / 0.6);
    border-radius: 999px;
    background: rgb(0 0 0 / 0.65);
    color: #fff;
    font: inherit;
    cursor: pointer;
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: fade-in 0.15s ease-out;
    }
  }
  @keyframes fade-in {
    from {
      opacity: 0;
    }
  }
  @media (forced-colors: active) {
    .media {
      border: 1px solid CanvasText;
    }
    .zoom,
    .close {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .close:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    /* No box-shadow in forced colours, and the photo keeps its own colours: the ring goes
       inside the button, on its ButtonFace. */
    .zoom:focus-visible {
      outline: 4px solid ButtonText;
      outline-offset: -6px;
    }
    dialog {
      background: Canvas;
      color: CanvasText;
    }
  }
`;
