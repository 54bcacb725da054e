import type { ProfessionalRole } from '../../shared/rules/involvement';

/**
 * The words around the people in the synthetic school: streets, towns,
 * services and the short notes a school office keeps. All made up: the county
 * of "Northshire" and its towns do not exist, and the streets are common
 * English street-name shapes combined at random.
 */
const streetNames = ['Acorn', 'Beech', 'Bramble', 'Chapel', 'Clover', 'Foxglove', 'Heron', 'Juniper', 'Kestrel', 'Lapwing',
  'Linden', 'Mallow', 'Nettle', 'Orchard', 'Primrose', 'Quarry', 'Rowan', 'Sorrel', 'Teasel', 'Willowherb', 'Wren', 'Yarrow'];
const streetKinds = ['Road', 'Street', 'Lane', 'Close', 'Avenue', 'Grove', 'Crescent', 'Way', 'Gardens', 'Drive'];
export const streets = streetNames.flatMap((name) => streetKinds.map((kind) => `${name} ${kind}`));

export const towns = ['Northbridge', 'Ashby Fold', 'Cranmoor', 'Lowerthorpe', 'Edgeley Green', 'Fellside'];

/** The services that employ each kind of professional, in the school's (made-up) local authority and NHS trust. */
export const services: Record<Exclude<ProfessionalRole, 'other'>, readonly string[]> = {
  'educational-psychologist': ['Northshire Educational Psychology Service'],
  'speech-and-language-therapist': ['Northshire Children’s Speech and Language Therapy (NHS)'],
  'occupational-therapist': ['Northshire Children’s Occupational Therapy (NHS)'],
  camhs: ['Northshire CAMHS', 'Northshire CAMHS (Mental Health Support Team in schools)'],
  paediatrician: ['Northshire Child Development Centre', 'Northbridge General Hospital, community paediatrics'],
  'social-worker': ['Northshire Children’s Services, Children in Care team'],
};

/** Specialists recorded as "other", with the need that brings them in. */
export const otherSpecialists: Readonly<Record<string, { description: string; service: string }>> = {
  HI: { description: 'Qualified teacher of the deaf', service: 'Northshire Sensory Support Service' },
  VI: { description: 'Qualified teacher of vision impairment', service: 'Northshire Sensory Support Service' },
  MSI: { description: 'Qualified teacher of multi-sensory impairment', service: 'Northshire Sensory Support Service' },
  SPLD: { description: 'Specialist teacher (specific learning difficulties)', service: 'Northshire Learning Support Service' },
};

export const involvementNotes: Record<ProfessionalRole, readonly (string | null)[]> = {
  'educational-psychologist': ['Observed in class and met parents; report on file', 'Advice given for the EHC needs assessment', null, null],
  'speech-and-language-therapist': ['Therapy programme delivered by the TA twice a week', 'Reviews each term in school', null],
  'occupational-therapist': ['Sensory and motor assessment; equipment advice on file', 'Handwriting programme set', null],
  camhs: ['Appointments in school hours: parents let the office know', 'Waiting for assessment', null],
  paediatrician: ['Neurodevelopmental assessment', 'Reviews every six months', null],
  'social-worker': ['PEP meetings each term with the virtual school', 'Invite to all reviews', null],
  other: ['Visits each half term; advice on file', null],
};

export const contactNotes = {
  any: [
    'Prefers contact by email',
    'Works shifts: best to call after 3pm',
    'Please use the mobile first',
    'Interpreter helpful for meetings',
  ],
  apart: ['Receives copies of reports and invitations to reviews', 'Sees the pupil at weekends'],
  birthParent: 'Contact arranged by the local authority: check with the social worker before sharing information',
  fosterCarer: 'Parental responsibility lies with the local authority: the social worker gives consent',
  guardian: 'Special guardianship order in place',
} as const;
