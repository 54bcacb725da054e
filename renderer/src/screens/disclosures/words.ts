import { documentKindLabels, type DocumentKind, type Outcome } from '../../../../shared/domain/disclosure';

export const outcomeLabels: Record<Outcome, string> = {
  allowed: 'Allowed',
  'needs-consent': 'Needs consent',
  'needs-approval': 'Needs approval',
  refused: 'Refused',
};

/** "SEN record", without the long list in brackets the form shows. */
export const shortKindLabel = (kind: DocumentKind): string => documentKindLabels[kind].split(' (')[0]!;

/** One line per kind of document and decision: an extract of 200 pupils' SEN records reads as one line. */
export function decisionLines(documents: readonly { kind: DocumentKind; outcome: Outcome; basis?: string | undefined; reason: string }[]) {
  const seen = new Map<string, { kind: DocumentKind; outcome: Outcome; basis?: string | undefined; reason: string; count: number }>();
  for (const d of documents) {
    const key = `${d.kind}|${d.outcome}|${d.basis ?? ''}|${d.reason}`;
    const line = seen.get(key);
    if (line) line.count += 1;
    else seen.set(key, { ...d, count: 1 });
  }
  return [...seen.values()];
}
