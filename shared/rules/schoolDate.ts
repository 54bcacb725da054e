/**
 * School dates are calendar dates in Europe/London, stored as ISO `YYYY-MM-DD`.
 * A timestamp near midnight belongs to the London day, not the UTC one.
 */
const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function londonDate(instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return londonDay.format(instant);
}
