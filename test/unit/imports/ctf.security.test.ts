// XML attacks on the CTF import: external entities (XXE), external DTDs,
// entity expansion ("billion laughs"). A CTF never has a DOCTYPE, so any
// DOCTYPE is refused at its line before anything after it is read; and the
// parser underneath (saxes) is checked to be safe on its own, so the refusal
// is a second wall, not the only one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { accepted, fixture, refused } from './ctfXml';

const REASON =
  'the file has a DOCTYPE declaration, which a Common Transfer File never has. A DOCTYPE can make a file expand ' +
  'entities or read other files, so the file is refused.';

/** The fixture with a DOCTYPE before <CTfile> (line 3) and Amara's forename replaced by `forename`. */
const withDoctype = (doctype: string, forename = 'Amara') =>
  fixture.replace('<CTfile>', `${doctype}\n<CTfile>`).replace('<Forename>Amara</Forename>', `<Forename>${forename}</Forename>`);

const LAUGHS = [
  '<!DOCTYPE CTfile [',
  '  <!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
  ']>',
].join('\n');

describe('parseCtf refuses every DOCTYPE, at its line, expanding nothing', () => {
  it.each([
    ['an internal entity', '<!DOCTYPE CTfile [\n  <!ENTITY name "Injected">\n]>', '&name;'],
    ['an external entity (XXE)', '<!DOCTYPE CTfile [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>', '&xxe;'],
    ['an external entity over the network', '<!DOCTYPE CTfile [ <!ENTITY xxe SYSTEM "http://127.0.0.1:9/x"> ]>', '&xxe;'],
    ['a parameter entity', '<!DOCTYPE CTfile [ <!ENTITY % dtd SYSTEM "http://127.0.0.1:9/x.dtd"> %dtd; ]>', 'Amara'],
    ['an external DTD', '<!DOCTYPE CTfile SYSTEM "file:///etc/passwd">', 'Amara'],
    ['a public DTD', '<!DOCTYPE CTfile PUBLIC "-//DfE//CTF//EN" "http://127.0.0.1:9/ctf.dtd">', 'Amara'],
    ['billion laughs', LAUGHS, '&lol9;'],
    ['a bare DOCTYPE', '<!DOCTYPE CTfile>', 'Amara'],
  ])('%s', (_name, doctype, forename) => {
    expect(refused(withDoctype(doctype, forename))).toEqual({ ok: false, line: 3, reason: `Line 3: ${REASON}` });
  });

  it('gives the line the DOCTYPE starts on, whatever the line ends', () => {
    const xml = withDoctype('<!DOCTYPE CTfile [\n  <!ENTITY a "b">\n  <!ENTITY c "d">\n]>', '&a;');
    for (const eol of ['\n', '\r\n', '\r']) expect(refused(xml.replace(/\n/g, eol)).line).toBe(3);
  });

  it('refuses an entity that no DOCTYPE declares, and leaves a DOCTYPE inside a comment alone', () => {
    expect(refused(fixture.replace('Amara', '&xxe;')).reason).toBe(
      'Line 28: the file uses an entity that XML does not define. Only &amp; &lt; &gt; &quot; &apos; and character ' +
        'references such as &#233; are allowed.',
    );
    expect(accepted(fixture.replace('<CTfile>', '<!-- <!DOCTYPE CTfile [ <!ENTITY x "y"> ]> -->\n<CTfile>')).pupils).toHaveLength(3);
  });
});

describe('saxes on its own (the wall under the DOCTYPE refusal)', () => {
  /** What saxes makes of a document when nobody refuses its DOCTYPE. */
  function saxesRead(xml: string): { text: string; errors: string[] } {
    const parser = new SaxesParser();
    let text = '';
    const errors: string[] = [];
    parser.on('text', (t) => (text += t));
    parser.on('error', (e) => errors.push(e.message));
    parser.write(xml).close();
    return { text, errors };
  }

  it('never expands an entity declared in a DOCTYPE, internal or external', () => {
    const internal = saxesRead('<!DOCTYPE a [ <!ENTITY e "EXPANDED"> ]><a>&e;</a>');
    expect(internal.text).not.toContain('EXPANDED');
    expect(internal.errors).toEqual([expect.stringMatching(/undefined entity\.$/)]);

    const external = saxesRead('<!DOCTYPE a [ <!ENTITY e SYSTEM "file:///etc/hostname"> ]><a>&e;</a>');
    expect(external.errors).toEqual([expect.stringMatching(/undefined entity\.$/)]);

    const laughs = saxesRead(`${LAUGHS.replace('CTfile', 'a')}<a>&lol9;</a>`);
    // Left as the reference it is, never expanded.
    expect(laughs.text).toBe('&lol9;');
    expect(laughs.errors).toHaveLength(1);
  });

  it('loads no Node built-in, so it cannot reach a file or the network', () => {
    const require = createRequire(import.meta.url);
    const saxesFile = require.resolve('saxes');
    const files = [saxesFile, ...['xml/1.0/ed5', 'xml/1.1/ed2', 'xmlns/1.0/ed3'].map((f) => require.resolve(`xmlchars/${f}`, { paths: [path.dirname(saxesFile)] }))];
    for (const file of files) {
      const requires = [...readFileSync(file, 'utf8').matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      for (const target of requires) expect(target, `${file} requires ${target}`).toMatch(/^xmlchars\//);
    }
  });
});
