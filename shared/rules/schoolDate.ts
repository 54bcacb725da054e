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

const longDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-11-29` → "29 November 2026". A school date is a calendar date: no time zone moves it. */
export function formatSchoolDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  // Noon UTC is the same calendar day in London, summer or winter.
  const noon = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN, 12));
  if (Number.isNaN(noon.getTime()) || noon.toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`Not a calendar date: ${JSON.stringify(isoDate)}.`);
  }
  return longDay.format(noon);
}

/**
 * An instant as a London reader says it, GOV.UK style:
 * "29 November 2026 at 2:05pm", "1 July 2026 at 9am", "midday", "midnight".
 */
export function formatLondonDateTime(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${JSON.stringify(instant)}.`);
  const parts = londonClock.formatToParts(date);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${longDay.format(date)} at ${clockWords(hour, minute)}`;
}

function clockWords(hour: number, minute: string): string {
  if (minute === '00' && hour === 0) return 'midnight';
  if (minute === '00' && hour === 12) return 'midday';
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h}${minute === '00' ? '' : `:${minute}`}${hour < 12 ? 'am' : 'pm'}`;
}
