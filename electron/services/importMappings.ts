import { createHash } from 'node:crypto';
import { importMapping } from '../../shared/contract/imports';
import { readDate } from '../../shared/rules/importValues';
import type { ImportField } from '../../shared/rules/pupilImport';
import type { SettingsStore } from '../platform/platform';

type Mapping = Record<ImportField, number | null>;
const KEPT = 20;

/** One digest per exact header row: the same MIS report gives the same row, so the same digest. */
const digest = (headers: readonly string[]) => createHash('sha256').update(JSON.stringify(headers)).digest('hex');

/** A "header" with a date or a UPN-shaped cell in it is a pupil's row: the file has no header row. */
const looksLikeData = (headers: readonly string[]) => headers.some((h) => readDate(h).ok || /^[A-Z][0-9]{11}[0-9A-Z]$/i.test(h.trim()));

/**
 * Mappings the SENCO confirmed, by the header row they were for, so the next
 * export from the same MIS report comes prefilled. The settings file is not
 * encrypted, so it keeps only a digest of the row and the column numbers; it
 * may be edited by hand, so what is read back is checked before it is used.
 */
export class ImportMappings {
  constructor(private readonly settings: SettingsStore) {}

  recall(headers: readonly string[]): Mapping | null {
    const key = digest(headers);
    const found = (this.settings.get('importMappings') ?? []).find((entry) => entry.headerDigest === key);
    if (!found) return null;
    const checked = importMapping.safeParse(found.mapping);
    if (!checked.success) return null;
    return Object.values(checked.data).every((column) => column === null || column < headers.length) ? checked.data : null;
  }

  remember(headers: readonly string[], mapping: Mapping): void {
    if (looksLikeData(headers)) return;
    const key = digest(headers);
    const kept = (this.settings.get('importMappings') ?? []).filter((entry) => entry.headerDigest !== key);
    this.settings.set('importMappings', [{ headerDigest: key, mapping: { ...mapping } }, ...kept].slice(0, KEPT));
  }
}
