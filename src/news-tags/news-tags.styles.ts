import {css} from 'lit';
import {linkStyles} from '../styles/links.js';

export const newsTagsStyles = css`
  :host {
    --_tags-gap: var(--news-tags-gap, var(--_space-xs));
    --_tags-label-color: var(--news-tags-label-color, var(--_color-text));
    --_tags-label-transform: var(--news-tags-label-transform, none);
    --_tags-label-suffix: var(--news-tags-label-suffix, ':');
    --_tags-tag-border: var(--news-tags-tag-border, 1px solid var(--_color-border));
    --_tags-tag-radius: var(--news-tags-tag-radius, 999px);
    --_tags-tag-color: var(--news-tags-tag-color, var(--_color-muted));
    display: block;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-s);
    font-size: 0.875rem;
    line-height: 1.45;
  }
  .label {
    font-weight: 600;
    color: var(--_tags-label-color);
    text-transform: var(--_tags-label-transform);
  }
  /* Decoration only: screen readers read the label, not its colon. */
  .label::after {
    content: var(--_tags-label-suffix) / '';
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_tags-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    padding-block: 0.0625rem;
    padding-inline: var(--_space-s);
    border: var(--_tags-tag-border);
    border-radius: var(--_tags-tag-radius);
    color: var(--_tags-tag-color);
    overflow-wrap: anywhere;
  }
  ${linkStyles}
  @media (forced-colors: active) {
    li {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
