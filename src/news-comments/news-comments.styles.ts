import {css} from 'lit';

export const newsCommentsStyles = css`
  :host {
    display: block;
    --_comments-indent: var(--news-comments-indent, var(--_space-l));
    --_comments-rule: var(--news-comments-rule-color, var(--_color-border));
    --_comments-avatar-radius: var(--news-comments-avatar-radius, 50%);
  }
  .heading,
  .reply-heading {
    margin: 0 0 var(--_space-m);
    font-family: var(--_font-headline);
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .replies {
    margin-block-start: var(--_space-m);
    padding-inline-start: var(--_comments-indent);
    border-inline-start: 2px solid var(--_comments-rule);
  }
  .item + .item {
    margin-block-start: var(--_space-m);
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_comments-rule);
  }
  .comment:focus-visible,
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .comment:focus:not(:focus-visible) {
    outline: none;
  }
  .comment-header {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .avatar {
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: var(--_comments-avatar-radius);
    background: var(--_color-placeholder);
    object-fit: cover;
  }
  .who {
    display: flex;
    flex-direction: column;
    align-items: start;
    min-inline-size: 0;
  }
  /* The author and time links sit one above the other: each at least 24px tall (WCAG 2.5.8). */
  .who > a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  .author {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_color-link);
  }
  .when,
  .reply-to,
  .shown,
  .reply-note {
    color: var(--_color-muted);
    font-size: 0.875rem;
  }
  .reply-to {
    margin: var(--_space-xs) 0 0;
    font-style: italic;
  }
  .content {
    overflow-wrap: anywhere;
  }
  .content p {
    margin: var(--_space-s) 0 0;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin-block-start: var(--_space-m);
  }
  /* .button: the shared button (internal/templates/button.styles.ts, in stateStyles). */
  .button[disabled] {
    cursor: progress;
    opacity: 0.7;
  }
  .reply-form {
    margin-block-start: var(--_space-l);
    padding-block-start: var(--_space-m);
    border-block-start: 2px solid var(--_comments-rule);
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    margin: 0 0 var(--_space-m);
  }
  input,
  textarea {
    font: inherit;
    max-inline-size: 100%;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  [aria-invalid='true'] {
    border-color: var(--_color-accent);
    border-width: 2px;
  }
  .required {
    color: var(--_color-accent);
  }
  .reply-status {
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_comments-rule);
    border-inline-start: 4px solid var(--_color-link);
    border-radius: var(--_radius);
  }
  .reply-status--error {
    border-inline-start-color: var(--_color-accent);
  }
  @media (forced-colors: active) {
    .replies,
    .item + .item,
    .reply-status {
      border-color: CanvasText;
    }
  }
`;
