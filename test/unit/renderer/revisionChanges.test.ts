import { describe, expect, it } from 'vitest';
import type { PupilDetails } from '../../../electron/db/repositories/pupils';
import { revisionChanges } from '../../../renderer/src/screens/pupil/revisionChanges';

const before: PupilDetails = {
  upn: null, formerUpn: null, uln: null, legalSurname: 'Patel', legalForename: 'Noah', preferredSurname: null,
  preferredForename: null, dateOfBirth: '2016-03-14', sex: 'M', ncYear: '5', className: '5B', admissionDate: null,
  leavingDate: null, destinationSchool: null, eal: false, pupilPremium: false, fsm: false, lookedAfter: false,
  previouslyLookedAfter: false, medicalNotes: null,
};

describe('what a revision of the details changed', () => {
  it.each<[string, Partial<PupilDetails>, { field: string; from: string; to: string }[]]>([
    ['nothing', {}, []],
    ['the class', { className: '5C' }, [{ field: 'Class', from: '5B', to: '5C' }]],
    ['a flag', { pupilPremium: true }, [{ field: 'Pupil premium', from: 'No', to: 'Yes' }]],
    ['a date, read as a school date', { leavingDate: '2027-07-21' }, [{ field: 'Leaving date', from: 'blank', to: '21 July 2027' }]],
    ['the year group, by its name', { ncYear: '6' }, [{ field: 'Year', from: 'Year 5', to: 'Year 6' }]],
    ['a preferred name, where there was none', { preferredForename: 'Nono' }, [{ field: 'Preferred forename', from: 'blank', to: 'Nono' }]],
    [
      'several fields, in the order of the form',
      { uln: '1234567890', legalSurname: 'Patel-Shah', sex: 'F' },
      [
        { field: 'Legal surname', from: 'Patel', to: 'Patel-Shah' },
        { field: 'Sex', from: 'Male', to: 'Female' },
        { field: 'ULN', from: 'blank', to: '1234567890' },
      ],
    ],
  ])('%s', (_what, change, expected) => {
    expect(revisionChanges(before, { ...before, ...change })).toEqual(expected);
  });
});
