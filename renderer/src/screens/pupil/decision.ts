/** The record of a decision about SEN status, as its controls hold it (statusDecision in the contract). */
export interface DecisionForm {
  startDate: string;
  decisionDate: string;
  decidedBy: string;
  consulted: ('class-teacher' | 'parents' | 'pupil')[];
  parentsInformedOn: string;
  note: string;
}

export const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export const emptyDecision = (): DecisionForm => ({
  startDate: today(), decisionDate: today(), decidedBy: '', consulted: [], parentsInformedOn: '', note: '',
});

export const decisionIds = {
  startDate: 'decision-start',
  decisionDate: 'decision-date',
  decidedBy: 'decision-by',
} as const;
export type DecisionField = keyof typeof decisionIds;

export function decisionErrors(d: DecisionForm): Partial<Record<DecisionField, string[]>> {
  const found: Partial<Record<DecisionField, string[]>> = {};
  if (d.startDate === '') found.startDate = ['Enter the date the status starts.'];
  if (d.decisionDate === '') found.decisionDate = ['Enter the date of the decision.'];
  if (d.decidedBy.trim() === '') found.decidedBy = ['Say who decided.'];
  return found;
}

export const toDecision = (d: DecisionForm) => ({
  startDate: d.startDate,
  decisionDate: d.decisionDate,
  decidedBy: d.decidedBy.trim(),
  consulted: d.consulted,
  parentsInformedOn: d.parentsInformedOn === '' ? null : d.parentsInformedOn,
  note: d.note.trim() === '' ? null : d.note.trim(),
});
