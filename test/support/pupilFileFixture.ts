import type { PupilFile } from '../../electron/services/pupilFiles';

/**
 * A pupil file as PupilFilesService.read returns it, for the document tests:
 * Ava Okonjo, Year 5, on SEN support after a term of monitoring, with every
 * part of the file filled in and a distinct, searchable phrase in each so a
 * test can tell which sections reached the page.
 */
const at = '2025-09-10T09:00:00.000Z';
const recorded = { at, by: 'user-1', source: 'manual' as const };

export const PHRASES = {
  medical: 'Carries an inhaler for asthma',
  contactNote: 'Prefers calls after 3pm',
  carer: 'Grace Okonjo',
  carerPhone: '07700 900123',
  carerAddress: '12 Elm Road, Oakfield',
  professional: 'Dr Priya Shah',
  professionalNote: 'Report due after half term',
  professionalPhone: '0161 496 0000',
  statusNote: 'Agreed at the spring review',
  decidedBy: 'Mrs Helen Carter (SENCO)',
  concern: 'Slow progress in phonics despite small-group teaching',
  outcomeNote: 'Assessment showed a language need',
  profile: 'Ava is kind and notices when others are sad',
} as const;

export function pupilFile(): PupilFile {
  const pupilId = 'pupil-ava';
  const details = {
    upn: 'R201100018042',
    formerUpn: null,
    uln: null,
    legalSurname: 'Okonjo',
    legalForename: 'Ava',
    preferredSurname: null,
    preferredForename: null,
    dateOfBirth: '2016-03-14',
    sex: 'F' as const,
    ncYear: '5',
    className: '5H',
    admissionDate: '2020-09-03',
    leavingDate: null,
    destinationSchool: null,
    eal: false,
    pupilPremium: true,
    fsm: false,
    lookedAfter: false,
    previouslyLookedAfter: true,
    medicalNotes: PHRASES.medical,
  };
  return {
    pupil: { ...details, id: pupilId, revision: 1, createdAt: at, updatedAt: at },
    revisions: [{ revision: 1, details, recorded }],
    // Consents are not part of the summary: they decide whether it may leave, they are not in it.
    consents: [],
    senStatuses: [
      {
        id: 'status-1', pupilId, provision: 'N', startDate: '2020-09-03', endDate: '2025-01-06', decisionDate: null,
        decidedBy: null, consulted: [], parentsInformedOn: null, note: null, recorded,
      },
      {
        id: 'status-2', pupilId, provision: 'K', startDate: '2025-01-06', endDate: null, decisionDate: '2024-12-16',
        decidedBy: PHRASES.decidedBy, consulted: ['class-teacher', 'parents', 'pupil'], parentsInformedOn: '2024-12-18',
        note: PHRASES.statusNote, recorded,
      },
    ],
    senNeeds: [
      { id: 'need-1', pupilId, needType: 'SLCN', rank: 1, startDate: '2025-01-06', endDate: null, recorded },
      { id: 'need-2', pupilId, needType: 'SPLD', rank: 2, startDate: '2025-01-06', endDate: null, recorded },
      { id: 'need-0', pupilId, needType: 'NSA', rank: 1, startDate: '2024-11-01', endDate: '2025-01-06', recorded },
    ],
    monitoring: [
      {
        id: 'concern-1', pupilId, reason: PHRASES.concern, addedOn: '2024-09-20', raisedBy: 'Mr Tom Hughes',
        reviewOn: '2024-12-13', closedOn: '2025-01-06', outcome: 'moved-to-sen-support', outcomeNote: PHRASES.outcomeNote,
        recorded: { at, by: 'user-1' },
      },
    ],
    contacts: [
      {
        id: 'contact-1',
        versions: [
          {
            version: 2, archived: false, recorded: { at, by: 'user-1' }, name: PHRASES.carer, relationship: 'Mother',
            parentalResponsibility: true, mobilePhone: PHRASES.carerPhone, homePhone: null, workPhone: null,
            email: 'grace@example.org', address: PHRASES.carerAddress, livesWithPupil: true, priority: 1, notes: PHRASES.contactNote,
          },
          {
            version: 1, archived: false, recorded: { at, by: 'user-1' }, name: 'Grace Okonjo-Old', relationship: 'Mother',
            parentalResponsibility: true, mobilePhone: null, homePhone: null, workPhone: null, email: null, address: null,
            livesWithPupil: true, priority: 1, notes: null,
          },
        ],
      },
      {
        id: 'contact-2',
        versions: [
          {
            version: 1, archived: true, recorded: { at, by: 'user-1' }, name: 'Removed Contact', relationship: 'Aunt',
            parentalResponsibility: false, mobilePhone: null, homePhone: null, workPhone: null, email: null, address: null,
            livesWithPupil: false, priority: 2, notes: null,
          },
        ],
      },
    ],
    involvements: [
      {
        id: 'involvement-1',
        versions: [
          {
            version: 1, recorded: { at, by: 'user-1' }, role: 'speech-and-language-therapist', roleDescription: null,
            name: PHRASES.professional, service: 'Oakfield NHS Children’s Therapies', phone: PHRASES.professionalPhone,
            email: null, startDate: '2025-02-03', endDate: null, notes: PHRASES.professionalNote,
          },
        ],
      },
    ],
    profiles: [
      {
        id: 'profile-2', writtenOn: '2025-03-01', likeAndAdmire: PHRASES.profile, importantToMe: 'My cat Biscuit and drawing',
        howToSupport: 'Show me a picture of what to do next', contributors: 'Ava, her mum and Miss Lee', recorded: { at, by: 'user-1' },
      },
      {
        id: 'profile-1', writtenOn: '2024-10-01', likeAndAdmire: 'An older profile', importantToMe: 'Old', howToSupport: 'Old',
        contributors: 'Ava', recorded: { at, by: 'user-1' },
      },
    ],
    staffNames: { 'user-1': 'Helen Carter' },
  };
}
