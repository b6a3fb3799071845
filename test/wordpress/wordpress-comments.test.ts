/**
 * <news-comments> against the real WordPress (another origin): the seed article's threaded
 * comments, true totals and paging from X-WP-Total/Link, the comment RSS feed, and "Leave a
 * Reply" posting to wp/v2/comments with WordPress's own answers (moderation, duplicate, flood,
 * invalid e-mail, comments closed).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/news-comments/news-comments.js';
import '../../src/news-article/news-article.js';
import type {NewsArticle} from '../../src/news-article/news-article.component.js';
import type {NewsComments} from '../../src/news-comments/news-comments.component.js';
import {clearFeedCache} from '../../src/data/load.js';
import {oneEvent, q, qa, until} from '../article-list.helpers.js';
import {wordpress, type WpInfo} from './wp.helpers.js';

let wp: WpInfo;
const commentsUrl = (post: number, extra = '') =>
  `${wp.url}/wp-json/wp/v2/comments?post=${post}${extra}`;

const authors = (el: Element) => qa(el, '[part=author]').map((a) => a.textContent!.trim());

async function mount(tpl: ReturnType<typeof html>): Promise<NewsComments> {
  const el = await fixture<NewsComments>(tpl);
  await until(
    () => !!q(el, '[part=heading]') || !!q(el, '[part=error]') || !!q(el, '[part=empty]'),
    'comments or a state'
  );
  await until(() => !q(el, '[part=content][aria-busy=true]'), 'sanitized comment text');
  await el.updateComplete;
  return el;
}

describe('<news-comments> on a real WordPress (cross-origin)', function () {
  this.timeout(30000);

  before(async function () {
    wp = await wordpress(this);
  });
  beforeEach(() => clearFeedCache());

  it('threads the approved comments by parent, oldest first; the pending one is absent', async () => {
    const el = await mount(
      html`<news-comments src=${commentsUrl(wp.posts.hoan)} max-depth="5"></news-comments>`
    );
    expect(q(el, '[part=heading]')!.textContent!.trim()).to.equal('6 comments');
    expect(authors(el)).to.deep.equal([
      'Nguyễn Văn An',
      'Tanaka Yuki',
      'Trần Thị Bình',
      'Tanaka Yuki',
      'Lê Minh',
      'Phạm Hoa',
    ]);
    expect(el.shadowRoot!.textContent).to.not.include('Buy cheap watches');
    // Nested lists: An > Tanaka > Bình > Tanaka.
    const deepest = q(el, `#comment-${wp.comments.hoan[3]}`)!;
    let depth = 0;
    for (let n: Element | null = deepest; n; n = n.parentElement?.closest('li') ?? null) depth++;
    expect(depth).to.equal(4);
    expect(deepest.closest('ol')!.matches('.replies')).to.equal(true);
    expect(qa(el, '[part=reply-to]')).to.have.length(0);
  });

  it('caps the depth: deeper replies continue flat with an "In reply to" note', async () => {
    const el = await mount(
      html`<news-comments src=${commentsUrl(wp.posts.hoan)} max-depth="2"></news-comments>`
    );
    const lists = qa(el, 'ol');
    const maxNesting = Math.max(
      ...lists.map((l) => {
        let d = 0;
        for (let n: Element | null = l; n; n = n.parentElement?.closest('ol') ?? null) d++;
        return d;
      })
    );
    expect(maxNesting).to.equal(2);
    const notes = qa(el, '[part=reply-to]').map((n) => n.textContent!.trim());
    expect(notes).to.deep.equal(['In reply to Tanaka Yuki', 'In reply to Trần Thị Bình']);
  });

  it('a relative src (a theme on its own site) asks WordPress for the order it shows', async () => {
    // The page's base is the WordPress site, as for a theme's own `/wp-json/…` URL. Two per page:
    // the first page must be the oldest two (WordPress's own order is newest first).
    const base = document.createElement('base');
    base.href = `${wp.url}/`;
    document.head.prepend(base);
    try {
      for (const [order, first] of [
        ['oldest', ['Nguyễn Văn An', 'Tanaka Yuki']],
        ['newest', ['Phạm Hoa', 'Lê Minh']],
      ] as const) {
        clearFeedCache();
        const el = await mount(
          html`<news-comments
            src=${`/wp-json/wp/v2/comments?post=${wp.posts.hoan}&per_page=2`}
            order=${order}
            max-depth="1"
          ></news-comments>`
        );
        expect(authors(el), order).to.deep.equal(first);
        const asked = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => n.includes(`/wp-json/wp/v2/comments?post=${wp.posts.hoan}&per_page=2`));
        expect(asked.at(-1), order).to.include(`order=${order === 'newest' ? 'desc' : 'asc'}`);
      }
    } finally {
      base.remove();
    }
  });

  it('newest first', async () => {
    const el = await mount(
      html`<news-comments src=${commentsUrl(wp.posts.hoan)} order="newest"></news-comments>`
    );
    const top = qa(el, 'section > ol > li > article [part=author]');
    expect(top.map((a) => a.textContent!.trim())).to.deep.equal([
      'Phạm Hoa',
      'Lê Minh',
      'Nguyễn Văn An',
    ]);
  });

  it('sanitizes comment HTML like article bodies; avatars are lazy, sized, http(s)', async () => {
    const el = await mount(html`<news-comments src=${commentsUrl(wp.posts.hoan)}></news-comments>`);
    const first = q(el, `#comment-${wp.comments.hoan[0]} > article [part=content]`)!;
    expect(first.querySelector('strong')!.textContent).to.equal('Thank you');
    expect(first.querySelector('script')).to.equal(null);
    const link = first.querySelector('a');
    expect(link?.getAttribute('href') ?? null).to.equal(null);
    const img = q(el, '[part=avatar]') as HTMLImageElement;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['40', '40']);
    expect(img.src).to.match(
      /^http:\/\/127\.0\.0\.1:\d+\/wp-includes\/images\/w-logo-blue\.png\?s=48$/
    );
    expect(img.getAttribute('srcset')).to.match(/\?s=96 2x$/);
    expect(img.alt).to.equal('');
  });

  it('shows times in the site zone when asked: 11:05 in Hanoi', async () => {
    const el = await mount(
      html`<news-comments
        src=${commentsUrl(wp.posts.hoan)}
        time-zone="Asia/Ho_Chi_Minh"
      ></news-comments>`
    );
    const time = q(el, `#comment-${wp.comments.hoan[0]} > article time`)!;
    expect(time.getAttribute('datetime')).to.equal('2023-11-13T04:05:00.000Z');
    expect(time.textContent).to.include('Nov 13, 2023');
    expect(time.getAttribute('title')).to.include('11:05');
  });

  it('pages with Load more comments; the heading counts X-WP-Total, not the page', async () => {
    const el = await mount(
      html`<news-comments src=${commentsUrl(wp.posts.hoan, '&per_page=2')}></news-comments>`
    );
    expect(q(el, '[part=heading]')!.textContent!.trim()).to.equal('6 comments');
    expect(qa(el, '[part=comment]')).to.have.length(2);
    expect(q(el, '.shown')!.textContent!.trim()).to.equal('Showing 2 of 6');
    const loads: number[] = [];
    el.addEventListener('news-load', (e) => loads.push(e.feed.comments!.length));
    // Keyboard: Tab to the button, Enter; focus moves to the first new comment.
    const button = q(el, '[part=load-more]')!;
    button.focus();
    await sendKeys({press: 'Enter'});
    await until(() => qa(el, '[part=comment]').length === 4, 'the second page');
    await until(
      () => (el.shadowRoot!.activeElement as HTMLElement | null)?.matches('article') ?? false,
      'focus on the first new comment'
    );
    q(el, '[part=load-more]')!.click();
    await until(() => qa(el, '[part=comment]').length === 6, 'the last page');
    await el.updateComplete;
    expect(q(el, '[part=load-more]')).to.equal(null);
    expect(loads).to.deep.equal([2, 2]);
    expect(new Set(authors(el).map((_, i) => qa(el, '[part=comment]')[i].id)).size).to.equal(6);
  });

  it('reads the comment RSS feed the posts feed names (wfw:commentRss)', async () => {
    const rss = new DOMParser().parseFromString(
      await (await fetch(`${wp.url}/feed/`)).text(),
      'application/xml'
    );
    const item = [...rss.querySelectorAll('item')].find((i) =>
      i.querySelector('title')!.textContent!.includes('Nguyen Ba Hoan')
    )!;
    const commentRss = item.getElementsByTagNameNS(
      'http://wellformedweb.org/CommentAPI/',
      'commentRss'
    )[0].textContent!;
    expect(commentRss).to.match(/\/feed\/$/);
    const el = await mount(html`<news-comments src=${commentRss}></news-comments>`);
    expect(authors(el)).to.have.members([
      'Nguyễn Văn An',
      'Tanaka Yuki',
      'Trần Thị Bình',
      'Tanaka Yuki',
      'Lê Minh',
      'Phạm Hoa',
    ]);
    expect(q(el, '[part=heading]')!.textContent!.trim()).to.equal('6 comments');
    const first = qa(el, '[part=content]').find((c) => c.textContent!.includes('Thank you'))!;
    expect(first.querySelector('script')).to.equal(null);
  });

  it('<news-article comments> shows the threaded comments under the body, its own events kept inside', async () => {
    let loads = 0;
    const el = await fixture<NewsArticle>(
      html`<news-article
        src=${`${wp.url}/wp-json/wp/v2/posts/${wp.posts.hoan}?_embed`}
        comments
        @news-load=${() => loads++}
      ></news-article>`
    );
    await until(() => !!q(el, 'news-comments'), 'the comments list');
    const list = q(el, 'news-comments') as NewsComments;
    expect(list.getAttribute('src')).to.equal(commentsUrl(wp.posts.hoan));
    await until(() => !!q(list, '[part=heading]'), 'the comments heading');
    expect(q(list, '[part=heading]')!.textContent!.trim()).to.equal('6 comments');
    expect(authors(list)).to.include('Nguyễn Văn An');
    await until(() => /6 comments/.test(q(el, '[part=comments]')?.textContent ?? ''), 'the count');
    // One news-load: the article's; the comments' own stayed inside the element.
    expect(loads).to.equal(1);
  });

  it('an article without comments shows the empty state', async () => {
    const el = await mount(
      html`<news-comments src=${commentsUrl(wp.posts.others[0])}></news-comments>`
    );
    expect(q(el, '[part=empty]')!.textContent).to.include('No comments yet');
  });

  it('a failing request is a localized error with news-error and Retry', async () => {
    const el = document.createElement('news-comments') as NewsComments;
    el.src = `${wp.url}/wp-json/wp/v2/comments?post=${wp.posts.hoan}&per_page=500`;
    const failed = oneEvent(el, 'news-error');
    document.body.append(el);
    try {
      const e = await failed;
      expect([e.kind, e.status]).to.deep.equal(['http', 400]);
      await el.updateComplete;
      expect(q(el, '[part=error]')!.textContent).to.include('(400)');
      expect(q(el, '[part=retry]')).to.exist;
    } finally {
      el.remove();
    }
  });

  describe('Leave a Reply', () => {
    const fill = async (el: NewsComments, values: Record<string, string>) => {
      for (const [name, value] of Object.entries(values)) {
        const input = q(el, `#${name}`) as HTMLInputElement;
        input.focus();
        input.value = '';
        await sendKeys({type: value});
      }
    };
    const send = async (el: NewsComments) => {
      const before = q(el, '[part=reply-status]');
      q(el, 'button[type=submit]')!.click();
      await until(() => {
        const now = q(el, '[part=reply-status]');
        return !!now && now !== before && !q(el, 'button[type=submit][disabled]');
      }, 'an answer');
      return q(el, '[part=reply-status]')!;
    };

    it('posts to the WordPress site, says it is held for moderation, then refuses the duplicate and the flood', async () => {
      const el = await mount(
        html`<news-comments src=${commentsUrl(wp.posts.cooperation)} allow-reply></news-comments>`
      );
      const form = q(el, '[part=reply-form]')!;
      expect(form.textContent).to.include('Leave a Reply');
      expect(form.textContent).to.include(
        'Your email address will not be published. Required fields are marked *'
      );
      const text = `Dien Bien and Japan ${Date.now()}`;
      await fill(el, {content: text, author_name: 'Hoàng Lan', author_email: 'lan@example.com'});
      let status = await send(el);
      expect(status.dataset.kind).to.equal('held');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.include('awaiting moderation');
      expect((q(el, '#content') as HTMLTextAreaElement).value).to.equal('');
      expect((q(el, '#author_name') as HTMLInputElement).value).to.equal('Hoàng Lan');
      // WordPress has it, held (not shown to the public).
      const pub = (await (await fetch(commentsUrl(wp.posts.cooperation))).json()) as unknown[];
      expect(pub).to.have.length(1);

      await fill(el, {content: text});
      status = await send(el);
      expect(status.dataset.kind).to.equal('duplicate');
      expect(status.getAttribute('role')).to.equal('alert');
      expect((q(el, '#content') as HTMLTextAreaElement).value, 'nothing typed lost').to.equal(text);

      await fill(el, {content: `${text} again, differently`});
      status = await send(el);
      expect(status.dataset.kind).to.equal('flood');
      expect(status.textContent).to.include('too quickly');
      expect((q(el, '#content') as HTMLTextAreaElement).value).to.equal(
        `${text} again, differently`
      );
    });

    it("WordPress's e-mail rule: refused by the site, said on the field, text kept", async () => {
      const el = await mount(
        html`<news-comments src=${commentsUrl(wp.posts.hoan)} allow-reply></news-comments>`
      );
      // Valid for the browser, not for WordPress (is_email wants a dot in the domain).
      await fill(el, {content: 'Hello', author_name: 'Minh', author_email: 'minh@localhost'});
      const status = await send(el);
      expect(status.dataset.kind).to.equal('invalid-email');
      expect(q(el, '#author_email')!.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement!.id).to.equal('author_email');
      expect((q(el, '#content') as HTMLTextAreaElement).value).to.equal('Hello');
    });

    it('comments closed: says so, keeps the text', async () => {
      const el = await mount(
        html`<news-comments src=${commentsUrl(wp.posts.noImage)} allow-reply></news-comments>`
      );
      await fill(el, {
        content: 'Congratulations',
        author_name: 'Phúc',
        author_email: 'p@example.com',
      });
      const status = await send(el);
      expect(status.dataset.kind).to.equal('closed');
      expect(status.textContent).to.include('closed');
      expect((q(el, '#content') as HTMLTextAreaElement).value).to.equal('Congratulations');
    });

    it('a comment RSS feed cannot take replies: a link to the article’s #respond', async () => {
      const el = await mount(
        html`<news-comments
          src=${new URL('feed/', `${wp.links.hoan}/`.replace(/\/\/$/, '/')).href}
          allow-reply
        ></news-comments>`
      );
      expect(q(el, '[part=reply-form]')).to.equal(null);
      expect(q(el, '[part=reply-link]')!.getAttribute('href')).to.equal(
        new URL('#respond', wp.links.hoan).href
      );
    });
  });
});
