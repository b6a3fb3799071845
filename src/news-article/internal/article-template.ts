/**
 * The whole of `<news-article>` once it has an article: breadcrumbs, header (section, headline,
 * standfirst, meta line), lead photo, body, and the footer (source line, link to the original,
 * tags, comments link and list). The header's and footer's pieces are in `templates.ts`; the
 * headline and the "According to" line are the card's.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Article} from '../../data/article.js';
import {summaryRepeatsBody} from '../../data/conventions.js';
import {canonicalUrl} from '../../data/merge.js';
import {safeUrl} from '../../data/sanitize.js';
import {pageUrl} from '../../data/ssr.js';
import {isolateIn} from '../../i18n/bidi.js';
import {msg} from '../../i18n/localize.js';
import {directionOf} from '../../i18n/resolve.js';
import {headingTemplate, sourceText} from '../../internal/templates/card.js';
import type {BreadcrumbItem} from '../../news-breadcrumbs/news-breadcrumbs.component.js';
// Define nothing (the element registers them through `dependencies`): the tags' types.
import '../../news-breadcrumbs/news-breadcrumbs.component.js';
import '../../news-tags/news-tags.component.js';
import {
  BREADCRUMB_PARTS,
  commentsTemplate,
  leadPhotoTemplate,
  metaTemplate,
  TAG_PARTS,
  type MetaOptions,
} from './templates.js';

const primary = (lang: string | undefined) => lang?.toLowerCase().split('-')[0];

/** The page this runs on (the server's page URL on a server). */
const here = () => globalThis.location?.href ?? pageUrl();

function sameUrl(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && canonicalUrl(a, here()) === canonicalUrl(b, here());
}

/** The default trail: Home (the `home` URL, else the article's site root) / the section. */
export function defaultCrumbs(a: Article, homeUrl: string | undefined): BreadcrumbItem[] {
  if (!a.section) return [];
  let home = safeUrl(homeUrl, here());
  if (!home && a.url) home = safeUrl('/', a.url);
  const homeName = msg('Home', {
    id: 'news-article.home',
    desc: 'First breadcrumb: the home page',
  });
  return [home ? {name: homeName, url: home} : {name: homeName}, {name: a.section}];
}

/** What the element passes to its template besides the article. */
export interface ArticleView extends MetaOptions {
  /** The UI language, and the host's (the article is marked with its own when they differ). */
  locale: string;
  hostLang?: string;
  headingLevel: number;
  crumbs: BreadcrumbItem[];
  breadcrumbSeparator?: string;
  /** The body (or its skeleton), and whether it is there yet. */
  body: unknown;
  bodyReady: boolean;
  tagHrefTemplate?: string;
  tagsLabel?: string;
  /** The true number of comments, when known. */
  commentsTotal?: number;
  /** The `<news-comments>` under the footer, or `nothing`. */
  commentsList: unknown;
}

export function articleTemplate(a: Article, v: ArticleView): TemplateResult {
  const marked = !!a.language && primary(a.language) !== primary(v.hostLang);
  const lang = marked ? a.language : undefined;
  const dir = marked ? directionOf(a.language) : undefined;
  const href = safeUrl(a.url);
  const source = a.source?.name;
  const sourceUrl = safeUrl(a.source?.url);
  const sourceLine = source ? isolateIn(sourceText, source) : '';
  return html`<article part="article" class="article">
    ${
      v.crumbs.length
        ? html`<news-breadcrumbs
            part="breadcrumbs"
            exportparts=${BREADCRUMB_PARTS}
            .items=${v.crumbs}
            separator=${ifDefined(v.breadcrumbSeparator)}
          ></news-breadcrumbs>`
        : nothing
    }
    <header part="header" class="header">
      ${
        a.section
          ? html`<p part="section" class="section" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
              ${a.section}
            </p>`
          : nothing
      }
      <div class="headline-box" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
        ${headingTemplate(v.headingLevel, a.title || href || '')}
      </div>
      ${
        a.summary && !summaryRepeatsBody(a.summary, a.contentHtml)
          ? html`<p part="summary" class="summary" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
              ${a.summary}
            </p>`
          : nothing
      }
      ${metaTemplate(a, v.locale, v)}
    </header>
    ${leadPhotoTemplate(a, lang)}
    ${
      a.contentHtml
        ? html`<div
            part="body"
            class="body"
            lang=${ifDefined(lang)}
            dir=${ifDefined(dir)}
            aria-busy=${v.bodyReady ? 'false' : 'true'}
          >
            ${v.body}
          </div>`
        : nothing
    }
    <footer part="footer" class="footer">
      ${
        source
          ? html`<p part="source" class="source">
              ${sourceUrl ? html`<a href=${sourceUrl}>${sourceLine}</a>` : sourceLine}
            </p>`
          : nothing
      }
      ${
        // No "Read the original" on the original's own page.
        href && !sameUrl(href, here())
          ? html`<p part="original" class="original">
              <a href=${href} rel="bookmark"
                >${msg('Read the original article', {
                  id: 'news-article.original',
                  desc: 'Link to the article on the site that published it',
                })}</a
              >
            </p>`
          : nothing
      }
      ${
        a.tags.length
          ? html`<news-tags
              part="tags"
              exportparts=${TAG_PARTS}
              .tags=${a.tags}
              href-template=${ifDefined(v.tagHrefTemplate)}
              label=${ifDefined(v.tagsLabel)}
            ></news-tags>`
          : nothing
      }
      ${commentsTemplate(a, v.locale, v.commentsTotal)} ${v.commentsList}
    </footer>
  </article>`;
}
