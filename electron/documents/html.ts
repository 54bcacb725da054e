/**
 * Safe text for documents. Every value from a view model reaches the page
 * through `html` (element content and quoted attributes) or `cssString`
 * (CSS strings such as page footers), never by concatenation.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** HTML built by the `html` tag: interpolated into another `html`, it is kept as it is. */
class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}
export type { SafeHtml };

export type HtmlValue = string | number | SafeHtml | readonly HtmlValue[];

/**
 * A template tag that escapes every interpolated string and number; arrays are
 * joined, and only HTML made by this tag passes through unescaped. Anything
 * else (undefined, null, booleans, objects) is a mistake and throws rather
 * than print "undefined" on a child's record.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.text;
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map(render).join('');
  throw new TypeError(`A document cannot show ${value === null ? 'null' : typeof value}: pass text or numbers.`);
}

/**
 * Text as a double-quoted CSS string, e.g. for `@page` margin boxes. Every
 * character but letters, digits, spaces and plain punctuation becomes a CSS
 * escape, so neither `"` nor `</style>` can end the string or the sheet.
 */
export function cssString(text: string): string {
  const body = [...text]
    .map((c) => (/^[A-Za-z0-9 ,.:;!?()+=_-]$/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `))
    .join('');
  return `"${body}"`;
}

/**
 * A style sheet's text, to go inside `<style>` as it is. A `<` could end the
 * element, so a sheet with one is refused: values go in through cssString.
 */
export function styleSheet(css: string): SafeHtml {
  if (css.includes('<')) throw new Error('A style sheet cannot contain "<": build CSS strings with cssString.');
  return new SafeHtml(css);
}
