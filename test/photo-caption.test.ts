import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/photo-caption/photo-caption.js';
import type {PhotoCaption} from '../src/photo-caption/photo-caption.component.js';
import {trainingJapanImage} from '../stories/sample.js';

const IMG = '/demo/sample/images/training-japan.svg';
const SEED_VI = 'Đào tạo cho người lao động đi làm việc tại Nhật Bản. Ảnh - MOLISA.';
const SEED_EN = 'Training for workers to work in Japan. Photo – MOLISA.';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);

/** The element inside a sized, English wrapper (or `lang`). */
async function photo(inner: ReturnType<typeof html>, lang = 'en'): Promise<PhotoCaption> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="inline-size: 32rem">${inner}</div>`
  );
  const el = wrap.querySelector('photo-caption')!;
  await el.updateComplete;
  return el;
}

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

async function loaded(img: HTMLImageElement) {
  if (!img.complete) await oneEvent(img, 'load');
}

const until = async (cond: () => boolean, ms = 3000) => {
  for (let t = 0; t < ms && !cond(); t += 20) await new Promise((r) => setTimeout(r, 20));
};

describe('<photo-caption>', () => {
  it('renders a figure with the image, the caption and the credit from attributes', async () => {
    const el = await photo(
      html`<photo-caption
        src=${IMG}
        alt="Workers in a vocational training class"
        caption="Training for workers to work in Japan."
        credit="MOLISA"
        width="800"
        height="450"
      ></photo-caption>`
    );
    const img = q<HTMLImageElement>(el, 'figure [part=image-box] img')!;
    expect(img.getAttribute('src')).to.equal(new URL(IMG, location.href).href);
    expect(img.alt).to.equal('Workers in a vocational training class');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.hasAttribute('fetchpriority')).to.equal(false);
    expect(img.getAttribute('width')).to.equal('800');
    expect(q(el, '[part=image-box]')!.classList.contains('ratio-16-9')).to.equal(true);
    const fc = q(el, 'figcaption')!;
    expect(fc.querySelector('.visually-hidden')!.textContent).to.equal('Image caption,');
    expect(q(el, '[part=caption]')!.textContent).to.equal('Training for workers to work in Japan.');
    const credit = q(el, '[part=credit]')!;
    expect(credit.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Photo: MOLISA');
    expect(credit.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('Photo:');
    await expect(el).to.be.accessible();
  });

  it('reads the Article image from the `image` property', async () => {
    const image = trainingJapanImage;
    const el = await photo(html`<photo-caption .image=${image}></photo-caption>`);
    expect(q<HTMLImageElement>(el, 'img')!.alt).to.equal(image.alt);
    expect(q(el, '[part=caption]')!.getAttribute('lang')).to.equal('vi');
    expect(q(el, '[part=translation]')!.getAttribute('lang')).to.equal('en');
    expect(q(el, '[part=credit]')!.textContent).to.contain('MOLISA');
    await expect(el).to.be.accessible();
  });

  it('attributes win over the `image` property', async () => {
    const el = await photo(
      html`<photo-caption
        .image=${{url: IMG, caption: 'From the feed', credit: 'Feed'}}
        caption="From the page"
        credit="Page"
      ></photo-caption>`
    );
    expect(q(el, '[part=caption]')!.textContent).to.equal('From the page');
    expect(q(el, '[part=credit]')!.textContent).to.contain('Page');
    expect(q(el, '[part=credit]')!.textContent).to.not.contain('Feed');
  });

  it('reads a slotted <img> and the text beside it', async () => {
    const el = await photo(
      html`<photo-caption
        ><img src=${IMG} alt="A class" width="800" height="450" />Đào tạo cho người lao động đi làm
        việc tại Nhật Bản. Ảnh - MOLISA.<br />Training for workers to work in Japan. Photo –
        MOLISA.</photo-caption
      >`
    );
    const img = q<HTMLImageElement>(el, 'img')!;
    expect(img.alt).to.equal('A class');
    expect(img.getAttribute('height')).to.equal('450');
    expect(q(el, '[part=caption]')!.textContent).to.equal(
      'Đào tạo cho người lao động đi làm việc tại Nhật Bản.'
    );
    expect(q(el, '[part=translation]')!.textContent).to.equal(
      'Training for workers to work in Japan.'
    );
    await expect(el).to.be.accessible();
  });

  it('follows changes to the slotted text', async () => {
    const el = await photo(html`<photo-caption><img src=${IMG} alt="" />Before</photo-caption>`);
    el.lastChild!.textContent = 'After';
    await until(() => q(el, '[part=caption]')?.textContent === 'After');
    expect(q(el, '[part=caption]')!.textContent).to.equal('After');
  });

  describe('when the caption is bilingual', () => {
    it('marks each language given by attributes with its own lang', async () => {
      const el = await photo(
        html`<photo-caption
          src=${IMG}
          alt=""
          caption="Đào tạo cho người lao động đi làm việc tại Nhật Bản."
          caption-lang="vi"
          translation="Training for workers to work in Japan."
          translation-lang="en"
          credit="MOLISA"
        ></photo-caption>`
      );
      const cap = q(el, '[part=caption]')!;
      const tr = q(el, '[part=translation]')!;
      expect(cap.getAttribute('lang')).to.equal('vi');
      expect(tr.getAttribute('lang')).to.equal('en');
      expect(cap.parentElement!.tagName).to.equal('FIGCAPTION');
      await expect(el).to.be.accessible();
    });

    for (const [name, text] of [
      ['on two lines', `${SEED_VI}\n${SEED_EN}`],
      ['on one line', `${SEED_VI} ${SEED_EN}`],
    ]) {
      it(`splits the seed caption written ${name} into vi and en, with the credit once`, async () => {
        const el = await photo(
          html`<photo-caption src=${IMG} alt="" .caption=${text}></photo-caption>`
        );
        const cap = q(el, '[part=caption]')!;
        const tr = q(el, '[part=translation]')!;
        expect([cap.textContent, cap.getAttribute('lang')]).to.deep.equal([
          'Đào tạo cho người lao động đi làm việc tại Nhật Bản.',
          'vi',
        ]);
        expect([tr.textContent, tr.getAttribute('lang')]).to.deep.equal([
          'Training for workers to work in Japan.',
          'en',
        ]);
        const all = el.shadowRoot!.querySelector('figcaption')!.textContent!;
        expect(all.match(/MOLISA/g)).to.have.length(1);
        expect(all).to.not.match(/Ảnh -|Photo –/);
        await expect(el).to.be.accessible();
      });
    }

    it('explicit languages win over guessed ones', async () => {
      const el = await photo(
        html`<photo-caption
          .caption=${`${SEED_VI}\n${SEED_EN}`}
          caption-lang="vi-VN"
          translation-lang="en-GB"
        ></photo-caption>`
      );
      expect(q(el, '[part=caption]')!.getAttribute('lang')).to.equal('vi-VN');
      expect(q(el, '[part=translation]')!.getAttribute('lang')).to.equal('en-GB');
    });

    it('gives an Arabic translation its direction', async () => {
      const el = await photo(
        html`<photo-caption
          caption="Training for workers."
          caption-lang="en"
          translation="تدريب العمال."
          translation-lang="ar"
        ></photo-caption>`
      );
      expect(q(el, '[part=translation]')!.getAttribute('dir')).to.equal('rtl');
      expect(q(el, '[part=caption]')!.getAttribute('dir')).to.equal('ltr');
    });
  });

  describe('when the image is missing or broken', () => {
    it('keeps the box size and the caption when the image fails to load', async () => {
      const el = await photo(
        html`<photo-caption
          src="/__news/status/404?img"
          alt="Workers"
          caption="Training for workers to work in Japan."
          width="800"
          height="450"
        ></photo-caption>`
      );
      const box = q(el, '[part=image-box]')!;
      const before = box.getBoundingClientRect();
      expect(before.height).to.be.greaterThan(100);
      await until(() => !!q(el, 'img.broken'));
      await el.updateComplete;
      const img = q<HTMLImageElement>(el, 'img')!;
      expect(img.classList.contains('broken')).to.equal(true);
      expect(getComputedStyle(img).visibility).to.equal('hidden');
      const after = box.getBoundingClientRect();
      expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
      expect(q(el, '[part=caption]')!.textContent).to.equal(
        'Training for workers to work in Japan.'
      );
      await expect(el).to.be.accessible();
    });

    it('keeps a box of any width/height ratio when the image fails', async () => {
      const el = await photo(
        html`<photo-caption
          src="/__news/status/404?odd"
          alt=""
          width="500"
          height="410"
          caption="Odd size"
        ></photo-caption>`
      );
      const box = q(el, '[part=image-box]')!;
      const before = box.getBoundingClientRect();
      await until(() => !!q(el, 'img.broken'));
      await el.updateComplete;
      const after = box.getBoundingClientRect();
      expect(before.height / before.width).to.be.closeTo(410 / 500, 0.01);
      expect(after.height).to.be.closeTo(before.height, 0.5);
    });

    it('keeps an empty box and the caption without an image', async () => {
      const el = await photo(
        html`<photo-caption caption="No photo today" ratio="4/3"></photo-caption>`
      );
      const box = q(el, '[part=image-box]')!;
      expect(q(el, 'img')).to.equal(null);
      const r = box.getBoundingClientRect();
      expect(r.width / r.height).to.be.closeTo(4 / 3, 0.01);
      expect(q(el, '[part=caption]')!.textContent).to.equal('No photo today');
      await expect(el).to.be.accessible();
    });

    it('offers no zoom button for a broken image', async () => {
      const el = await photo(
        html`<photo-caption src="/__news/status/404?zoom" alt="" zoomable></photo-caption>`
      );
      await until(() => !!q(el, 'img.broken'));
      await el.updateComplete;
      expect(q(el, '[part=zoom]')).to.equal(null);
    });
  });

  describe('when sized', () => {
    it('uses the ratio class, so the box has its size before the image loads', async () => {
      const el = await photo(html`<photo-caption src=${IMG} alt="" ratio="1/1"></photo-caption>`);
      const box = q(el, '[part=image-box]')!;
      expect(box.className).to.contain('ratio-1-1');
      const before = box.getBoundingClientRect();
      expect(before.height).to.be.closeTo(before.width, 0.5);
      await loaded(q<HTMLImageElement>(el, 'img')!);
      expect(box.getBoundingClientRect().height).to.equal(before.height);
      expect(el.shadowRoot!.innerHTML).to.not.contain('style=');
    });

    it('passes srcset and sizes through', async () => {
      const el = await photo(
        html`<photo-caption
          src=${IMG}
          alt=""
          srcset="/demo/sample/images/training-japan.svg 800w, javascript:alert(1) 400w"
          sizes="50vw"
        ></photo-caption>`
      );
      const img = q<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('srcset')).to.equal(`${new URL(IMG, location.href).href} 800w`);
      expect(img.getAttribute('sizes')).to.equal('50vw');
    });
  });

  it('loads eagerly with high fetch priority with `priority`', async () => {
    const el = await photo(html`<photo-caption src=${IMG} alt="" priority></photo-caption>`);
    const img = q<HTMLImageElement>(el, 'img')!;
    expect(img.getAttribute('loading')).to.equal('eager');
    expect(img.getAttribute('fetchpriority')).to.equal('high');
  });

  describe('when the input is hostile', () => {
    it('never puts a javascript: URL into src or srcset', async () => {
      for (const inner of [
        html`<photo-caption src="javascript:alert(1)" caption="x"></photo-caption>`,
        html`<photo-caption .image=${{url: 'javascript:alert(1)', caption: 'x'}}></photo-caption>`,
        html`<photo-caption><img src="javascript:alert(1)" alt="" />x</photo-caption>`,
        html`<photo-caption
          src=${IMG}
          srcset="javascript:alert(1) 1x"
          caption="x"
        ></photo-caption>`,
      ]) {
        const el = await photo(inner);
        expect(el.shadowRoot!.innerHTML).to.not.match(/javascript:/i);
        expect(q(el, '[part=caption]')!.textContent).to.equal('x');
      }
    });

    it('renders markup in the caption as text', async () => {
      const el = await photo(
        html`<photo-caption
          .caption=${'<img src=x onerror=alert(1)>'}
          .credit=${'<b>x</b>'}
        ></photo-caption>`
      );
      expect(q(el, '[part=caption]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelectorAll('img, b')).to.have.length(0);
    });
  });

  describe('when zoomable', () => {
    it('opens the full image in a modal dialog from the keyboard, moves focus in and back', async () => {
      const el = await photo(
        html`<photo-caption src=${IMG} alt="Workers" caption="Training." zoomable></photo-caption>`
      );
      const button = q<HTMLButtonElement>(el, '[part=zoom]')!;
      expect(button.getAttribute('aria-label')).to.equal('Enlarge image');
      await expect(el).to.be.accessible();
      await sendKeys({press: 'Tab'});
      expect(deepActive()).to.equal(button);
      await sendKeys({press: 'Enter'});
      await until(() => !!q<HTMLDialogElement>(el, 'dialog')?.open);
      const dialog = q<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(deepActive()).to.equal(q(el, '[part=close]'));
      expect(q(el, '[part=close]')!.textContent!.trim()).to.equal('Close');
      expect(q<HTMLImageElement>(el, '[part=dialog-image]')!.alt).to.equal('Workers');
      await expect(el).to.be.accessible();
      await sendKeys({press: 'Escape'});
      await until(() => !dialog.open);
      expect(dialog.open).to.equal(false);
      expect(deepActive()).to.equal(button);
    });

    it('closes with the Close button and returns focus to the opener', async () => {
      const el = await photo(html`<photo-caption src=${IMG} alt="" zoomable></photo-caption>`);
      const button = q<HTMLButtonElement>(el, '[part=zoom]')!;
      button.focus();
      await sendKeys({press: ' '});
      await until(() => !!q<HTMLDialogElement>(el, 'dialog')?.open);
      expect(deepActive()).to.equal(q(el, '[part=close]'));
      await sendKeys({press: 'Enter'});
      const dialog = q<HTMLDialogElement>(el, 'dialog')!;
      await until(() => !dialog.open);
      expect(dialog.open).to.equal(false);
      expect(deepActive()).to.equal(button);
    });

    it('has no zoom button without `zoomable`', async () => {
      const el = await photo(html`<photo-caption src=${IMG} alt=""></photo-caption>`);
      expect(q(el, '[part=zoom]')).to.equal(null);
      expect(q(el, 'dialog')).to.equal(null);
    });
  });

  describe('when the page is Vietnamese', () => {
    it('localizes the hidden prefixes and the button labels', async () => {
      const el = await photo(
        html`<photo-caption
          src=${IMG}
          alt=""
          caption="Đào tạo."
          credit="MOLISA"
          zoomable
        ></photo-caption>`,
        'vi'
      );
      expect(q(el, 'figcaption > .visually-hidden')!.textContent).to.equal('Chú thích ảnh,');
      expect(q(el, '[part=credit] .visually-hidden')!.textContent!.trim()).to.equal('Ảnh:');
      expect(q(el, '[part=zoom]')!.getAttribute('aria-label')).to.equal('Phóng to ảnh');
      expect(q(el, '[part=close]')!.textContent!.trim()).to.equal('Đóng');
      await expect(el).to.be.accessible();
    });
  });
});
