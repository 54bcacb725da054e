import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml, html, styleSheet } from '../../../electron/documents/html';

describe('escapeHtml', () => {
  it.each([
    ['plain text', 'plain text'],
    ['Smith & Jones', 'Smith &amp; Jones'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" and \'single\'', '&quot;quoted&quot; and &#39;single&#39;'],
    ['&amp; stays visible as typed', '&amp;amp; stays visible as typed'],
    ['Zoë O’Brien — Year 6 ✓', 'Zoë O’Brien — Year 6 ✓'],
    ['', ''],
  ])('%j → %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe('html', () => {
  it('escapes every interpolated string and number', () => {
    const name = '<b>Tom & "Jerry"</b>';
    expect(html`<p title="${name}">${name} ${3} ${-1.5}</p>`.text).toBe(
      '<p title="&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;">&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; 3 -1.5</p>',
    );
  });

  it('keeps HTML it built itself, and joins arrays', () => {
    const items = ['a<', 'b&'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>`.text).toBe('<ul><li>a&lt;</li><li>b&amp;</li></ul>');
    expect(html`${[['x', 1], html`<br>`]}`.text).toBe('x1<br>');
    expect(String(html`<i>${'&'}</i>`)).toBe('<i>&amp;</i>');
  });

  it('does not trust a look-alike object', () => {
    const fake = { text: '<script>', toString: () => '<script>' };
    expect(() => html`${fake as never}`).toThrow(TypeError);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a boolean', true],
    ['an object', {}],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ])('refuses %s rather than print it', (_name, value) => {
    expect(() => html`<p>${value as never}</p>`).toThrow(/A document cannot show/);
  });
});

describe('cssString', () => {
  it.each([
    ['Printed by Jo on 1 July 2026 at 9am', '"Printed by Jo on 1 July 2026 at 9am"'],
    ['say "hi"', '"say \\22 hi\\22 "'],
    ['</style><script>', '"\\3c \\2f style\\3e \\3c script\\3e "'],
    ['back\\slash', '"back\\5c slash"'],
    ['line\nbreak', '"line\\a break"'],
    ['O’Brien — DEMO', '"O\\2019 Brien \\2014  DEMO"'],
    ['😀', '"\\1f600 "'],
  ])('%j → %s', (text, css) => {
    expect(cssString(text)).toBe(css);
  });

  it('lets nothing that could end the string or the sheet through unescaped', () => {
    const all = String.fromCodePoint(...Array.from({ length: 0x80 }, (_, i) => i));
    const body = cssString(all).slice(1, -1);
    expect(body).not.toMatch(/["'<>{}\n\r\f\0]/);
    // Every backslash starts a hex escape closed by a space.
    expect(body.replace(/\\[0-9a-f]{1,6} /g, '')).not.toContain('\\');
  });
});

describe('styleSheet', () => {
  it('passes CSS through unescaped', () => {
    expect(styleSheet('a > b { content: "x"; }').text).toBe('a > b { content: "x"; }');
  });

  it('refuses a sheet that could end its own <style> element', () => {
    expect(() => styleSheet('p {} </style><script>')).toThrow(/cannot contain "<"/);
  });
});
