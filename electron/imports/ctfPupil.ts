/**
 * One <Pupil> of a CTF, with its SEN history. Two layouts are read:
 *
 * - the DfE's, as the CTF specification (section 4.3.2, "Pupil data") lays it
 *   out and suppliers' importers read it: UPN, Surname, Forename, DOB and Sex
 *   (Gender in older files) directly under Pupil; FormerUPN, PreferredSurname,
 *   NCyearActual... under Pupil/BasicDetails; Pupil/SENhistory holding one or
 *   more SEN (StartDate, SENprovision, EndDate from CTF 17) and, beside them,
 *   one SENneeds list for the pupil's current needs;
 * - REFERENCE.md §6's, where each SEN holds its own SENneeds, and any field
 *   may sit directly under Pupil or under BasicDetails.
 *
 * Needs listed beside the SEN entries belong to the pupil's latest entry (the
 * open one). SENtype and SENtypeRank may come in either order.
 */
import type { CtfPupil, CtfSenEntry, CtfSenNeed } from './ctfTypes';
import { all, isoDate, one, optionalText, requiredText, textOf } from './xmlFields';
import type { XmlNode } from './xmlReader';

export type Warn = (line: number, text: string) => void;

/** Elements read from Pupil or Pupil/BasicDetails: everything else there is left unread. */
export const PUPIL_FIELDS = new Set([
  'UPN', 'Surname', 'Forename', 'DOB', 'Sex', 'Gender',
  'FormerUPN', 'PreferredSurname', 'PreferredForename', 'FormerSurname', 'FormerForename', 'MiddleNames', 'NCyearActual',
]);
/** Children of Pupil kept by the reader. */
export const PUPIL_PARTS = new Set([...PUPIL_FIELDS, 'BasicDetails', 'SENhistory']);

const OPTIONAL = [
  ['preferredSurname', 'PreferredSurname'],
  ['preferredForename', 'PreferredForename'],
  ['formerSurname', 'FormerSurname'],
  ['formerForename', 'FormerForename'],
  ['middleNames', 'MiddleNames'],
  ['formerUpn', 'FormerUPN'],
  ['ncYear', 'NCyearActual'],
] as const;

export function readPupil(pupil: XmlNode, warn: Warn): CtfPupil {
  const basic = one(pupil, 'BasicDetails', 'a Pupil');
  // A field may sit under Pupil or under BasicDetails, but only once.
  const merged: XmlNode = {
    ...pupil,
    children: [...pupil.children, ...(basic?.children.filter((c) => PUPIL_FIELDS.has(c.name)) ?? [])],
  };
  const what = 'a Pupil';
  const upn = requiredText(merged, 'UPN', what).text;
  const surname = requiredText(merged, 'Surname', what).text;
  const forename = requiredText(merged, 'Forename', what).text;
  const dob = requiredText(merged, 'DOB', what);

  const record: CtfPupil = {
    line: pupil.line,
    upn,
    surname,
    forename,
    dateOfBirth: isoDate(dob.node, dob.text),
    sex: readSex(merged, warn),
    senHistory: [],
  };
  for (const [key, element] of OPTIONAL) {
    const value = optionalText(merged, element, what);
    if (value !== undefined) record[key] = value;
  }
  const history = one(pupil, 'SENhistory', what);
  if (history) record.senHistory = readSenHistory(history, warn);
  return record;
}

function readSex(pupil: XmlNode, warn: Warn): 'M' | 'F' | null {
  const sexNode = one(pupil, 'Sex', 'a Pupil');
  const genderNode = one(pupil, 'Gender', 'a Pupil');
  const sex = textOf(sexNode);
  const gender = textOf(genderNode);
  if (sex !== undefined && gender !== undefined && sex.toUpperCase() !== gender.toUpperCase()) {
    warn(genderNode!.line, 'this Pupil has a Sex and a Gender that differ; the Sex is used.');
  }
  const node = sex !== undefined ? sexNode! : genderNode;
  const value = sex ?? gender;
  if (value === undefined) {
    warn(node?.line ?? pupil.line, 'this Pupil has no Sex (or Gender), so it is recorded as not known.');
    return null;
  }
  const upper = value.toUpperCase();
  if (upper === 'M' || upper === 'F') return upper;
  warn(node!.line, `this Pupil's ${node!.name} is neither M nor F, so it is recorded as not known.`);
  return null;
}

function readSenHistory(history: XmlNode, warn: Warn): CtfSenEntry[] {
  const entries = all(history, 'SEN').map((sen) => readSen(sen, warn));
  const shared = all(history, 'SENneeds').flatMap((needs) => readNeeds(needs, warn));
  if (shared.length > 0) {
    const latest = entries.reduce<CtfSenEntry | undefined>((a, b) => (a && a.startDate > b.startDate ? a : b), undefined);
    if (latest) latest.needs.push(...shared);
    else warn(shared[0]!.line, 'this SENhistory lists needs but no SEN entry with a provision, so the needs are not imported.');
  }
  return entries;
}

function readSen(sen: XmlNode, warn: Warn): CtfSenEntry {
  const what = 'an SEN entry';
  const start = requiredText(sen, 'StartDate', what);
  const provision = requiredText(sen, 'SENprovision', what).text;
  const endNode = one(sen, 'EndDate', what);
  const endText = textOf(endNode);
  const entry: CtfSenEntry = {
    line: sen.line,
    startDate: isoDate(start.node, start.text),
    provision,
    needs: all(sen, 'SENneeds').flatMap((needs) => readNeeds(needs, warn)),
  };
  if (endNode && endText !== undefined) entry.endDate = isoDate(endNode, endText);
  return entry;
}

function readNeeds(needs: XmlNode, warn: Warn): CtfSenNeed[] {
  return all(needs, 'SENneed').map((need) => {
    const what = 'an SENneed';
    const type = requiredText(need, 'SENtype', what).text;
    const rankNode = one(need, 'SENtypeRank', what);
    const rankText = textOf(rankNode);
    let rank: number | null = null;
    if (rankText !== undefined) {
      if (/^\d{1,3}$/.test(rankText)) rank = Number(rankText);
      else warn(rankNode!.line, 'this SENtypeRank is not a whole number, so the need is read as having no rank.');
    }
    return { line: need.line, type, rank };
  });
}
