/**
 * Reads a Common Transfer File (CTF, DfE XML; REFERENCE.md §6) into plain
 * pupil records with their SEN history. Pure: no database, no Electron, no
 * I/O; synchronous, so a service can run it in a worker thread for a big file.
 *
 * A file is refused whole, with the line and the reason, when it is not
 * well-formed XML, is not a CTF, has a DOCTYPE, breaks a limit, or lacks what
 * a pupil record cannot do without (UPN, Surname, Forename, DOB; an SEN
 * entry's StartDate and SENprovision; a need's SENtype), or has a date that is
 * not YYYY-MM-DD. What can be read but deserves a look comes back as warnings.
 * UPN check letters and census rules are checked elsewhere (shared/rules).
 */
import { CTF_MAX_BYTES, CTF_MAX_PUPILS, type CtfHeader, type CtfParseResult, type CtfPupil, type CtfWarning } from './ctfTypes';
import { PUPIL_FIELDS, PUPIL_PARTS, readPupil } from './ctfPupil';
import { atLine, ImportRefusal } from './refusal';
import { one, optionalText } from './xmlFields';
import { lineAt, readXml, type XmlNode } from './xmlReader';

export type { CtfHeader, CtfParseResult, CtfPupil, CtfSenEntry, CtfSenNeed, CtfWarning } from './ctfTypes';
export { CTF_MAX_BYTES, CTF_MAX_PUPILS } from './ctfTypes';

const FORMAT = 'a Common Transfer File';
const PUPIL_PATH = 'CTfile/CTFpupilData/Pupil';

export function parseCtf(xml: string): CtfParseResult {
  try {
    return { ok: true, ...read(xml) };
  } catch (err) {
    if (err instanceof ImportRefusal) return { ok: false, line: err.line, reason: err.reason };
    throw err;
  }
}

function read(xml: string): { header: CtfHeader; pupils: CtfPupil[]; warnings: CtfWarning[] } {
  if (Buffer.byteLength(xml, 'utf8') > CTF_MAX_BYTES) {
    throw new ImportRefusal(null, `the file is larger than ${CTF_MAX_BYTES / 1024 / 1024} MB. A CTF for one school is far smaller, so it is refused.`);
  }
  if (xml.replace(/^\uFEFF/, '').trim() === '') throw new ImportRefusal(null, 'the file is empty.');

  let pupilCount = 0;
  let sawPupilData = false;
  const { rootLine, declaredEncoding, captured } = readXml(xml, {
    root: 'CTfile',
    format: FORMAT,
    maxDepth: 64,
    capture(path, line) {
      const where = path.join('/');
      if (where === 'CTfile/CTFpupilData') sawPupilData = true;
      if (where === PUPIL_PATH && ++pupilCount > CTF_MAX_PUPILS) {
        throw new ImportRefusal(
          line,
          `the file has more than ${CTF_MAX_PUPILS.toLocaleString('en-GB')} pupils. A CTF for one school is far smaller, so it is refused.`,
        );
      }
      return where === 'CTfile/Header' || where === PUPIL_PATH;
    },
    keepChild(parent, name) {
      if (parent.name === 'Pupil') return PUPIL_PARTS.has(name);
      if (parent.name === 'BasicDetails') return PUPIL_FIELDS.has(name);
      return true;
    },
  });

  const warnings: CtfWarning[] = [];
  const warn = (line: number, text: string): void => {
    warnings.push({ line, message: atLine(line, text) });
  };
  if (declaredEncoding !== undefined && !/^utf-?8$/i.test(declaredEncoding)) {
    warn(1, 'the file says its encoding is not UTF-8; it was read as UTF-8, so check names with accents.');
  }
  const unreadable = xml.indexOf('\uFFFD');
  if (unreadable >= 0) {
    warn(lineAt(xml, unreadable), 'the file has characters that could not be read (shown as \uFFFD): check names with accents.');
  }

  const headers = captured.filter((c) => c.path.length === 2);
  if (headers.length === 0) throw new ImportRefusal(rootLine, 'the file has no Header, so it does not say which school sent it.');
  if (headers.length > 1) throw new ImportRefusal(headers[1]!.node.line, 'the file has more than one Header.');
  const header = readHeader(headers[0]!.node, warn);

  const pupils = captured.filter((c) => c.path.length === 3).map((c) => readPupil(c.node, warn));
  if (!sawPupilData) warn(rootLine, 'the file has no CTFpupilData, so it holds no pupils.');
  else if (pupils.length === 0) warn(rootLine, 'the file holds no pupils.');
  warnings.sort((a, b) => a.line - b.line);
  return { header, pupils, warnings };
}

function readHeader(header: XmlNode, warn: (line: number, text: string) => void): CtfHeader {
  const what = 'the Header';
  const result: CtfHeader = { sourceSchool: {} };
  const fields = [
    ['documentName', 'DocumentName'],
    ['ctfVersion', 'CTFversion'],
    ['dateTime', 'DateTime'],
    ['documentQualifier', 'DocumentQualifier'],
    ['supplierId', 'SupplierID'],
  ] as const;
  for (const [key, element] of fields) {
    const value = optionalText(header, element, what);
    if (value !== undefined) result[key] = value;
  }

  const source = one(header, 'SourceSchool', what);
  if (source) {
    for (const [key, element] of [['lea', 'LEA'], ['estab', 'Estab'], ['urn', 'URN'], ['name', 'SchoolName']] as const) {
      const value = optionalText(source, element, 'the SourceSchool');
      if (value !== undefined) result.sourceSchool[key] = value;
    }
  } else {
    warn(header.line, 'the Header has no SourceSchool, so the school that sent the file is not known.');
  }

  const dest = one(header, 'DestSchool', what);
  if (dest) {
    result.destSchool = {};
    for (const [key, element] of [['lea', 'LEA'], ['estab', 'Estab']] as const) {
      const value = optionalText(dest, element, 'the DestSchool');
      if (value !== undefined) result.destSchool[key] = value;
    }
  }
  return result;
}
