import type { Day } from './calendar';
import { type SyntheticContact, family } from './family';
import type { SenHistory } from './history';
import type { PupilName } from './names';
import { type SyntheticInvolvement, type Team, involvements } from './professionals';
import { type SyntheticProfile, profiles } from './profiles';
import type { Random } from './random';

export interface PupilPeople {
  contacts: SyntheticContact[];
  involvements: SyntheticInvolvement[];
  profiles: SyntheticProfile[];
}

export interface PeopleFrame {
  /** The pupil's own stream: only forked here, never drawn from, so the pupil's other fields stay as they were. */
  rnd: Random;
  team: Team;
  sex: 'M' | 'F';
  name: PupilName;
  eal: boolean;
  lookedAfter: boolean;
  previouslyLookedAfter: boolean;
  receptionYear: number;
  secondary: boolean;
  history: SenHistory;
  /** The later of the start of the history and the pupil's admission. */
  here: Day;
  latest: Day;
}

/** The parents and carers, professionals and one-page profiles of one pupil, each from a stream of its own. */
export function pupilPeople(f: PeopleFrame): PupilPeople {
  const { statuses, needs } = f.history;
  const contacts = family({
    rnd: f.rnd.fork('contacts'), name: f.name, eal: f.eal, lookedAfter: f.lookedAfter, previouslyLookedAfter: f.previouslyLookedAfter,
  });
  return {
    contacts,
    involvements: involvements({
      rnd: f.rnd.fork('involvements'), team: f.team, secondary: f.secondary, lookedAfter: f.lookedAfter,
      statuses, needs, earliest: f.here, latest: f.latest,
    }),
    profiles: profiles({
      rnd: f.rnd.fork('profiles'), sex: f.sex, forename: f.name.preferredForename ?? f.name.legalForename,
      receptionYear: f.receptionYear, statuses, needs, parent: contacts[0]?.contact.relationship ?? null,
      earliest: f.here, latest: f.latest,
    }),
  };
}
