// Real feeds saved from real sites (../shared/corpora/feeds/real-world), served as bytes by the
// test server and read through the loader, as a partner's page would.
import {expect} from '@open-wc/testing';
import {clearFeedCache, loadFeed} from '../../src/data/load.js';
import {feedDate} from '../../src/data/dates.js';
import {FeedError} from '../../src/data/errors.js';
import type {Feed} from '../../src/data/article.js';

const ROOT = '/__corpora/feeds/real-world';

describe('real-world feeds (explore)', () => {
  it('explores', async function () {
    this.timeout(300000);
    const dirs = await fetch(`${ROOT}/`);
    if (!dirs.ok) this.skip();
    const out: string[] = [];
    for (const dir of (await dirs.json()) as string[]) {
      const files = (await (await fetch(`${ROOT}/${dir}/`)).json()) as string[];
      for (const f of files) {
        clearFeedCache();
        let feed: Feed;
        try {
          feed = await loadFeed(`${ROOT}/${dir}/${f}`, {retries: 0});
        } catch (e) {
          out.push(`${dir}/${f}: ${(e as FeedError).kind} ${(e as Error).message}`);
          continue;
        }
        const noDate = feed.articles.filter((a) => !a.published && !a.updated).length;
        const badTitle = feed.articles.filter((a) => !a.title || /^https?:/.test(a.title)).length;
        out.push(`${dir}/${f}: ${feed.articles.length} items, ${noDate} undated, ${badTitle} bad titles, ${feed.articles[0]?.title?.slice(0, 50)}`);
      }
    }
    console.log(out.join('\n'));
    expect(out.length).to.be.greaterThan(0);
    void feedDate;
  });
});
