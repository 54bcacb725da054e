import { importMapping } from '../../shared/contract/imports';
import type { ImportField } from '../../shared/rules/pupilImport';
import type { SettingsStore } from '../platform/platform';

type Mapping = Record<ImportField, number | null>;
const KEPT = 20;
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

/**
 * Mappings the SENCO confirmed, by the exact header row they were for, so the
 * next export from the same MIS report comes prefilled. Header names are not
 * personal data; the settings file may be edited by hand, so what is read
 * back is checked before it is trusted.
 */
export class ImportMappings {
  constructor(private readonly settings: SettingsStore) {}

  recall(headers: readonly string[]): Mapping | null {
    const kept = this.settings.get('importMappings') ?? [];
    const found = kept.find((entry) => Array.isArray(entry.headers) && same(entry.headers, headers));
    if (!found) return null;
    const checked = importMapping.safeParse(found.mapping);
    if (!checked.success) return null;
    return Object.values(checked.data).every((column) => column === null || column < headers.length) ? checked.data : null;
  }

  remember(headers: readonly string[], mapping: Mapping): void {
    const kept = (this.settings.get('importMappings') ?? []).filter((entry) => !same(entry.headers, headers));
    this.settings.set('importMappings', [{ headers: [...headers], mapping: { ...mapping } }, ...kept].slice(0, KEPT));
  }
}
