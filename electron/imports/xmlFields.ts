/**
 * Reading fields out of the elements xmlReader kept: at most one of each,
 * trimmed, empty counted as absent, dates as ISO. Every problem is an
 * ImportRefusal naming the line and the element, never the value.
 */
import { ImportRefusal } from './refusal';
import type { XmlNode } from './xmlReader';

/** The children of `parent` named `name`, in file order. */
export function all(parent: XmlNode, name: string): XmlNode[] {
  return parent.children.filter((c) => c.name === name);
}

/** The one child named `name`, or undefined; two are refused (`what` names the parent, e.g. "a Pupil"). */
export function one(parent: XmlNode, name: string, what: string): XmlNode | undefined {
  const [first, second] = all(parent, name);
  if (second) throw new ImportRefusal(second.line, `${what} has more than one ${name}.`);
  return first;
}

/** The trimmed text of an element; undefined when it is missing or blank. */
export function textOf(node: XmlNode | undefined): string | undefined {
  const text = node?.text.trim();
  return text ? text : undefined;
}

/** The trimmed text of the one child `name`, or undefined. */
export function optionalText(parent: XmlNode, name: string, what: string): string | undefined {
  return textOf(one(parent, name, what));
}

/** The trimmed text of a child that must be there and not be blank. */
export function requiredText(parent: XmlNode, name: string, what: string): { node: XmlNode; text: string } {
  const node = one(parent, name, what);
  if (!node) throw new ImportRefusal(parent.line, `${what} has no ${name}.`);
  const text = textOf(node);
  if (text === undefined) throw new ImportRefusal(node.line, `${what} has an empty ${name}.`);
  return { node, text };
}

// xs:date: YYYY-MM-DD, optionally with a time zone, which a date of birth or a
// start date does not need and is dropped.
const XS_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)?$/;

/** An element's date as ISO YYYY-MM-DD; another form, or a day that does not exist, is refused. */
export function isoDate(node: XmlNode, text: string): string {
  const m = XS_DATE.exec(text);
  if (!m) {
    throw new ImportRefusal(node.line, `the ${node.name} is not a date in the form YYYY-MM-DD (for example 2014-03-27).`);
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    throw new ImportRefusal(node.line, `the ${node.name} is not a real date.`);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
