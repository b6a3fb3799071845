/**
 * The carousel of `<article-list layout="carousel">` (the WAI-ARIA APG carousel): a
 * scroll-snapping list whose slides out of view are inert (Tab visits only what is seen),
 * Previous/Next buttons that scroll one view in reading direction and say at the ends that they
 * can do nothing (`aria-disabled`), and a polite live region that says which slides are shown
 * after the reader pressed one of them ("Articles 4 to 6 of 9"), and only then: a swipe or a
 * scroll is seen, not spoken. No autoplay, so nothing moves or speaks by itself. The group's
 * `aria-roledescription` and the slides' "3 of 9" names are in `templates.ts`.
 */
import {html, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg, str} from '../../i18n/localize.js';
import {IntersectionController} from '../../internal/controllers/intersection-controller.js';

export interface CarouselHost {
  /** The scrolling list, when the carousel is rendered. */
  list: () => HTMLElement | null | undefined;
  /** The Previous and Next buttons, in that order. */
  buttons: () => ArrayLike<Element>;
  /** The live region (`aria-live=polite`) in the controls. */
  status: () => HTMLElement | null | undefined;
  /** The host is in a right-to-left context. */
  rtl: () => boolean;
}

/** Its lifecycle is its slide observer's (an `IntersectionController` on the host). */
export class CarouselController {
  private readonly slides: IntersectionController;
  /** A button moved the slides: say what is shown once the scroll ends. */
  private speaking = false;

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
    for (const li of list.querySelectorAll<HTMLElement>(':scope > .chunk > .item'))
      this.slides.observe(li);
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
    this.speakAfterScroll(list);
    list.scrollBy({
      left: direction * (rtl ? -1 : 1) * list.clientWidth,
      behavior: reduce ? 'auto' : 'smooth',
    });
  }

  /**
   * Once the scroll that a button started ends (`scrollend`, else no scroll event for 200 ms),
   * puts the slides in view into the live region. Emptied first, so that the same words (Next,
   * Previous, Next again) are spoken again.
   */
  private speakAfterScroll(list: HTMLElement) {
    const status = this.view.status();
    if (!status || this.speaking) return;
    this.speaking = true;
    status.textContent = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      list.removeEventListener('scrollend', done);
      list.removeEventListener('scroll', quiet);
      clearTimeout(timer);
      this.speaking = false;
      status.textContent = this.shownText(list);
    };
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(done, 200);
    };
    if ('onscrollend' in window) list.addEventListener('scrollend', done);
    else list.addEventListener('scroll', quiet);
  }

  /** "Articles 4 to 6 of 9" (or "Article 4 of 9"): the slides at least half in view. */
  private shownText(list: HTMLElement): string {
    const box = list.getBoundingClientRect();
    const items = [...list.querySelectorAll<HTMLElement>(':scope > .chunk > .item')];
    const shown = items
      .map((it, i) => ({r: it.getBoundingClientRect(), i}))
      .filter(({r}) => Math.min(r.right, box.right) - Math.max(r.left, box.left) >= r.width / 2)
      .map(({i}) => i + 1);
    if (!shown.length) return '';
    const [from, to, total] = [shown[0], shown[shown.length - 1], items.length];
    return from === to
      ? msg(str`Article ${from} of ${total}`, {
          id: 'article-list.carousel.shown-one',
          desc: 'Spoken after the reader pressed Next or Previous in a carousel: the one article now shown, e.g. "Article 4 of 9"',
        })
      : msg(str`Articles ${from} to ${to} of ${total}`, {
          id: 'article-list.carousel.shown',
          desc: 'Spoken after the reader pressed Next or Previous in a carousel: the articles now shown, e.g. "Articles 4 to 6 of 9"',
        });
  }

  /** The Previous and Next buttons and the live region that speaks for them. */
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
      <p
        part="carousel-status"
        class="carousel-status visually-hidden"
        aria-live="polite"
        aria-atomic="true"
      ></p>
    </div>`;
  }

  private back = () => this.go(-1);
  private on = () => this.go(1);

  /**
   * At the first slides Previous, at the last ones Next, says it can do nothing
   * (`aria-disabled`, not `disabled`: the button keeps focus for a keyboard reader at the end).
   */
  private updateEnds() {
    const items = this.view.list()?.querySelectorAll<HTMLElement>(':scope > .chunk > .item');
    if (!items?.length) return;
    const [prev, next] = Array.from(this.view.buttons());
    prev?.setAttribute('aria-disabled', String(!items[0].inert));
    next?.setAttribute('aria-disabled', String(!items[items.length - 1].inert));
  }
}
