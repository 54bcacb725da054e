/**
 * Money on screen: stored and sent as whole pence (shared/domain/provision.ts),
 * typed and read as pounds, because that is how a SENCO thinks of a budget.
 */

import { formatPence } from '../../../../shared/rules/provisionWords';

/** "£1,234.50" from 123450: the same words as on paper. */
export { formatPence };

/** "£0.3125" a minute: a template's rate may have a fraction of a penny. */
export const formatRatePerMinute = (pence: number): string => `£${(pence / 100).toFixed(4).replace(/0{1,2}$/, '')}`;

/** What a pound field holds for a figure in pence: "12.50", or "" for none. */
export const penceToField = (pence: number | null): string => (pence === null ? '' : (pence / 100).toFixed(2));

/**
 * Pence from "£1,234.5", "12" or "0.30"; null for an empty field; an error
 * message for anything else, so the form can say what is wrong with it.
 */
export function fieldToPence(text: string, what: string): { pence: number | null } | { error: string } {
  const cleaned = text.trim().replace(/^£/, '').replaceAll(',', '');
  if (cleaned === '') return { pence: null };
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return { error: `Give ${what} in pounds and pence, for example 12.50.` };
  return { pence: Math.round(Number(cleaned) * 100) };
}

/**
 * Pence a minute from "£0.3125" or "0.3125": to a hundredth of a penny, as the
 * contract allows ("31.25" pence).
 */
export function fieldToRatePerMinute(text: string, what: string): { pence: number | null } | { error: string } {
  const cleaned = text.trim().replace(/^£/, '');
  if (cleaned === '') return { pence: null };
  if (!/^\d+(\.\d{1,4})?$/.test(cleaned)) return { error: `Give ${what} in pounds a minute, for example 0.3125.` };
  return { pence: Math.round(Number(cleaned) * 10_000) / 100 };
}

export const rateToField = (pence: number | undefined): string => (pence === undefined ? '' : formatRatePerMinute(pence).slice(1));
