import { APP_URL } from '../support/appOrigin';
import type { TestApp } from './fixtures';

/** A pupil's details with sensible defaults: the synthetic school's Year 5. */
export const pupil = (legalForename: string, legalSurname: string, extra: Record<string, unknown> = {}) => ({
  upn: null, formerUpn: null, uln: null, legalSurname, legalForename, preferredSurname: null, preferredForename: null,
  dateOfBirth: '2016-03-14', sex: 'F', ncYear: '5', className: '5B', admissionDate: null, leavingDate: null,
  destinationSchool: null, eal: false, pupilPremium: false, fsm: false, lookedAfter: false, previouslyLookedAfter: false,
  medicalNotes: null, ...extra,
});

export const decision = (provision: string, startDate: string) => ({
  provision, startDate, decisionDate: startDate, decidedBy: 'Priya Sharma (SENCO)', consulted: ['parents'], parentsInformedOn: startDate, note: null,
});

/** Calls main as the signed-in page would, and fails the test on a refusal. */
export async function call<T = unknown>(app: TestApp, channel: string, payload: unknown): Promise<T> {
  const result = await app.backend.dispatch({ senderUrl: APP_URL, channel, payload });
  if (!result.ok) throw new Error(`${channel} refused: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

export const addPupil = async (app: TestApp, details: ReturnType<typeof pupil>) =>
  (await call<{ pupilId: string }>(app, 'pupils.add', details)).pupilId;

/** A small school: two on the register, one being monitored, one EAL, one left. */
export async function seedSchool(app: TestApp): Promise<void> {
  const ava = await addPupil(app, pupil('Ava', 'Okonjo', { eal: true, preferredForename: 'Avie' }));
  const leo = await addPupil(app, pupil('Leo', 'Nowak', { ncYear: '6', className: '6A', pupilPremium: true }));
  const kai = await addPupil(app, pupil('Kai', 'Evans', { lookedAfter: true }));
  await addPupil(app, pupil('Mia', 'Leftwood', { leavingDate: '2026-07-22', destinationSchool: 'Oakfield Academy' }));
  await call(app, 'sen.changeStatus', { pupilId: ava, decision: decision('K', '2025-09-10') });
  await call(app, 'sen.setNeeds', { pupilId: ava, fromDate: '2025-09-10', needs: [{ type: 'SEMH', rank: 1 }, { type: 'SLCN', rank: 2 }] });
  await call(app, 'sen.changeStatus', { pupilId: leo, decision: decision('E', '2024-05-01') });
  await call(app, 'sen.setNeeds', { pupilId: leo, fromDate: '2024-05-01', needs: [{ type: 'ASD', rank: 1 }] });
  await call(app, 'monitoring.add', { pupilId: kai, concern: { reason: 'Spelling', addedOn: '2026-10-01', raisedBy: 'Class teacher', reviewOn: null } });
}

/** Many pupils on roll (the reference school has 2,000), named so that their order is known: Pupil 0001 … */
export async function seedMany(app: TestApp, count: number): Promise<void> {
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(4, '0');
    await addPupil(app, pupil(`Pupil`, `Number${n}`, { ncYear: String((i % 6) + 1), className: `${(i % 6) + 1}A` }));
  }
}
