// Bytes to text like a browser: feeds in legacy charsets served as real bytes by the test server
// (test/fixtures/feeds/charset/*.xml, each written in its encoding and declaring it).
import {expect} from '@open-wc/testing';
import {clearFeedCache, loadFeed} from '../../src/data/load.js';
import {decodeBytes, sniffEncoding} from '../../src/data/decode.js';

const FEEDS: Record<string, {title: string; summary: string}> = {
  'windows-1252': {title: 'Crème brûlée – “quoted” for €5', summary: 'Le café où l’on dîne'},
  'iso-8859-1': {title: 'Crème brûlée à la française', summary: 'Señor Müller, ¿qué tal? ©'},
  'windows-1258': {
    title: 'Tiếng Việt: Bộ Lao động – Thương binh và Xã hội',
    summary: 'Đào tạo cho người lao động đi làm việc tại Nhật Bản',
  },
  shift_jis: {title: '日本語のニュース：東京で会議', summary: '外国人労働者の受け入れについて'},
  gb18030: {title: '中文新闻：劳动部长会见日本代表团', summary: '越南劳动荣军与社会部 €'},
};

describe('decoding feeds served in legacy charsets', () => {
  beforeEach(() => clearFeedCache());

  for (const [name, want] of Object.entries(FEEDS)) {
    it(`${name}: from the XML declaration, from the HTTP charset, and from both`, async () => {
      const byDeclaration = await loadFeed(`/__news/charset/${name}`);
      const byHeader = await loadFeed(`/__news/charset/${name}?decl=0&http=${name}`);
      const byBoth = await loadFeed(`/__news/charset/${name}?http=${name}`);
      for (const feed of [byDeclaration, byHeader, byBoth]) {
        expect(feed.title).to.equal(want.title);
        expect(feed.articles[0].title).to.equal(want.title);
        expect(feed.articles[0].summary).to.equal(want.summary);
        expect(feed.articles[0].title).to.not.contain('\uFFFD');
      }
    });
  }

  it('lets the HTTP charset win over the XML declaration, as a browser does', async () => {
    // Latin-1 bytes labelled UTF-8 by the server: the bytes that are not UTF-8 become U+FFFD.
    const feed = await loadFeed('/__news/charset/iso-8859-1?http=utf-8');
    expect(feed.articles[0].title).to.equal('Cr\uFFFDme br\uFFFDl\uFFFDe \uFFFD la fran\uFFFDaise');
  });

  it('reads undeclared legacy bytes as UTF-8 with U+FFFD, never an error', async () => {
    const feed = await loadFeed('/__news/charset/shift_jis?decl=0');
    expect(feed.articles[0].title).to.contain('\uFFFD');
    expect(feed.articles).to.have.length(1);
  });

  it('ignores an unknown HTTP charset and falls back to the declaration', async () => {
    const feed = await loadFeed('/__news/charset/windows-1252?http=x-no-such-charset');
    expect(feed.articles[0].title).to.equal(FEEDS['windows-1252'].title);
  });

  it('sniffs a BOM first, then the HTTP charset, the XML declaration or meta, else UTF-8', () => {
    const ascii = (s: string) => new TextEncoder().encode(s);
    expect(
      sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]), 'text/xml; charset=gbk')
    ).to.equal('utf-8');
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x3c, 0]))).to.equal('utf-16le');
    expect(sniffEncoding(ascii('<?xml version="1.0" encoding="koi8-r"?><rss/>'))).to.equal(
      'koi8-r'
    );
    expect(
      sniffEncoding(ascii('<?xml version="1.0" encoding="koi8-r"?>'), 'text/xml; charset="EUC-JP"')
    ).to.equal('euc-jp');
    expect(sniffEncoding(ascii('<html><head><meta charset="big5"></head>'))).to.equal('big5');
    expect(
      sniffEncoding(
        ascii('<html><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">')
      )
    ).to.equal('euc-kr');
    // UTF-16 declared in ASCII bytes is a wrong label: read as UTF-8, as browsers do.
    expect(sniffEncoding(ascii('<?xml version="1.0" encoding="utf-16"?><rss/>'))).to.equal('utf-8');
    expect(sniffEncoding(ascii('{"version": "https://jsonfeed.org/version/1.1"}'))).to.equal(
      'utf-8'
    );
    expect(decodeBytes(new Uint8Array([0x61, 0xff, 0x62]))).to.equal('a\uFFFDb');
    expect(
      decodeBytes(new Uint8Array([0xfe, 0xff, 0, 0x3c, 0, 0x72]), 'text/xml; charset=latin1')
    ).to.equal('<r');
  });
});
