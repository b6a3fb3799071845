/**
 * The carousel of `<article-list layout="carousel">`: a scroll-snapping list whose slides out of
 * view are inert (Tab visits only what is seen), Previous/Next buttons that scroll one view in
 * reading direction and say at the ends that they can do nothing (`aria-disabled`). No autoplay.
 */
import {html, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '../../i18n/localize.js';
import {IntersectionController} from '../../internal/controllers/intersection-controller.js';

export interface CarouselHost {
  /** The scrolling list, when the carousel is rendered. */
  list: () => HTMLElement | null | undefined;
  /** The Previous and Next buttons, in that order. */
  buttons: () => ArrayLike<Element>;
  /** The host is in a right-to-left context. */
  rtl: () => boolean;
}

/** Its lifecycle is its slide observer's (an `IntersectionController` on the host). */
export class CarouselController {
  private readonly slides: IntersectionController;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly view: CarouselHost
  ) {
    this.slides = new IntersectionController(host, {
      target: null,
      config: {threshold: [0, 0.5, 1]},
      callback: (entries) => {
        for (const en of entries) (en.target as HTMLElement).inert = en.intersectionRatio < 0.5;
        this.updateEnds();
      },
    });
  }

  /** Observes the slides rendered now (after each update while the layout is a carousel). */
  observe(): void {
    const list = this.view.list();
    if (!list || !this.slides.supported) return;
    this.slides.setRoot(list);
    for (const li of list.querySelectorAll<HTMLElement>(':scope > .item')) this.slides.observe(li);
  }

  /** Not a carousel (any more): stop watching. */
  stop(): void {
    this.slides.disconnect();
  }

  /** Scrolls one view back (-1) or on (1), unless that button says it can do nothing. */
  go(direction: 1 | -1): void {
    const list = this.view.list();
    if (!list) return;
    const button = this.view.buttons()[direction < 0 ? 0 : 1];
    if (button?.getAttribute('aria-disabled') === 'true') return;
    const rtl = this.view.rtl() || getComputedStyle(list).direction === 'rtl';
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    list.scrollBy({
      left: direction * (rtl ? -1 : 1) * list.clientWidth,
      behavior: reduce ? 'auto' : 'smooth',
    });
  }

  /** The Previous and Next buttons. */
  controlsTemplate(): TemplateResult {
    return html`<div part="carousel-controls" class="carousel-controls">
      <button
        part="carousel-previous"
        class="button carousel-button"
        type="button"
        @click=${this.back}
      >
        ${msg('Previous articles', {
          id: 'article-list.carousel.previous',
          desc: 'Carousel button that shows the previous articles',
        })}
      </button>
      <button part="carousel-next" class="button carousel-button" type="button" @click=${this.on}>
        ${msg('Next articles', {
          id: 'article-list.carousel.next',
          desc: 'Carousel button that shows the next articles',
        })}
      </button>
    </div>`;
  }

  private back = () => this.go(-1);
  private on = () => this.go(1);

  /**
   * At the first slides Previous, at the last ones Next, says it can do nothing
   * (`aria-disabled`, not `disabled`: the button keeps focus for a keyboard reader at the end).
   */
  private updateEnds() {
    const items = this.view.list()?.querySelectorAll<HTMLElement>(':scope > .item');
    if (!items?.length) return;
    const [prev, next] = Array.from(this.view.buttons());
    prev?.setAttribute('aria-disabled', String(!items[0].inert));
    next?.setAttribute('aria-disabled', String(!items[items.length - 1].inert));
  }
}
