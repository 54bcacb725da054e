import { weekdayLabels, weekdays } from '../../shared/domain/provision';
import type { Audience, PupilTimetableEntry } from '../../shared/domain/provisionMaps';
import { html, type SafeHtml } from './html';

/**
 * A pupil's weekly support timetable as a grid: Monday to Friday across, one
 * row for each time a session runs, the session's name, room and staff in the
 * square. Times and days are in words and lines, so it reads the same in
 * black and white.
 */

const byTime = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.start.localeCompare(b.start) || a.end.localeCompare(b.end);

export function timetableGrid(entries: readonly PupilTimetableEntry[], audience: Audience): SafeHtml {
  if (entries.length === 0) {
    return html`<p>${audience === 'parent' ? 'No support sessions are timetabled this week.' : 'No sessions are timetabled for this week.'}</p>`;
  }
  const times = [...new Map(entries.map((e) => [`${e.start}–${e.end}`, { start: e.start, end: e.end }])).values()].sort(byTime);
  const rows = times.map((time) => {
    const cells = weekdays.map((day) => {
      const sessions = entries.filter((e) => e.day === day && e.start === time.start && e.end === time.end);
      return html`<td>${sessions.map(
        (s) => html`<div class="session"><strong>${s.provisionName}</strong><br>${s.room}${s.staff.length === 0 ? html`` : html`<br>${s.staff.join(', ')}`}</div>`,
      )}</td>`;
    });
    return html`<tr><th scope="row" class="time">${time.start}–${time.end}</th>${cells}</tr>`;
  });
  return html`<table class="timetable">
<thead><tr><th scope="col" class="time">Time</th>${weekdays.map((day) => html`<th scope="col">${weekdayLabels[day]}</th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

export const TIMETABLE_STYLES = `
table.timetable { table-layout: fixed; }
table.timetable th.time { width: 24mm; white-space: nowrap; }
table.timetable td { height: 12mm; }
table.timetable .session + .session { border-top: 0.25mm dashed #000; margin-top: 1mm; padding-top: 1mm; }
`;
