/**
 * <news-comments> on fixtures served by the runner (the real-WordPress suite is
 * test/wordpress/wordpress-comments.test.ts): hostile comments, threading, states, events,
 * locales, keyboard and axe.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/news-comments/news-comments.js';
import {threadComments, type NewsComments} from '../src/news-comments/news-comments.component.js';
import {replyEndpoint} from '../src/news-comments/reply.js';
import type {Comment} from '../src/data/article.js';
import {clearFeedCache} from '../src/data/load.js';
import {oneEvent, q, qa, until} from './article-list.helpers.js';

const SEED = '/__news/wpc/wp-json/wp/v2/comments?post=8';
const EMPTY = '/__news/wpc/wp-json/wp/v2/comments?post=8&empty';

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

const c = (id: string, over: Partial<Comment> = {}): Comment => ({
  id,
  author: id,
  avatars: [],
  contentHtml: '',
  published: `2023-11-13T0${id.length}:00:00Z`,
  ...over,
});

describe('<news-comments>', () => {
  beforeEach(() => clearFeedCache());

  it('threadComments: replies under parents, orphans at the top, siblings in order', () => {
    const list = [
      c('b', {published: '2023-11-13T02:00:00Z'}),
      c('a', {published: '2023-11-13T01:00:00Z'}),
      c('a1', {parentId: 'a', published: '2023-11-13T03:00:00Z'}),
      c('a2', {parentId: 'a', published: '2023-11-13T02:30:00Z'}),
      c('x', {parentId: 'missing', published: '2023-11-13T04:00:00Z'}),
      c('self', {parentId: 'self', published: '2023-11-13T05:00:00Z'}),
    ];
    const oldest = threadComments(list, 'oldest');
    expect(oldest.map((t) => t.comment.id)).to.deep.equal(['a', 'b', 'x', 'self']);
    expect(oldest[0].replies.map((t) => t.comment.id)).to.deep.equal(['a2', 'a1']);
    expect(oldest.map((t) => t.orphan)).to.deep.equal([false, false, true, true]);
    const newest = threadComments(list, 'newest');
    expect(newest.map((t) => t.comment.id)).to.deep.equal(['self', 'x', 'b', 'a']);
    expect(newest[3].replies.map((t) => t.comment.id)).to.deep.equal(['a1', 'a2']);
  });

  it('replyEndpoint: only the same WordPress site, only http(s), only with a post id', () => {
    expect(
      replyEndpoint('https://site.example/wp-json/wp/v2/comments?post=8&per_page=5')
    ).to.deep.equal({url: 'https://site.example/wp-json/wp/v2/comments', post: '8'});
    expect(
      replyEndpoint('https://site.example/blog/?rest_route=/wp/v2/comments&post=3')
    ).to.deep.equal({url: 'https://site.example/blog/?rest_route=/wp/v2/comments', post: '3'});
    expect(replyEndpoint('https://site.example/wp-json/wp/v2/comments')).to.equal(undefined);
    expect(replyEndpoint('https://site.example/feed/?post=3')).to.equal(undefined);
    expect(replyEndpoint('ftp://site.example/wp-json/wp/v2/comments?post=3')).to.equal(undefined);
  });

  it('renders hostile comments as text, sanitized; only http(s) avatars and links', async () => {
    const el = await mount(html`<news-comments src=${SEED}></news-comments>`);
    const first = q(el, '#comment-11')!;
    const author = first.querySelector('[part=author]')!;
    expect(author.textContent!.trim()).to.equal('Nguyễn Văn An <img src=x onerror=alert(1)>');
    expect(author.tagName).to.equal('SPAN'); // javascript: author_url is no link
    expect(first.querySelector(':scope > article [part=avatar]')).to.equal(null);
    const content = first.querySelector(':scope > article [part=content]')!;
    expect(content.querySelector('strong')!.textContent).to.equal('Thank you');
    expect(content.querySelector('iframe, script, img, [onerror]')).to.equal(null);
    expect(content.querySelector('a')!.hasAttribute('href')).to.equal(false);
    const tanaka = q(el, '#comment-12 > article')!;
    expect(tanaka.querySelector('[part=author]')!.getAttribute('href')).to.equal(
      'https://im-japan.example/'
    );
    expect(tanaka.querySelector('[part=author]')!.getAttribute('rel')).to.equal('ugc nofollow');
    const img = tanaka.querySelector<HTMLImageElement>('[part=avatar]')!;
    expect(img.src).to.equal(
      new URL('/test/fixtures/comments/avatar.svg?s=48', location.href).href
    );
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(q(el, '#comment-15 [part=author]')!.textContent!.trim()).to.equal('Anonymous');
  });

  it('threads replies in nested lists; a reply to a comment not loaded says so', async () => {
    const el = await mount(html`<news-comments src=${SEED}></news-comments>`);
    expect(q(el, '[part=heading]')!.textContent!.trim()).to.equal('5 comments');
    expect(q(el, '#comment-11 > ol > #comment-12 > ol > #comment-13')).to.exist;
    expect(q(el, '#comment-14 [part=reply-to]')!.textContent!.trim()).to.equal(
      'In reply to an earlier comment'
    );
    const el2 = await mount(html`<news-comments src=${SEED} max-depth="1"></news-comments>`);
    expect(qa(el2, 'ol.replies')).to.have.length(0);
    expect(q(el2, '#comment-13 [part=reply-to]')!.textContent!.trim()).to.equal(
      'In reply to Tanaka Yuki'
    );
  });

  it('fires news-load with the comments, news-error with a Retry on failure', async () => {
    const ok = document.createElement('news-comments') as NewsComments;
    ok.src = SEED;
    const loaded = oneEvent(ok, 'news-load');
    document.body.append(ok);
    try {
      expect((await loaded).feed.comments!.map((x) => x.id)).to.deep.equal([
        '11',
        '12',
        '13',
        '14',
        '15',
      ]);
    } finally {
      ok.remove();
    }
    const bad = document.createElement('news-comments') as NewsComments;
    bad.src = '/__news/status/500?wp-json/wp/v2/comments';
    const failed = oneEvent(bad, 'news-error');
    document.body.append(bad);
    try {
      const e = await failed;
      expect([e.kind, e.status]).to.deep.equal(['http', 500]);
      await until(() => !!q(bad, '[part=error]'), 'error state');
      expect(q(bad, '[part=error]')!.getAttribute('role')).to.equal('alert');
      expect(q(bad, '[part=retry]')!.textContent!.trim()).to.equal('Try again');
    } finally {
      bad.remove();
    }
  });

  it('empty: says there are no comments yet', async () => {
    const el = await mount(html`<news-comments src=${EMPTY}></news-comments>`);
    expect(q(el, '[part=empty]')!.textContent!.trim()).to.equal(
      'No comments yet. Be the first to comment.'
    );
    expect(q(el, '[part=heading]')).to.equal(null);
  });

  it('speaks the page language (vi): heading, notes, form', async () => {
    const el = await mount(
      html`<news-comments lang="vi" src=${SEED} allow-reply max-depth="1"></news-comments>`
    );
    expect(q(el, '[part=heading]')!.textContent!.trim()).to.equal('5 bình luận');
    expect(q(el, '#comment-13 [part=reply-to]')!.textContent!.trim()).to.equal(
      'Trả lời Tanaka Yuki'
    );
    expect(q(el, '[part=reply-heading]')!.textContent!.trim()).to.equal('Để lại một bình luận');
    expect(q(el, '.reply-note')!.textContent!.trim()).to.equal(
      'Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *'
    );
  });

  it('the form checks WordPress’s required fields first, in words, keeping what was typed', async () => {
    const el = await mount(html`<news-comments src=${SEED} allow-reply></news-comments>`);
    const email = q(el, '#author_email') as HTMLInputElement;
    expect(email.required && email.type === 'email' && email.maxLength === 100).to.equal(true);
    expect((q(el, '#author_name') as HTMLInputElement).maxLength).to.equal(245);
    (q(el, '#content') as HTMLTextAreaElement).value = 'Useful article';
    (q(el, '#author_name') as HTMLInputElement).value = 'Minh';
    email.value = 'not-an-email';
    q(el, 'button[type=submit]')!.click();
    await until(() => !!q(el, '[part=reply-status]'), 'a message');
    const status = q(el, '[part=reply-status]')!;
    expect(status.dataset.kind).to.equal('invalid-email');
    expect(status.textContent!.trim()).to.equal('Enter a valid email address.');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(email);
    expect((q(el, '#content') as HTMLTextAreaElement).value).to.equal('Useful article');
  });

  it('never offers to post to another site than the article’s: a link to its #respond', async () => {
    const el = await mount(
      html`<news-comments
        src=${SEED}
        allow-reply
        article-url="https://molisa.example.vn/english-review/im-japan/"
      ></news-comments>`
    );
    expect(q(el, '[part=reply-form]')).to.equal(null);
    expect(q(el, '[part=reply-link]')!.getAttribute('href')).to.equal(
      'https://molisa.example.vn/english-review/im-japan/#respond'
    );
  });

  it('keyboard: Tab walks the links of each comment, then the form in order', async () => {
    const el = await mount(html`<news-comments src=${SEED} allow-reply></news-comments>`);
    // The page's next stop: the Tab after the form's button lands here, not in the browser's
    // own interface (where Firefox kept the keyboard for the next test file's page).
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    const seen: string[] = [];
    (q(el, '#comment-11 .when') as HTMLElement).focus();
    for (let i = 0; i < 14; i++) {
      const a = el.shadowRoot!.activeElement as HTMLElement | null;
      if (!a) break;
      seen.push(a.id || a.getAttribute('part') || a.className);
      await sendKeys({press: 'Tab'});
    }
    expect(seen.slice(0, 3)).to.deep.equal(['when', 'a-12', 'when']);
    expect(seen.slice(-4)).to.deep.equal(['content', 'author_name', 'author_email', 'button']);
    expect(document.activeElement).to.equal(after);
    after.remove();
  });

  it('is accessible (axe), with the form', async () => {
    const el = await mount(html`<news-comments src=${SEED} allow-reply></news-comments>`);
    await expect(el).to.be.accessible();
  });
});
