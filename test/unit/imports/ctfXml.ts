// Helpers for the CTF tests: the fixture, small files built line by line, and
// a way to read a refusal.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseCtf, type CtfParseResult } from '../../../electron/imports/ctf';

export const fixture = readFileSync(new URL('../../fixtures/ctf/school-transfer.xml', import.meta.url), 'utf8');

export const HEADER_LINES = [
  '<Header>',
  '  <DocumentName>Common Transfer File</DocumentName>',
  '  <SourceSchool><LEA>201</LEA><Estab>1000</Estab></SourceSchool>',
  '</Header>',
];

/**
 * A CTF whose pupils are given as lines, so a test can count lines: the XML
 * declaration is line 1, <CTfile> line 2, the Header lines 3-6,
 * <CTFpupilData> line 7, and the first pupil line is line 8.
 */
export function ctf(...pupilLines: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CTfile>',
    ...HEADER_LINES,
    '<CTFpupilData>',
    ...pupilLines,
    '</CTFpupilData>',
    '</CTfile>',
  ].join('\n');
}

/** A pupil in the DfE layout, its lines replaceable by a test. */
export function pupil(fields: Partial<Record<'UPN' | 'Surname' | 'Forename' | 'DOB' | 'Sex', string | null>> = {}, ...more: string[]): string[] {
  const values = { UPN: 'U201100013017', Surname: 'Testperson', Forename: 'Sam', DOB: '2012-05-01', Sex: 'F', ...fields };
  return [
    '<Pupil>',
    ...Object.entries(values)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `  <${k}>${v}</${k}>`),
    ...more,
    '</Pupil>',
  ];
}

export type Refusal = Extract<CtfParseResult, { ok: false }>;
export type Accepted = Extract<CtfParseResult, { ok: true }>;

export function refused(xml: string): Refusal {
  const result = parseCtf(xml);
  if (result.ok) expect.fail(`expected the file to be refused, but it was read (${result.pupils.length} pupils)`);
  expect(Object.keys(result).sort()).toEqual(['line', 'ok', 'reason']);
  return result;
}

export function accepted(xml: string): Accepted {
  const result = parseCtf(xml);
  if (!result.ok) expect.fail(`expected the file to be read, but it was refused: ${result.reason}`);
  return result;
}
