import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { upnCheckLetter } from '../../shared/rules/upn';
import { type Timing, sampleWithLoop } from './measure';
import type { ReferenceVault } from './referenceVault';

type Measured = Timing & { longestBlock: number };

const yesNo = (flag: boolean) => (flag ? 'Y' : 'N');
const cell = (text: string | null) => (text === null ? '' : /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The school's own roll as its MIS would export it (SIMS-style header names), synthetic pupils only. */
function rollCsv(vault: ReferenceVault): string {
  const header = 'UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,Gender,NC Year,Reg Group,Admission Date,EAL,Pupil Premium,FSM,Looked After';
  const rows = vault.school.pupils
    .filter((p) => !p.details.leavingDate)
    .map(({ details: d }) =>
      [d.upn, d.legalSurname, d.legalForename, d.preferredForename, d.dateOfBirth, d.sex, d.ncYear, d.className, d.admissionDate]
        .map(cell)
        .concat([yesNo(d.eal), yesNo(d.pupilPremium), yesNo(d.fsm), yesNo(d.lookedAfter)])
        .join(','),
    );
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

/** A Year 7 intake arriving by CTF: new pupils, a quarter of them with an SEN history and needs. */
function intakeCtf(count: number): string {
  const pupils: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = `8210009${String(i).padStart(4, '0')}1`;
    const sen =
      i % 4 === 0
        ? `<SENhistory><SEN><StartDate>2021-09-06</StartDate><SENprovision>K</SENprovision></SEN>` +
          `<SENneeds><SENneed><SENtype>SPLD</SENtype><SENtypeRank>1</SENtypeRank></SENneed></SENneeds></SENhistory>`
        : '';
    pupils.push(
      `<Pupil><UPN>${upnCheckLetter(body)}${body}</UPN><Surname>Intake${String(i).padStart(3, '0')}</Surname><Forename>Sam</Forename>` +
        `<DOB>2015-0${(i % 9) + 1}-1${i % 10}</DOB><Sex>${i % 2 ? 'M' : 'F'}</Sex><BasicDetails><NCyearActual>7</NCyearActual></BasicDetails>${sen}</Pupil>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CTfile><Header><DocumentName>Common Transfer File</DocumentName><SourceSchool><LEA>821</LEA><Estab>2001</Estab></SourceSchool></Header>',
    `<CTFpupilData>${pupils.join('\n')}</CTFpupilData></CTfile>`,
  ].join('\n');
}

interface Chosen {
  importId: string;
  mapping: Record<string, number | null>;
}

/**
 * The imports at the reference size, through the dispatcher, with how long
 * main's event loop was held meanwhile: the files are read, parsed,
 * previewed and saved in a worker thread, so that figure stays small
 * however long the work takes.
 */
export async function importMeasures(vault: ReferenceVault, runs: number): Promise<{ name: string; timing: Measured; note: string }[]> {
  const csvFile = path.join(vault.dir, 'bench-roll.csv');
  writeFileSync(csvFile, rollCsv(vault));
  const ctfFile = path.join(vault.dir, 'bench-intake.xml');
  writeFileSync(ctfFile, intakeCtf(240));
  const onRoll = vault.school.pupils.filter((p) => !p.details.leavingDate).length;

  let chosen: Chosen | null = null;
  const choose = async () => {
    vault.platform.queueOpenPath(csvFile);
    chosen = await vault.call<Chosen>('imports.chooseCsv');
    return vault.call('imports.previewCsv', { importId: chosen.importId, mapping: chosen.mapping, fullRoll: true });
  };
  const preview = await sampleWithLoop(runs, choose);
  const save = await sampleWithLoop(runs, async () => {
    await choose();
    const { importId, mapping } = chosen!;
    return vault.call('imports.commitCsv', { importId, mapping, leavers: null });
  });
  const ctf = await sampleWithLoop(runs, async () => {
    vault.platform.queueOpenPath(ctfFile);
    const read = await vault.call<{ importId: string }>('imports.chooseCtf');
    return vault.call('imports.commitCtf', { importId: read.importId });
  });
  return [
    { name: 'CSV import: read and preview the whole roll', timing: preview, note: `${onRoll} rows, full roll` },
    { name: 'CSV import: read, preview and save the whole roll', timing: save, note: `${onRoll} pupils updated in one transaction` },
    { name: 'CTF import: read, preview and save an intake', timing: ctf, note: '240 pupils, 60 with SEN history' },
  ];
}
