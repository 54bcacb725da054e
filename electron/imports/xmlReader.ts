/**
 * Reads untrusted XML safely, keeping only the parts an importer asks for.
 *
 * Safety comes from the parser and from one rule on top:
 * - saxes is a conforming, non-validating XML 1.0 parser in plain JavaScript.
 *   It does no I/O, so it cannot fetch an external entity or DTD, and it does
 *   not read a DTD's internal subset, so no entity can be declared: only the
 *   five predefined entities and character references are expanded.
 * - Any DOCTYPE is refused outright, before anything after it is read: a CTF
 *   never has one, and refusing it leaves no room for entity tricks
 *   (XXE, "billion laughs") whatever a later parser version might do.
 * - Nesting deeper than `maxDepth` is refused.
 *
 * The first well-formedness error ends the read with its line and a reason in
 * plain English; nothing half-read is returned.
 */
import { SaxesParser } from 'saxes';
import { ImportRefusal } from './refusal';

/** An element kept by the reader: its local name (prefix dropped), the line its tag starts on, its own text. */
export interface XmlNode {
  readonly name: string;
  readonly line: number;
  text: string;
  readonly children: XmlNode[];
}

export interface ReadRules {
  /** The local name the root element must have, and how to name the format in a refusal. */
  readonly root: string;
  readonly format: string;
  readonly maxDepth: number;
  /**
   * Called as each element outside a kept subtree opens, with the local names
   * from the root down to it. True keeps it (as a top-level capture). May
   * throw an ImportRefusal, e.g. for a count limit.
   */
  capture(path: readonly string[], line: number): boolean;
  /** Whether a child of a kept element is kept too (with its own children, as this decides). */
  keepChild(parent: XmlNode, name: string): boolean;
}

export interface XmlRead {
  readonly rootLine: number;
  /** The encoding the XML declaration names, if it names one. */
  readonly declaredEncoding: string | undefined;
  readonly captured: readonly { readonly path: readonly string[]; readonly node: XmlNode }[];
}

interface Frame {
  readonly qname: string;
  readonly name: string;
  readonly line: number;
  readonly node: XmlNode | null;
}

const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

export function readXml(source: string, rules: ReadRules): XmlRead {
  const xml = blankMisplacedDeclaration(source);
  const first = /[^\uFEFF \t\r\n]/.exec(xml);
  if (first && first[0] !== '<') {
    throw new ImportRefusal(lineAt(xml, first.index), `the file is not XML (it does not start with <), so it is not ${rules.format}.`);
  }
  const parser = new SaxesParser({ position: true });
  const open: Frame[] = [];
  const captured: { path: readonly string[]; node: XmlNode }[] = [];
  let rootLine = 0;
  let declaredEncoding = xml === source ? undefined : encodingIn(source);
  // The element saxes closed last: when a closing tag does not match, saxes
  // closes the inner elements first and then reports, so this is the culprit.
  let lastClosed: Frame | undefined;

  parser.on('xmldecl', (decl) => {
    declaredEncoding = decl.encoding;
  });

  parser.on('doctype', (doctype) => {
    const startLine = parser.line - (doctype.match(/\n/g)?.length ?? 0);
    throw new ImportRefusal(
      startLine,
      `the file has a DOCTYPE declaration, which ${rules.format} never has. A DOCTYPE can make a file expand ` +
        'entities or read other files, so the file is refused.',
    );
  });

  parser.on('opentagstart', (tag) => {
    const name = localName(tag.name);
    const line = parser.line;
    if (open.length === 0) {
      rootLine = line;
      if (name !== rules.root) {
        throw new ImportRefusal(line, `the root element is <${tag.name}>, not <${rules.root}>, so it is not ${rules.format}.`);
      }
    }
    if (open.length >= rules.maxDepth) {
      throw new ImportRefusal(line, `elements are nested more than ${rules.maxDepth} deep; ${rules.format} never is.`);
    }
    const parent = open.at(-1);
    let node: XmlNode | null = null;
    if (parent?.node) {
      if (rules.keepChild(parent.node, name)) {
        node = { name, line, text: '', children: [] };
        parent.node.children.push(node);
      }
    } else {
      const path = [...open.map((f) => f.name), name];
      if (rules.capture(path, line)) {
        node = { name, line, text: '', children: [] };
        captured.push({ path, node });
      }
    }
    open.push({ qname: tag.name, name, line, node });
  });

  const addText = (text: string): void => {
    const top = open.at(-1);
    if (top?.node) top.node.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  parser.on('closetag', () => {
    lastClosed = open.pop();
  });

  parser.on('error', (err) => {
    const message = err.message.replace(/^\d+:\d+: /, '');
    // saxes reads a bare & as the start of an entity and runs on to the next
    // ";", often the end of the file: name the & itself, the usual mistake.
    const amp = bareAmpersand(xml, parser.position);
    if (amp !== undefined) throw new ImportRefusal(lineAt(xml, amp), 'there is a bare & in the text: XML needs it written as &amp;.');
    if (message === 'unexpected close tag.') {
      // saxes pops inner elements until it finds the name of the closing tag
      // it just read; find that name, to tell a missing closing tag (the name
      // is open further out) from a stray one (it is not open at all).
      const closing = /^<\/([^\s>]+)/.exec(xml.slice(xml.lastIndexOf('</', parser.position - 1)))?.[1];
      const stillOpen = closing !== undefined && open.some((f) => f.qname === closing);
      if (!stillOpen && closing !== undefined) {
        throw new ImportRefusal(parser.line, `the closing tag </${closing}> has no opening tag.`);
      }
      if (lastClosed && closing !== undefined) {
        throw new ImportRefusal(
          lastClosed.line,
          `the element <${lastClosed.qname}> is never closed: </${closing}> on line ${parser.line} comes first.`,
        );
      }
    }
    throw refusalFor(message, parser.line, open.at(-1));
  });

  parser.write(xml).close();
  return { rootLine, declaredEncoding, captured };
}

/**
 * Some exports put blank lines before the XML declaration, which XML forbids.
 * Such a declaration is blanked out (same length, line ends kept, so every
 * line number stays true) and the file is read as if it had none.
 */
function blankMisplacedDeclaration(xml: string): string {
  const m = /^(\uFEFF?[ \t\r\n]+)(<\?xml[ \t\r\n][^>]*\?>)/.exec(xml);
  if (!m) return xml;
  return m[1]! + m[2]!.replace(/[^\r\n]/g, ' ') + xml.slice(m[0].length);
}

function encodingIn(xml: string): string | undefined {
  return /^[^>]*?encoding\s*=\s*["']([^"']*)["']/.exec(xml.replace(/^\uFEFF?[ \t\r\n]+/, ''))?.[1];
}

/** Where the first & before `end` that starts no entity or character reference is, outside comments, CDATA and PIs. */
function bareAmpersand(xml: string, end: number): number | undefined {
  const head = xml.slice(0, end).replace(/<!--[^]*?(?:-->|$)|<!\[CDATA\[[^]*?(?:\]\]>|$)|<\?[^]*?(?:\?>|$)/g, (m) => ' '.repeat(m.length));
  const m = /&(?!(?:[A-Za-z_:][\w.:-]*|#[0-9]+|#x[0-9A-Fa-f]+);)/.exec(head);
  return m?.index;
}

/** The 1-based line of a character, counting line ends as XML does (CRLF, CR or LF). */
export function lineAt(xml: string, index: number): number {
  return (xml.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** A saxes well-formedness error, in plain English where we know the case. */
function refusalFor(message: string, line: number, innermost: Frame | undefined): ImportRefusal {
  if (message.startsWith('unclosed tag:') && innermost) {
    // saxes reports unclosed elements only at the end of the input.
    return new ImportRefusal(
      innermost.line,
      `the file ends before the element <${innermost.qname}> opened here is closed; it may have been cut short.`,
    );
  }
  const unmatched = /^unmatched closing tag: (.*)\.$/.exec(message);
  if (unmatched) return new ImportRefusal(line, `the closing tag </${unmatched[1]}> has no opening tag.`);
  if (message === 'undefined entity.') {
    return new ImportRefusal(
      line,
      'the file uses an entity that XML does not define. Only &amp; &lt; &gt; &quot; &apos; and character ' +
        'references such as &#233; are allowed.',
    );
  }
  if (message === 'document must contain a root element.') return new ImportRefusal(line, 'the file has no XML elements.');
  return new ImportRefusal(line, `the file is not well-formed XML (${message.replace(/\.$/, '')}).`);
}
