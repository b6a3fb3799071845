/**
 * The parse benchmark's RSS feed (scripts/bench.mjs, bench/profile-parse.mjs): `items` items
 * shaped like the seed pages' (a dateline "(LĐXH)-", a figure with a credit, a source line
 * "(According to VNEconomy)") with `content:encoded`.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const item = (i: number) =>
  `<item><title>Item ${i}: MoLISA Deputy Minister received the President of IM Japan</title>` +
  `<link>https://molisa.example.vn/news/${i}</link><guid>https://molisa.example.vn/news/${i}</guid>` +
  `<pubDate>Mon, 13 Nov 2023 10:${String(i % 60).padStart(2, '0')}:00 +0700</pubDate>` +
  `<dc:creator>LĐXH</dc:creator><category>English Review</category><category>Labour</category>` +
  `<description>${esc(`<p>On November 13, Deputy Minister Nguyen Ba Hoan received a delegation, item ${i}, and discussed training for workers.</p>`)}</description>` +
  `<content:encoded><![CDATA[<p>(LĐXH)- Deputy Minister Nguyen Ba Hoan received the delegation of IM Japan.</p>` +
  `<figure><img src="https://molisa.example.vn/img/${i}.jpg" width="800" height="450" alt=""><figcaption>Training for workers. Photo – MOLISA</figcaption></figure>` +
  `<p>${'The two sides discussed the programme and its results. '.repeat(8)}</p><p>(According to VNEconomy)</p>]]></content:encoded></item>`;

/** The feed's text. */
export function benchRss(items: number): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench</title><link>https://molisa.example.vn/</link>' +
    Array.from({length: items}, (_, i) => item(i)).join('') +
    '</channel></rss>'
  );
}
