import {html, nothing, svg, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {LightDomController} from '../internal/controllers/light-dom-controller.js';
import type {ArticleImage} from '../data/article.js';
import {parseCaption, type CaptionPart} from '../data/conventions.js';
import {safeImageUrl, safeSrcset} from '../data/sanitize.js';
import {NewsElement} from '../base/news-element.js';
import {msg} from '../i18n/localize.js';
import {directionOf} from '../i18n/resolve.js';
import {tokens} from '../styles/tokens.js';
import {nearestPreset, presetClass} from '../styles/image-ratios.js';
import {lightText} from './internal/light-text.js';
import {photoCaptionStyles} from './photo-caption.styles.js';

/** What the light DOM offers: an `<img>` child and the text around it. */
interface LightContent {
  image?: Partial<ArticleImage>;
  caption?: string;
}

/** One language of the caption, ready to render. */
interface Part extends CaptionPart {
  role: 'caption' | 'translation';
}

const positive = (n: unknown): number | undefined => {
  const v = Number(n);
  return Number.isFinite(v) && v > 0 ? Math.round(v) : undefined;
};

const zoomIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/></svg>`;
const closeIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M6 6l12 12M18 6L6 18"/></svg>`;

/**
 * A photo with its caption and credit, as news pages print them: a `<figure>` whose box keeps
 * its size while the image loads (and when it fails), a caption that may be written in two
 * languages (each marked with its own `lang`), and the credit once.
 *
 * The image and caption come from attributes, from the `image` property (an Article's image), or
 * from an `<img>` child and the text beside it (which also show before the element upgrades).
 * A caption written like the seed pages' ("Đào tạo … Nhật Bản. Ảnh - MOLISA." then
 * "Training for … Japan. Photo – MOLISA.") is split into its two languages and one credit.
 *
 * @summary Image, bilingual caption and credit in a `<figure>`; optional full-size view.
 *
 * @slot - An `<img>` and caption text, read when neither `src` nor `image` is set (not shown as such: the element renders them).
 *
 * @csspart figure - The `<figure>`.
 * @csspart image-box - The box that reserves the image's space.
 * @csspart image - The image.
 * @csspart figcaption - The `<figcaption>`.
 * @csspart caption - The caption in its first language.
 * @csspart translation - The caption in its second language.
 * @csspart credit - The credit ("MOLISA").
 * @csspart zoom - The "Enlarge image" button over the image (with `zoomable`).
 * @csspart dialog - The `<dialog>` that shows the full image.
 * @csspart dialog-image - The full image.
 * @csspart dialog-caption - The caption inside the dialog.
 * @csspart close - The dialog's Close button.
 *
 * @cssprop [--news-photo-caption-color=var(--news-color-muted)] - Caption colour.
 * @cssprop [--news-photo-caption-size=0.875rem] - Caption font size.
 * @cssprop [--news-photo-caption-translation-style=italic] - Font style of the second language.
 * @cssprop [--news-photo-caption-radius=var(--news-radius)] - Corner radius of the image.
 * @cssprop [--news-photo-caption-fit=cover] - `object-fit` of the image in its box.
 * @cssprop [--news-photo-caption-backdrop=rgb(0 0 0 / 0.85)] - Backdrop of the full-size view.
 * @cssprop [--news-color-placeholder=#e8e8e8] - Colour of the empty box (global token).
 * @cssprop [--news-color-focus=#0b5cad] - Focus ring colour (global token).
 */
export class PhotoCaption extends NewsElement {
  static override styles = [tokens, photoCaptionStyles];

  constructor() {
    super();
    // Reads the light DOM now and whenever the page edits it.
    new LightDomController(this, () => this.readLight(), [
      'src',
      'alt',
      'width',
      'height',
      'srcset',
    ]);
  }

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.zoom') private zoomButton?: HTMLButtonElement;
  @query('.close') private closeButton?: HTMLButtonElement;

  @state() private light: LightContent = {};
  @state() private broken = false;
  @state() private zoomed = false;

  /** The image: an Article's `image` (url, alt, caption, credit, width, height, srcset). Attributes win over it. */
  @property({attribute: false}) image?: ArticleImage;

  /** Image URL (only http(s) or relative URLs are used). */
  @property() src?: string;

  /** Text alternative of the image; empty when the caption says it all. */
  @property() alt?: string;

  /** The caption. With no `translation`, a caption in two languages is split (see above). */
  @property() caption?: string;

  /** Language of `caption` (BCP 47); guessed from the credit word or letters when absent. */
  @property({attribute: 'caption-lang'}) captionLang?: string;

  /** The caption in a second language. */
  @property() translation?: string;

  /** Language of `translation` (BCP 47). */
  @property({attribute: 'translation-lang'}) translationLang?: string;

  /** Who took or owns the photo ("MOLISA"). Without it, a credit written in the caption is used. */
  @property() credit?: string;

  /** Intrinsic width of the image, in pixels (reserves the box with `height`). */
  @property({type: Number}) width?: number;

  /** Intrinsic height of the image, in pixels. */
  @property({type: Number}) height?: number;

  /** Aspect ratio of the box: `16/9`, `4/3`, `3/2`, `1/1`, `2/3`, `3/4`, `21/9` or `9/16`. */
  @property() ratio?: string;

  /** `srcset` of the image (candidates with other schemes are dropped). */
  @property() srcset?: string;

  /** `sizes` for `srcset` (default `100vw`). */
  @property() sizes?: string;

  /** Load the image at once with high fetch priority (the lead photo of a page). */
  @property({type: Boolean}) priority = false;

  /** Add a button that opens the full image in a dialog. */
  @property({type: Boolean}) zoomable = false;

  private shownSrc?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.dialog?.open) this.dialog.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const src = this.imageSource().url;
    if (src !== this.shownSrc) {
      this.shownSrc = src;
      this.broken = false;
    }
    if (changed.has('zoomable') && !this.zoomable) this.zoomed = false;
  }

  private readLight() {
    const img = this.querySelector(':scope > img');
    const image = img
      ? {
          url: img.getAttribute('src') ?? undefined,
          alt: img.getAttribute('alt') ?? undefined,
          width: positive(img.getAttribute('width')),
          height: positive(img.getAttribute('height')),
          srcset: img.getAttribute('srcset') ?? undefined,
        }
      : undefined;
    const caption = lightText(this) || undefined;
    const next: LightContent = {image, caption};
    if (JSON.stringify(next) !== JSON.stringify(this.light)) this.light = next;
  }

  /**
   * The `image` property as a script without types may give it: a URL string, or an object of
   * which only the fields of the right type count (a caption given as a list threw here).
   */
  private givenImage(): ArticleImage | undefined {
    const i = this.image as unknown;
    if (typeof i === 'string') return {url: i};
    if (!i || typeof i !== 'object') return undefined;
    const o = i as Record<string, unknown>;
    const text = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
    const num = (k: string) => (typeof o[k] === 'number' ? (o[k] as number) : undefined);
    return {
      url: text('url') ?? '',
      alt: text('alt'),
      caption: text('caption'),
      credit: text('credit'),
      srcset: text('srcset'),
      width: num('width'),
      height: num('height'),
    };
  }

  /** Attributes, else the `image` property, else the light DOM. */
  private imageSource() {
    const base = globalThis.document?.baseURI;
    const from = this.givenImage() ?? this.light.image;
    const width = positive(this.width) ?? positive(from?.width);
    const height = positive(this.height) ?? positive(from?.height);
    const hasSize = !!(width && height);
    return {
      url: safeImageUrl(this.src ?? from?.url, base),
      alt: this.alt ?? from?.alt ?? '',
      width: hasSize ? width : undefined,
      height: hasSize ? height : undefined,
      srcset: safeSrcset(this.srcset ?? from?.srcset, base),
    };
  }

  /** Each language of the caption, with its `lang`, and the credit once. */
  private captionParts(): {parts: Part[]; credit?: string} {
    const given = this.givenImage();
    const text = this.caption ?? given?.caption ?? this.light.caption ?? '';
    const credit = (this.credit ?? given?.credit)?.trim() || undefined;
    let parts: CaptionPart[];
    let written: string | undefined;
    if (this.translation?.trim()) {
      // Two languages given: each may still end in its credit.
      const a = parseCaption(text);
      const b = parseCaption(this.translation);
      const one = (p: {parts: CaptionPart[]}) => ({
        text: p.parts.map((x) => x.text).join(' '),
        lang: p.parts.length === 1 ? p.parts[0].lang : undefined,
      });
      parts = [one(a), one(b)].filter((p) => p.text);
      written = a.credit ?? b.credit;
    } else {
      const parsed = parseCaption(text);
      parts = parsed.parts;
      written = parsed.credit;
    }
    const explicit = [this.captionLang, this.translationLang];
    return {
      parts: parts.map((p, i) => ({
        text: p.text,
        lang: explicit[i]?.trim() || p.lang,
        role: i === 0 ? 'caption' : 'translation',
      })),
      credit: credit ?? written,
    };
  }

  private boxClass(width?: number, height?: number): string {
    const preset =
      presetClass(this.ratio) ??
      (width && height ? presetClass(nearestPreset(width, height)) : 'ratio-16-9');
    return preset ? `media ${preset}` : 'media';
  }

  private readonly onError = () => {
    this.broken = true;
  };

  private readonly openZoom = async () => {
    this.zoomed = true;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    try {
      dialog.showModal();
    } catch {
      return;
    }
    this.closeButton?.focus();
  };

  private readonly closeZoom = () => {
    this.dialog?.close();
  };

  private readonly onDialogClose = () => {
    this.zoomed = false;
    this.zoomButton?.focus();
  };

  /** A click on the backdrop (the dialog itself, not its content) closes it. */
  private readonly onDialogClick = (e: Event) => {
    if (e.target === this.dialog) this.closeZoom();
  };

  /** Opens the full image (with `zoomable` and a working image). */
  async showFullImage(): Promise<void> {
    if (this.zoomable && this.imageSource().url && !this.broken) await this.openZoom();
  }

  private partTemplate(p: Part) {
    return html`<span
      part=${p.role}
      class=${p.role}
      lang=${ifDefined(p.lang)}
      dir=${ifDefined(p.lang ? directionOf(p.lang) : undefined)}
      >${p.text}</span
    >`;
  }

  private dialogTemplate(
    img: ReturnType<PhotoCaption['imageSource']>,
    parts: Part[],
    credit?: string
  ) {
    const label =
      img.alt.trim() ||
      parts[0]?.text ||
      msg('Enlarged image', {id: 'photo-caption.dialog', desc: 'Name of the full-size image view'});
    // A click on the backdrop closes, as Escape (the dialog's own key) does: no key handler needed.
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`<dialog
      part="dialog"
      aria-label=${label}
      @close=${this.onDialogClose}
      @click=${this.onDialogClick}
    >
      <button part="close" class="close" type="button" @click=${this.closeZoom}>
        ${closeIcon}${msg('Close', {id: 'photo-caption.close', desc: 'Closes the full-size image view'})}
      </button>
      ${
        this.zoomed && img.url
          ? html`<img
              part="dialog-image"
              src=${img.url}
              srcset=${ifDefined(img.srcset)}
              sizes=${ifDefined(img.srcset ? '100vw' : undefined)}
              alt=${img.alt}
            />`
          : nothing
      }
      ${
        this.zoomed && (parts.length || credit)
          ? html`<p part="dialog-caption">
              ${parts.map((p) => html`${this.partTemplate(p)} `)}${this.creditTemplate(credit)}
            </p>`
          : nothing
      }
    </dialog>`;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }

  private creditTemplate(credit?: string) {
    return credit
      ? html`<span part="credit" class="credit"
          ><span class="visually-hidden"
            >${msg('Photo:', {
              id: 'photo-caption.credit-prefix',
              desc: 'Read by screen readers before the name credited for a photo ("Photo: MOLISA")',
            })}
          </span>
          ${credit}</span
        >`
      : nothing;
  }

  override render() {
    const img = this.imageSource();
    const {parts, credit} = this.captionParts();
    const zoom = this.zoomable && !!img.url && !this.broken;
    return html`<figure part="figure">
      <div part="image-box" class=${this.boxClass(img.width, img.height)}>
        ${
          img.url
            ? html`<img
                part="image"
                class=${this.broken ? 'broken' : ''}
                loading=${this.priority ? 'eager' : 'lazy'}
                src=${img.url}
                srcset=${ifDefined(img.srcset)}
                sizes=${ifDefined(img.srcset ? (this.sizes ?? '100vw') : undefined)}
                width=${ifDefined(img.width)}
                height=${ifDefined(img.height)}
                alt=${img.alt}
                fetchpriority=${ifDefined(this.priority ? 'high' : undefined)}
                decoding="async"
                @error=${this.onError}
              />`
            : nothing
        }
        ${
          zoom
            ? html`<button
                part="zoom"
                class="zoom"
                type="button"
                aria-haspopup="dialog"
                aria-label=${msg('Enlarge image', {
                  id: 'photo-caption.enlarge',
                  desc: 'Button over a photo that opens it full size',
                })}
                @click=${this.openZoom}
              >
                ${zoomIcon}
              </button>`
            : nothing
        }
      </div>
      ${
        parts.length || credit
          ? html`<figcaption part="figcaption">
              ${
                parts.length
                  ? html`<span class="visually-hidden"
                      >${msg('Image caption,', {
                        id: 'photo-caption.caption-prefix',
                        desc: 'Read by screen readers before a photo caption (as the BBC does)',
                      })}</span
                    >`
                  : nothing
              }
              ${parts.map((p) => this.partTemplate(p))} ${this.creditTemplate(credit)}
            </figcaption>`
          : nothing
      }
      ${zoom ? this.dialogTemplate(img, parts, credit) : nothing}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'photo-caption': PhotoCaption;
  }
}
