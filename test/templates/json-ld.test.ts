import {expect} from '@open-wc/testing';
import {jsonLdText, syncJsonLd} from '../../src/internal/templates/json-ld.js';

describe('jsonLdText (the one JSON-LD writer)', () => {
  it('escapes < > & U+2028 U+2029, and parses back to the same value', () => {
    const value = {name: '</script><!--&\u2028\u2029-->'};
    const text = jsonLdText(value);
    for (const raw of ['<', '>', '&', '\u2028', '\u2029']) expect(text).to.not.contain(raw);
    expect(JSON.parse(text)).to.deep.equal(value);
  });

  it('syncJsonLd keeps one marked script child, rewrites it, and removes it', () => {
    const host = document.createElement('div');
    syncJsonLd(host, 'x-owner', {a: 1});
    syncJsonLd(host, 'x-owner', {a: 2});
    const scripts = host.querySelectorAll('script[type="application/ld+json"][data-x-owner]');
    expect(scripts).to.have.length(1);
    expect(JSON.parse(scripts[0].textContent!)).to.deep.equal({a: 2});
    syncJsonLd(host, 'x-owner', undefined);
    expect(host.querySelector('script')).to.equal(null);
  });
});
