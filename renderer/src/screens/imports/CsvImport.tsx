import { useState } from 'react';
import { isBlocked } from '../../../../shared/rules/importFixes';
import { londonDate } from '../../../../shared/rules/schoolDate';
import type { ChosenCsv, CsvPreview } from '../../api';
import { ChooseCsv } from './ChooseCsv';
import { type CorrectedCell, CorrectRow } from './CorrectRow';
import { CsvConfirm } from './CsvConfirm';
import { CsvLeavers, type LeaverChoice } from './CsvLeavers';
import { CsvPreviewStep } from './CsvPreviewStep';
import { ImportProgress } from './ImportProgress';
import { doneNotice, pupils } from './importText';
import { type Mapping, MatchColumns } from './MatchColumns';
import { useProgressEvent } from '../../components/ProgressPanel';

type Step =
  | { name: 'choose' }
  | { name: 'map' }
  | { name: 'preview'; notice?: string }
  | { name: 'correct'; line: number }
  | { name: 'leavers' }
  | { name: 'confirm' }
  | { name: 'saving' };
type Fix = CorrectedCell & { line: number };

interface CsvImportProps {
  onDone(notice: string): void;
  onCancel(): void;
  onSaving?: ((saving: boolean) => void) | undefined;
}

/**
 * The CSV import journey: choose → match columns → preview (correct rows or
 * leave them out) → leavers (full roll only) → confirm → saving. Main holds
 * the file; this keeps only the SENCO's choices, sent whole with each call so
 * that what is saved is exactly what was previewed and confirmed.
 */
export function CsvImport({ onDone, onCancel, onSaving }: CsvImportProps) {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [file, setFile] = useState<ChosenCsv | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [fullRoll, setFullRoll] = useState(false);
  const [fixes, setFixes] = useState<Fix[]>([]);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [leftOut, setLeftOut] = useState<number[]>([]);
  const [leavers, setLeavers] = useState<LeaverChoice>(() => ({ pupilIds: [], leavingDate: londonDate(new Date()) }));
  const [onlyProblems, setOnlyProblems] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const progress = useProgressEvent('importProgress');

  const go = (next: Step) => {
    setError(null);
    setStep(next);
  };

  async function readPreview(nextMapping: Mapping, nextFullRoll: boolean, nextFixes: Fix[], after: (p: CsvPreview) => Step) {
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await window.senco.imports.previewCsv({ importId: file.importId, mapping: nextMapping, fullRoll: nextFullRoll, fixes: nextFixes });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setMapping(nextMapping);
    setFullRoll(nextFullRoll);
    setFixes(nextFixes);
    setPreview(result.value);
    setStep(after(result.value));
  }

  async function commit() {
    if (!file || !mapping) return;
    go({ name: 'saving' });
    onSaving?.(true);
    const result = await window.senco.imports.commitCsv({
      importId: file.importId,
      mapping,
      leavers: fullRoll && leavers.pupilIds.length > 0 ? leavers : null,
      fixes,
      leftOut,
    });
    onSaving?.(false);
    if (result.ok) return onDone(doneNotice(file.fileName, result.value));
    setError(result.error.message);
    setStep({ name: 'confirm' });
  }

  switch (step.name) {
    case 'choose':
      return (
        <ChooseCsv
          onChosen={(chosen) => {
            setFile(chosen);
            setMapping(chosen.mapping);
            go({ name: 'map' });
          }}
          onCancel={onCancel}
        />
      );
    case 'map':
      if (!file || !mapping) return null;
      return (
        <MatchColumns
          file={file}
          mapping={mapping}
          fullRoll={fullRoll}
          error={error}
          busy={busy}
          // A correction of a detail no longer matched to a column has nowhere to go.
          onContinue={(m, roll) => void readPreview(m, roll, fixes.filter((f) => m[f.field] !== null), () => ({ name: 'preview' }))}
          onCancel={onCancel}
        />
      );
    case 'preview':
      if (!file || !preview) return null;
      return (
        <CsvPreviewStep
          fileName={file.fileName}
          preview={preview}
          notice={step.notice}
          error={error}
          onlyProblems={onlyProblems}
          onOnlyProblemsChange={setOnlyProblems}
          onCorrect={(line) => go({ name: 'correct', line })}
          onContinue={(lines) => {
            setLeftOut(lines);
            go(fullRoll && preview.leavers.length > 0 ? { name: 'leavers' } : { name: 'confirm' });
          }}
          onChangeMapping={() => go({ name: 'map' })}
          onCancel={onCancel}
        />
      );
    case 'correct': {
      const row = preview?.rows.find((r) => r.line === step.line);
      if (!row || !mapping) return null;
      return (
        <CorrectRow
          row={row}
          error={error}
          busy={busy}
          onCorrect={(cells) => {
            const others = fixes.filter((f) => f.line !== step.line || !cells.some((c) => c.field === f.field));
            void readPreview(mapping, fullRoll, [...others, ...cells.map((c) => ({ ...c, line: step.line }))], (p) => {
              const now = p.rows.find((r) => r.line === step.line);
              const notice = !now || now.problems.length === 0 ? `Line ${step.line} corrected.` : isBlocked(now) ? `Line ${step.line} still has a problem: ${now.problems[0]?.message ?? ''}` : `Line ${step.line} corrected; it still has a census warning.`;
              return { name: 'preview', notice };
            });
          }}
          onCancel={() => go({ name: 'preview' })}
        />
      );
    }
    case 'leavers':
      if (!preview) return null;
      return (
        <CsvLeavers
          leavers={preview.leavers}
          choice={leavers}
          onContinue={(choice) => {
            setLeavers(choice);
            go({ name: 'confirm' });
          }}
          onBack={() => go({ name: 'preview' })}
        />
      );
    case 'confirm': {
      if (!file || !preview) return null;
      const kept = preview.rows.filter((r) => !leftOut.includes(r.line));
      const plan = {
        added: kept.filter((r) => r.action === 'new').length,
        updated: kept.filter((r) => r.action === 'update').length,
        leavers: fullRoll ? leavers.pupilIds.length : 0,
        leavingDate: leavers.leavingDate,
      };
      return (
        <CsvConfirm
          fileName={file.fileName}
          plan={plan}
          leftOut={leftOut.length}
          error={error}
          onImport={() => void commit()}
          onBack={() => go(fullRoll && preview.leavers.length > 0 ? { name: 'leavers' } : { name: 'preview' })}
        />
      );
    }
    case 'saving': {
      const total = (preview?.rows.length ?? 0) - leftOut.length;
      return <ImportProgress title="Importing pupils" message={progress?.message ?? `Importing ${pupils(total)}…`} done={progress?.done} total={progress?.total} />;
    }
    default: {
      const unknown: never = step;
      throw new Error(`Unknown import step: ${JSON.stringify(unknown)}`);
    }
  }
}
