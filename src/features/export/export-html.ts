import type { AccessExport } from '../../contracts/export.js';
import { TIME_ZONE } from '../../domain/copenhagen-time.js';

/** The right-of-access export as a readable, printable page in Danish. Every value is escaped. */

const escape = (value: unknown) =>
  String(value ?? '–').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('da-DK', { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }) : '–');

function table(headers: string[], rows: unknown[][]): string {
  if (rows.length === 0) return '<p>Ingen.</p>';
  return `<table><thead><tr>${headers.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function rowsSection(title: string, rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return `<h2>${escape(title)}</h2><p>Ingen.</p>`;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return `<h2>${escape(title)}</h2>${table(keys, rows.map((r) => keys.map((k) => (typeof r[k] === 'object' && r[k] !== null ? JSON.stringify(r[k]) : r[k]))))}`;
}

export function renderExportHtml(data: AccessExport): string {
  const r = data.record;
  const facts: [string, unknown][] = [
    ['Navn', `${r.firstName} ${r.lastName}`],
    ['CPR-nummer', r.cpr],
    ['Fødselsdato', r.birthDate],
    ['Adresse', [r.addressLine, r.postalCode, r.city].filter(Boolean).join(', ')],
    ['Telefon', r.phone],
    ['E-mail', r.email],
    ['Foretrukket sprog', r.preferredLanguage],
    ['Kommunikation', r.communicationNeeds.join(', ')],
    ['Kontaktperson', r.contactPerson?.name],
    ['Målgrupper', (r.targetGroups ?? []).join(', ')],
  ];
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Indsigt: ${escape(`${r.firstName} ${r.lastName}`)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem;font-size:.9rem}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}dt{font-weight:bold}@media print{body{margin:0}h2{break-after:avoid}}</style>
</head><body>
<h1>Indsigt i dine oplysninger</h1>
<p>Udtræk fra ${escape(data.municipality)}, lavet ${escape(when(data.exportedAt))}. Her er alt, kommunen har registreret om dig i Mestring, og hvem der har set det.</p>
<h2>Dine oplysninger</h2><dl>${facts.map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(v === '' ? null : v)}</dd>`).join('')}</dl>
<h2>Dit team</h2>${table(['Navn', 'Titel', 'Enhed', 'Rolle'], r.team.map((m) => [m.name, m.title, m.unitName, m.teamRole]))}
<h2>Dit netværk</h2>${table(['Navn', 'Relation', 'Pårørende', 'Telefon', 'E-mail', 'Har login', 'Fjernet'], data.network.map((m) => [m.name, m.relation, m.isRelative ? 'ja' : 'nej', m.phone, m.email, m.hasLogin ? 'ja' : 'nej', when(m.removedAt)]))}
<h2>Samtykker</h2>${table(['Til', 'Del', 'Niveau', 'Givet', 'Givet af', 'Trukket tilbage', 'Trukket tilbage af'], data.consents.history.map((c) => [c.granteeName, c.part, c.level === 'comment' ? 'se og kommentere' : 'se', when(c.grantedAt), c.grantedByName, when(c.withdrawnAt), c.withdrawnByName]))}
${rowsSection('Ønsker og drømme', data.dreams)}
${rowsSection('Mål', data.goals)}
${rowsSection('Skridt', data.steps)}
${rowsSection('Møder', data.meetings)}
${rowsSection('Kommentarer', data.comments)}
${rowsSection('Ændringer i planen', data.planHistory)}
${data.transitionPlan ? rowsSection('Overgangsforløb', [data.transitionPlan]) : ''}
<h2>Hvem har set dine oplysninger?</h2>${table(['Tidspunkt', 'Hvem', 'Rolle', 'Enhed', 'Handling', 'Formål', 'Resultat'], data.accessLog.map((a) => [when(a.at), a.actorName, a.role, a.unitName, a.action, a.purpose, a.outcome === 'allowed' ? 'tilladt' : 'afvist']))}
</body></html>`;
}
