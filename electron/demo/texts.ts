/**
 * The words in the synthetic school's records: school names, concerns, decisions
 * and medical notes. All made up; the school and destination names are generic
 * English place-style names, not chosen to match any real school.
 */
export const schoolNames = {
  places: ['Ashcombe', 'Hollybrook', 'Kingsmead', 'Larchfield', 'Millbrook', 'Oakridge', 'Redmarsh', 'Stanbridge', 'Thornleigh', 'Westmoor', 'Fairhaven', 'Elmstead'],
  kinds: ['All-Through School', 'Academy', 'Community School', 'School'],
};

export const destinations = {
  college: ['Northgate Sixth Form College', 'Kingsbridge College', 'Riverside College', 'Castleford Road Sixth Form', 'St Hilda’s Catholic Sixth Form College'],
  secondary: ['Hartwell Academy', 'St Catherine’s Catholic High School', 'Beacon Hill Grammar School', 'Thornbury High School', 'Fenwick Academy'],
  primary: ['Meadowbank Primary School', 'Holy Trinity CE Primary School', 'Larkspur Primary Academy', 'Brookside Junior School', 'Orchard Vale Primary School'],
  special: ['Greenacres School (special)', 'Brookvale Academy (specialist provision)', 'The Willows Special School'],
};

export const concerns = {
  primary: [
    'Reading well below peers from the same starting point',
    'Slow progress in phonics; did not meet the screening check',
    'Attention and focus concerns raised by the class teacher',
    'Speech sounds hard to understand for adults who do not know the child',
    'Friendship difficulties and withdrawn at playtimes',
    'Fine motor and handwriting concerns',
    'Maths: the gap to peers has widened over two terms',
    'Frequent dysregulation after transitions in the day',
    'Limited vocabulary and difficulty following instructions',
  ],
  secondary: [
    'Reading age well below chronological age',
    'Falling behind in several subjects since transition',
    'Anxiety about attending some lessons',
    'Low mood reported by form tutor and parent',
    'Difficulty organising work and meeting deadlines',
    'Spelling and written work far below oral ability',
    'Repeated behaviour points in unstructured times',
    'Maths: not retaining methods between lessons',
    'Difficulty following extended spoken instructions',
  ],
};

export const raisedBy = {
  reception: ['Class teacher', 'EYFS lead', 'Teaching assistant', 'Parent'],
  primary: ['Class teacher', 'Teaching assistant', 'Parent', 'Phase leader'],
  secondary: ['Form tutor', 'English teacher', 'Maths teacher', 'Pastoral lead', 'Parent', 'Head of year'],
};

export const decidedBy = {
  senSupportPrimary: [
    'SENCO with class teacher and parents',
    'SENCO and class teacher at a pupil progress meeting, with parents',
    'SENCO with class teacher, parents and the educational psychologist',
  ],
  senSupportSecondary: [
    'SENCO with form tutor and parents',
    'SENCO and head of year, with parents',
    'SENCO after a specialist teacher assessment, with parents',
  ],
  plan: ['Local authority: final EHC plan issued', 'Local authority: EHC plan issued after a needs assessment'],
  noSen: ['SENCO with parents at a review', 'SENCO, class teacher and parents at the termly review'],
  previousSchool: 'Previous school (from the common transfer file)',
  previousPlan: 'Local authority (EHC plan transferred with the pupil)',
};

export const statusNotes = {
  senSupport: [
    'Less than expected progress after two cycles of targeted teaching',
    'Gap to peers widening despite quality-first teaching',
    'Specialist assessment confirmed needs',
    null,
    null,
  ],
  fromMonitoring: 'Moved from the monitoring list after review',
  plan: ['Final EHC plan issued', 'EHC plan issued after a 20-week needs assessment', null],
  planCeased: 'EHC plan ceased at annual review; support continues at SEN support',
  noSen: [
    'Needs now met through quality-first teaching; progress in line with peers',
    'Targets met; removed from the register with parents’ agreement',
  ],
  previousSchool: 'On SEN support at the previous school (common transfer file)',
  previousPlan: 'EHC plan in place on admission',
};

export const monitoringClosed = [
  'Progress now in line with peers; concern closed',
  'Concern resolved after a term of targeted teaching',
  'Parents and class teacher agree no further monitoring needed',
];

export const LEFT_SCHOOL = 'Pupil left the school';

/** General medical notes: plain, made-up, the kind a SENCO sees on a pupil file. */
export const medicalNotes = [
  'Asthma: blue reliever inhaler kept in class; uses it before PE',
  'Severe peanut allergy: two adrenaline auto-injectors (class bag and school office)',
  'Type 1 diabetes: insulin pump; individual healthcare plan; snacks allowed in lessons',
  'Epilepsy (absence seizures): individual healthcare plan in place',
  'Eczema: emollient cream applied at lunchtime',
  'Coeliac disease: gluten-free meals arranged with the kitchen',
  'Migraines: may need to rest in the medical room',
  'Glasses for distance: to be worn in lessons',
];

/** Medical notes that go with a need, for pupils who have it. */
export const needMedicalNotes: Readonly<Record<string, string>> = {
  HI: 'Wears bilateral hearing aids; radio aid in lessons; seat near the front',
  VI: 'Vision impairment: enlarged print (N18) and seat near the board',
  MSI: 'Multi-sensory impairment: follow the qualified teacher of MSI’s advice on lighting and noise',
  PD: 'Uses a wheelchair for longer distances; personal emergency evacuation plan in place',
  DS: 'Down syndrome: annual heart check; hearing reviewed each year',
  PMLD: 'Gastrostomy feeding: trained staff only; individual healthcare plan in place',
};
