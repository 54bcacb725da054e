import { type MeasureKind, measureKindLabels, measureKinds } from '../../../../shared/domain/provision';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';

interface MeasureFieldsProps {
  ids: { kind: string; customName: string };
  kind: MeasureKind | '';
  customName: string;
  errors: { kind?: string[] | undefined; customName?: string[] | undefined };
  onKind(kind: MeasureKind | ''): void;
  onCustomName(name: string): void;
}

const options = measureKinds.map((value) => ({ value, label: measureKindLabels[value] }));

/** How entry and exit are measured; a measure of one's own needs its name. */
export function MeasureFields({ ids, kind, customName, errors, onKind, onCustomName }: MeasureFieldsProps) {
  return (
    <>
      <SelectField<MeasureKind> id={ids.kind} label="Entry and exit measure" placeholder="Choose a measure" options={options} errors={errors.kind} value={kind} onValueChange={onKind} />
      {kind === 'custom' ? (
        <Field id={ids.customName} label="Name of the measure" hint="For example: Boxall profile." autoComplete="off" errors={errors.customName} value={customName} onValueChange={onCustomName} />
      ) : null}
    </>
  );
}
