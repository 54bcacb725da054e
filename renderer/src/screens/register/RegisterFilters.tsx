import { CheckboxField } from '../../components/CheckboxField';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import type { FilterState } from './filterState';
import { areaOptions, needOptions, statusOptions, yearOptions } from './labels';

interface RegisterFiltersProps {
  value: FilterState;
  /** Classes seen on the register so far, for the class filter. */
  classes: readonly string[];
  onChange(next: FilterState): void;
}

/** The search box first (the most used), then the narrowing choices. Each change asks main again. */
export function RegisterFilters({ value, classes, onChange }: RegisterFiltersProps) {
  const set = <K extends keyof FilterState>(key: K) => (next: FilterState[K]) => onChange({ ...value, [key]: next });
  return (
    <div role="search" className="register-filters" aria-label="Find pupils">
      <Field
        id="register-search"
        label="Search by name or UPN"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={value.search}
        onValueChange={set('search')}
      />
      <div className="register-filters__grid">
        <SelectField id="filter-status" label="Status" placeholder="Everyone on roll" options={statusOptions} value={value.status} onValueChange={set('status')} />
        <SelectField id="filter-need" label="Need" placeholder="Any need" options={needOptions} value={value.need} onValueChange={set('need')} />
        <SelectField id="filter-area" label="Broad area" placeholder="Any area" options={areaOptions} value={value.area} onValueChange={set('area')} />
        <SelectField id="filter-year" label="Year" placeholder="Any year" options={yearOptions} value={value.ncYear} onValueChange={set('ncYear')} />
        <SelectField
          id="filter-class"
          label="Class"
          placeholder="Any class"
          options={classes.map((c) => ({ value: c, label: c }))}
          value={value.className}
          onValueChange={set('className')}
        />
      </div>
      <fieldset className="register-filters__flags">
        <legend className="visually-hidden">Only pupils who are</legend>
        <CheckboxField id="filter-eal" label="EAL" checked={value.eal} onCheckedChange={set('eal')} />
        <CheckboxField id="filter-pp" label="Pupil premium" checked={value.pupilPremium} onCheckedChange={set('pupilPremium')} />
        <CheckboxField id="filter-lac" label="Looked after" checked={value.lookedAfter} onCheckedChange={set('lookedAfter')} />
        <CheckboxField id="filter-leavers" label="Include leavers" checked={value.includeLeavers} onCheckedChange={set('includeLeavers')} />
      </fieldset>
    </div>
  );
}
