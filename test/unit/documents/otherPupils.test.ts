import { describe, expect, it } from 'vitest';
import { otherPupilsHider } from '../../../electron/documents/otherPupils';
import { pupilSummaryView, renderPupilSummary } from '../../../electron/documents/pupilSummary';
import { pupilFile } from '../../support/pupilFileFixture';

const roll = [
  { forename: 'Tom', surname: 'Hughes' },
  { forename: 'Tom', surname: 'Hughes-Smith' },
  { forename: 'Zoë', surname: 'O’Brien' },
  { forename: 'Mary Jane', surname: 'Watson' },
  { forename: 'A.J.', surname: 'Lee' },
  { forename: 'Ava', surname: 'Okonjo' },
];
const self = [{ forename: 'Ava', surname: 'Okonjo' }];

describe('otherPupilsHider', () => {
  it.each([
    ['Works well with Tom Hughes in maths.', 'Works well with another pupil in maths.', 1],
    ['tom hughes and TOM HUGHES', 'another pupil and another pupil', 2],
    ['Sits with Tom Hughes-Smith', 'Sits with another pupil', 1],
    ['Tom\nHughes', 'another pupil', 1],
    ['Zoë O’Brien’s idea', 'another pupil’s idea', 1],
    ['Mary  Jane Watson', 'another pupil', 1],
    ['A.J. Lee', 'another pupil', 1],
    // A forename alone, a longer word or the pupil's own name stays.
    ['Tom was absent', 'Tom was absent', 0],
    ['Tom Hughesworth', 'Tom Hughesworth', 0],
    ['Atom Hughes', 'Atom Hughes', 0],
    ['Ava Okonjo chose it', 'Ava Okonjo chose it', 0],
    ['AxJ Lee', 'AxJ Lee', 0],
  ])('%j → %j', (text, hidden, count) => {
    const hider = otherPupilsHider(roll, self);
    expect(hider.hide(text)).toBe(hidden);
    expect(hider.hidden()).toBe(count);
  });

  it('changes nothing without names', () => {
    const hider = otherPupilsHider([], self);
    expect(hider.hide('Tom Hughes')).toBe('Tom Hughes');
    expect(hider.hidden()).toBe(0);
  });

  it('ignores a blank name rather than match every space', () => {
    expect(otherPupilsHider([{ forename: ' ', surname: ' ' }], self).hide('a b')).toBe('a b');
  });
});

describe('the pupil summary with the roll', () => {
  it('prints "another pupil" for another pupil’s full name in free text, and counts it', () => {
    const file = pupilFile();
    file.monitoring[0]!.reason = 'Falls out with Tom Hughes at lunch';
    file.profiles[0]!.importantToMe = 'Playing with Zoë O’Brien';
    file.senStatuses[1]!.note = 'Tom Hughes’s mum raised it too';
    const staff = pupilSummaryView(file, { audience: 'staff', preparedFor: 'Staff', otherPupils: roll });
    expect(staff.monitoring[0]?.concern).toBe('Falls out with another pupil at lunch');
    expect(staff.profile?.importantToMe).toBe('Playing with another pupil');
    expect(staff.statusHistory[1]?.note).toBe('another pupil’s mum raised it too');
    expect(staff.otherPupilsHidden).toBe(3);
    const page = renderPupilSummary(staff, { printedBy: 'Helen Carter', printedAt: '2026-11-29T14:05:00Z' });
    expect(page).not.toMatch(/with Tom Hughes|Zoë O’Brien|Tom Hughes’s/);
    // A member of staff named in a "raised by" field keeps the name, even one a pupil shares.
    expect(staff.monitoring[0]?.raisedBy).toBe('Mr Tom Hughes');

    // A parent's copy has no status notes, so it hides (and counts) only what it prints.
    const parent = pupilSummaryView(file, { audience: 'parent', preparedFor: 'Parent', otherPupils: roll });
    expect(parent.otherPupilsHidden).toBe(2);
  });

  it('counts nothing where no name is given', () => {
    expect(pupilSummaryView(pupilFile(), { audience: 'staff', preparedFor: 'Staff' }).otherPupilsHidden).toBe(0);
  });
});
