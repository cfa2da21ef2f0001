import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useSession } from '../auth/session.js';

/** The case officer's extra tools (CPR search, create, export, transition list) follow the role. */
export function useIsCaseOfficer(): boolean {
  const { me } = useSession();
  return me?.roles.includes('case-officer') ?? false;
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'da-DK';
}

/** A Danish calendar date (YYYY-MM-DD) as the reader writes dates. */
export function formatDate(date: string | null | undefined, language: string): string {
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${date}T00:00:00Z`));
}

/** An instant in Danish time, to the minute. */
export function formatInstant(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'Europe/Copenhagen', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The offset of Danish time at an instant, as "+01:00" or "+02:00". */
function copenhagenOffset(at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-]\d{2}:\d{2})/.exec(name);
  return match?.[1] ?? '+00:00';
}

/** A date and a time typed as Danish time, as ISO 8601 with the Danish offset of that moment. */
export function danishInstant(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  return `${date}T${time}:00${copenhagenOffset(guess)}`;
}

/** The Danish date and time (HH:MM) of an instant, to fill in a date and a time field. */
export function danishDateAndTime(iso: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
  const [date = '', time = ''] = parts.split(' ');
  return { date, time: time.slice(0, 5) };
}

/** Today's Danish calendar date. */
export function todayInDenmark(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

export const citizenPath = (id: string, sub = '') => `/borgere/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;

/** The pages about one citizen, as a short menu under the page title. */
export function CitizenNav({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('casework');
  const { pathname } = useLocation();
  const caseOfficer = useIsCaseOfficer();
  const links: { sub: string; label: string }[] = [
    { sub: '', label: t('nav.overview') },
    { sub: 'plan', label: t('nav.plan') },
    { sub: 'moeder', label: t('nav.meetings') },
    { sub: 'historik', label: t('nav.history') },
    { sub: 'stamdata', label: t('nav.record') },
    { sub: 'foelgeskab', label: t('tab.nav', { ns: 'companions' }) },
    ...(caseOfficer ? [{ sub: 'ydelser', label: t('services.tab', { ns: 'finance' }) }] : []),
    ...(caseOfficer ? [{ sub: 'indsigt', label: t('nav.export') }] : []),
  ];
  return (
    <nav className="tab-nav" aria-label={t('nav.label')}>
      <ul>
        {links.map((link) => {
          const to = citizenPath(citizenId, link.sub);
          const here = pathname === to;
          const within = !here && link.sub !== '' && pathname.startsWith(`${to}/`);
          return (
            <li key={link.sub}>
              <Link to={to} aria-current={here ? 'page' : within ? 'true' : undefined}>
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The header row of a table: one column header per label. */
export function ColumnHeads({ labels }: { labels: string[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A labelled group of facts. */
export function Facts({ children }: { children: ReactNode }) {
  return <dl className="facts">{children}</dl>;
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
