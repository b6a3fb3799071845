// Private `--_*` custom properties: every one an element reads is defined in that element's own
// styles (a typo would silently fall back to the browser default), and every one defined is
// read somewhere (dead tokens mislead themers reading the source).
import {expect} from '@open-wc/testing';
import type {CSSResultGroup} from 'lit';
import * as api from '../src/index.js';

/** Every element class the package exports (the classes with static styles). */
const elements = Object.fromEntries(
  Object.entries(api).filter(
    ([, v]) => typeof v === 'function' && 'styles' in v && (v as {styles?: unknown}).styles
  )
);

function cssText(styles: CSSResultGroup | undefined): string {
  if (!styles) return '';
  if (Array.isArray(styles)) return styles.map((s) => cssText(s as CSSResultGroup)).join('\n');
  return (styles as {cssText: string}).cssText;
}

/** Names defined (`--_x:`) and read (`var(--_x`) in a piece of CSS. */
function tokens(text: string) {
  const defined = new Set([...text.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
  const read = new Set([...text.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]));
  return {defined, read};
}

describe('private --_ tokens', () => {
  const allDefined = new Set<string>();
  const allRead = new Set<string>();
  for (const [name, ctor] of Object.entries(elements)) {
    it(`${name} reads only --_ tokens its own styles define`, () => {
      const {defined, read} = tokens(cssText((ctor as {styles?: CSSResultGroup}).styles));
      defined.forEach((t) => allDefined.add(t));
      read.forEach((t) => allRead.add(t));
      expect(
        [...read].filter((t) => !defined.has(t)),
        name
      ).to.deep.equal([]);
    });
  }

  it('every --_ token defined is read by some element', () => {
    expect(Object.keys(elements).length, 'element classes found').to.be.at.least(9);
    expect(allDefined.size).to.be.greaterThan(10);
    expect([...allDefined].filter((t) => !allRead.has(t)).sort()).to.deep.equal([]);
  });

  it('the checker finds an undefined and an unused token', () => {
    const {defined, read} = tokens(':host{--_a: red; color: var(--_b, blue)}');
    expect([...defined]).to.deep.equal(['--_a']);
    expect([...read]).to.deep.equal(['--_b']);
  });
});
