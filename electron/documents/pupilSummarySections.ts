import { formatSchoolDate } from '../../shared/rules/schoolDate';
import { html, type SafeHtml } from './html';
import type { PupilSummaryView } from './pupilSummaryView';

/**
 * The sections of a pupil's SEN summary as HTML, one function each, in the
 * order the page prints them. Headings are worded for the audience: staff get
 * the register's own terms, a family the plain ones.
 */

type View = PupilSummaryView;
const none = html``;
const date = (iso: string | null, missing = 'Not recorded') => (iso === null ? missing : formatSchoolDate(iso));
const period = (from: string, to: string | null) => `${formatSchoolDate(from)} – ${to === null ? 'now' : formatSchoolDate(to)}`;
const forParent = (view: View) => view.audience === 'parent';
/** A line of a fact list, or none where the value is missing (or, for a family, withheld). */
const line = (term: string, value: string | null): [string, string][] => (value === null ? [] : [[term, value]]);

function section(id: string, heading: string, content: SafeHtml): SafeHtml {
  return html`<section id="${id}" aria-labelledby="${id}-title">
  <h2 id="${id}-title">${heading}</h2>
  ${content}
</section>
`;
}

function facts(rows: [string, string][]): SafeHtml {
  return html`<dl class="facts">${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

export function pupilDetails(view: View): SafeHtml {
  const { pupil } = view;
  const rows: [string, string][] = [
    ['Name', pupil.name],
    ...line('Known as', pupil.knownAs),
    ['Date of birth', formatSchoolDate(pupil.dateOfBirth)],
    ['Year', pupil.year],
    ['Class', pupil.className ?? 'Not recorded'],
    [forParent(view) ? 'Unique pupil number (UPN)' : 'UPN', pupil.upn ?? 'Not recorded'],
  ];
  return section('pupil', forParent(view) ? 'Details' : 'Pupil details', facts(rows));
}

export function statusNow(view: View): SafeHtml {
  const { status } = view;
  const meaning = status.meaning === null ? none : html`<p>${status.meaning}</p>`;
  return section(
    'status',
    forParent(view) ? 'Special educational needs (SEN) now' : 'SEN status now',
    html`${facts([
      ['Status', status.label],
      ['Since', date(status.since)],
    ])}${meaning}`,
  );
}

export function needsNow(view: View): SafeHtml {
  const heading = forParent(view) ? `${view.pupil.forename}’s needs` : 'Needs';
  if (view.needs.length === 0) return section('needs', heading, html`<p>No need is recorded.</p>`);
  const rows = view.needs.map((n) => html`<tr><td>${n.rank}</td><th scope="row">${n.need}</th><td>${n.area}</td></tr>`);
  return section(
    'needs',
    heading,
    html`<table><thead><tr><th scope="col">${forParent(view) ? 'Main or other' : 'Rank'}</th><th scope="col">Need</th><th scope="col">Broad area</th></tr></thead>
<tbody>${rows}</tbody></table>`,
  );
}

export function chronology(view: View): SafeHtml {
  const parent = forParent(view);
  const heading = parent ? `History of ${view.pupil.forename}’s SEN` : 'SEN chronology';
  if (view.statusHistory.length === 0 && view.needHistory.length === 0) {
    return section('chronology', heading, html`<p>No SEN status has been recorded.</p>`);
  }
  const statusRows = view.statusHistory.map((s) => {
    const decided = parent
      ? html`<td>${date(s.decidedOn)}</td>`
      : html`<td>${date(s.decidedOn)}${s.decidedBy === null ? none : html`<br>by ${s.decidedBy}`}${s.note === null ? none : html`<div class="note">Note: ${s.note}</div>`}</td>`;
    return html`<tr><th scope="row">${s.status}</th><td>${period(s.from, s.to)}</td>${decided}<td>${s.consulted}</td><td>${date(s.parentsInformedOn)}</td></tr>`;
  });
  const statuses =
    view.statusHistory.length === 0
      ? html`<p>No SEN status has been recorded.</p>`
      : html`<table><caption>${parent ? 'Support' : 'Status periods'}</caption>
<thead><tr><th scope="col">${parent ? 'What' : 'Status'}</th><th scope="col">When</th><th scope="col">${parent ? 'Decided on' : 'Decision'}</th><th scope="col">${parent ? 'Who was asked' : 'Consulted'}</th><th scope="col">Parents told on</th></tr></thead>
<tbody>${statusRows}</tbody></table>`;
  const needRows = view.needHistory.map((n) => html`<tr><th scope="row">${n.need}</th><td>${n.rank}</td><td>${period(n.from, n.to)}</td></tr>`);
  const needs =
    view.needHistory.length === 0
      ? none
      : html`<table><caption>Needs</caption>
<thead><tr><th scope="col">Need</th><th scope="col">${parent ? 'Main or other' : 'Rank'}</th><th scope="col">When</th></tr></thead>
<tbody>${needRows}</tbody></table>`;
  return section('chronology', heading, html`${statuses}${needs}`);
}

/** Printed only when the pupil has ever been monitored: an empty section would suggest a concern. */
export function monitoring(view: View): SafeHtml {
  if (view.monitoring.length === 0) return none;
  const parent = forParent(view);
  const items = view.monitoring.map((m) => {
    const lines: [string, string][] = [
      ['Concern', m.concern],
      ['From', formatSchoolDate(m.from)],
      ...line('Raised by', m.raisedBy),
      ...line('Review by', m.reviewOn === null ? null : formatSchoolDate(m.reviewOn)),
      [parent ? 'Ended' : 'Closed', date(m.closedOn, parent ? 'Still going on' : 'Open')],
      ...line('Outcome', m.outcome),
      ...line('Note', m.outcomeNote),
    ];
    return html`<div class="item">${facts(lines)}</div>`;
  });
  return section(
    'monitoring',
    parent ? `When the school kept a closer eye on ${view.pupil.forename}’s progress` : 'Monitoring (a concern, not on the register)',
    html`${items}`,
  );
}

export function profile(view: View): SafeHtml {
  const heading = forParent(view) ? `About ${view.pupil.forename} (one-page profile)` : 'One-page profile';
  const p = view.profile;
  if (p === null) return section('profile', heading, html`<p>No one-page profile has been written.</p>`);
  return section(
    'profile',
    heading,
    html`<h3>What people like and admire about me</h3><p class="text">${p.likeAndAdmire}</p>
<h3>What is important to me</h3><p class="text">${p.importantToMe}</p>
<h3>How best to support me</h3><p class="text">${p.howToSupport}</p>
<p class="small">Written ${formatSchoolDate(p.writtenOn)} with ${p.contributors}.</p>`,
  );
}

export function health(view: View): SafeHtml {
  if (!view.health) return none;
  const notes = view.health.medicalNotes;
  return section('health', 'Health', notes === null ? html`<p>No medical notes are recorded.</p>` : html`<p class="text">${notes}</p>`);
}

export function family(view: View): SafeHtml {
  if (!view.family) return none;
  const parent = forParent(view);
  const { carers, lookedAfter, previouslyLookedAfter } = view.family;
  const yes = (b: boolean) => (b ? 'Yes' : 'No');
  const people =
    carers.length === 0
      ? html`<p>No parent or carer is recorded.</p>`
      : html`${carers.map((c) => {
          const extra: [string, string][] = [
            ['Parental responsibility', yes(c.parentalResponsibility)],
            [parent ? `Lives with ${view.pupil.forename}` : 'Lives with the pupil', yes(c.livesWithPupil)],
            ...c.contact.map((line): [string, string] => ['Contact', line]),
            ...line('Note', c.notes),
          ];
          return html`<div class="item"><h3>${c.name} (${c.relationship})</h3>${facts(extra)}</div>`;
        })}`;
  return section(
    'family',
    parent ? 'Family' : 'Family and social care',
    html`<h3 class="sub">Parents and carers</h3>${people}${facts([
      ['Looked after by a local authority', yes(lookedAfter)],
      ['Previously looked after', yes(previouslyLookedAfter)],
    ])}`,
  );
}

export function professionals(view: View): SafeHtml {
  if (!view.professionals) return none;
  const heading = forParent(view) ? `Other professionals who work with ${view.pupil.forename}` : 'Professionals involved';
  if (view.professionals.length === 0) return section('professionals', heading, html`<p>No other professional is recorded.</p>`);
  const items = view.professionals.map((p) => {
    const lines: [string, string][] = [
      ...line('Service', p.service),
      ['When', period(p.from, p.to)],
      ...p.contact.map((line): [string, string] => ['Contact', line]),
      ...line('Note', p.notes),
    ];
    return html`<div class="item"><h3>${p.role}: ${p.name}</h3>${facts(lines)}</div>`;
  });
  return section('professionals', heading, html`${items}`);
}
