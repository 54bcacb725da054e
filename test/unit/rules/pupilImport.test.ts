import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/rules/csv';
import { previewPupilImport, suggestMapping } from '../../../shared/rules/pupilImport';

const sims = [
  'UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,Gender,Year,Reg,Admission Date,EAL,FSM Eligible,In Care',
  'R201100018042,Okonjo,Ava,Ava-Rose,14/03/2016,F,Year 5,5B,03/09/2020,N,Y,N',
  'T201100018042,Nowak,Leo,,09/01/2018,M,3,3A,,Y,N,N',
  ',Evans,Kai,,2017-13-01,X,Year 15,4C,,maybe,N,N',
  'r201100018042,Okonjo,Ava,,14/03/2016,F,5,5B,,N,Y,N',
].join('\n');

function preview(text: string, known: string[] = []) {
  const csv = parseCsv(text);
  if (!csv.ok) throw new Error(csv.reason);
  const [header, ...rows] = csv.rows;
  return previewPupilImport(rows, suggestMapping(header?.cells ?? []), new Set(known));
}

describe('importing pupils from a MIS CSV', () => {
  it('maps the usual header names to fields, whatever their case and spacing', () => {
    expect(suggestMapping(['upn', 'SURNAME', 'Forename', 'Date of Birth', 'Reg Group', 'Something else'])).toMatchObject({
      upn: 0,
      legalSurname: 1,
      legalForename: 2,
      dateOfBirth: 3,
      className: 4,
      sex: null,
    });
  });

  it('previews every row with every problem, the census code where there is one, and whether it is new', () => {
    const rows = preview(sims, ['R201100018042']);
    expect(rows.map((r) => [r.line, r.action, r.problems.map((p) => p.code ?? p.field)])).toEqual([
      [2, 'update', []],
      [3, 'new', ['1510']],
      [4, 'new', ['dateOfBirth', 'sex', 'ncYear', 'eal', '1500']],
      [5, 'update', ['1520']],
    ]);
    expect(rows[0]?.pupil).toEqual({
      upn: 'R201100018042',
      legalSurname: 'Okonjo',
      legalForename: 'Ava',
      preferredForename: 'Ava-Rose',
      dateOfBirth: '2016-03-14',
      sex: 'F',
      ncYear: '5',
      className: '5B',
      admissionDate: '2020-09-03',
      eal: false,
      fsm: true,
      lookedAfter: false,
    });
    expect(rows[3]?.problems[0]?.message).toContain('line 2');
  });

  it('says which required value is missing', () => {
    const rows = preview('UPN,Surname,Forename,DOB\nR201100018042,,Ava,\n');
    expect(rows[0]?.problems.map((p) => p.message)).toEqual(['The name is missing.', 'The date of birth is missing.']);
  });
});
