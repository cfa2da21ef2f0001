import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VolunteerList } from '../../../contracts/volunteers.js';
import { volunteerCourses } from '../../../domain/volunteer-courses.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { CheckboxField } from '../../components/form/checkbox-field.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextField } from '../../components/form/text-field.js';
import { Loading } from '../../components/loading.js';
import { ColumnHeads, formatDate } from '../casework/shared.js';
import { validityText } from './labels.js';

/** The volunteers, filtered by status, interest, course, or a record check or course running out within 60 days. */
export function VolunteersTab() {
  const { t, i18n } = useTranslation('volunteers');
  const [filter, setFilter] = useState({ status: '', interest: '', course: '', expiring: false });
  const [applied, setApplied] = useState(filter);
  const list = useApi<VolunteerList>(withQuery('/volunteers', { status: applied.status, interest: applied.interest.trim(), course: applied.course, expiring: applied.expiring ? 'true' : '' }));
  const lang = i18n.language === 'en' ? 'en' : 'da';
  return (
    <section aria-labelledby="volunteers-heading">
      <h2 id="volunteers-heading">{t('volunteers.title')}</h2>
      <form
        className="volunteer-filters"
        aria-label={t('volunteers.filterLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(filter);
        }}
      >
        <SelectField id="filter-status" label={t('volunteers.status')} value={filter.status} onChange={(status) => setFilter((f) => ({ ...f, status }))} options={[{ value: '', label: t('volunteers.allStatuses') }, ...['active', 'paused', 'stopped'].map((s) => ({ value: s, label: t(`statuses.${s}`) }))]} />
        <TextField id="filter-interest" label={t('volunteers.interest')} value={filter.interest} onChange={(interest) => setFilter((f) => ({ ...f, interest }))} width="input-width-m" />
        <SelectField id="filter-course" label={t('volunteers.course')} value={filter.course} onChange={(course) => setFilter((f) => ({ ...f, course }))} options={[{ value: '', label: t('volunteers.anyCourse') }, ...volunteerCourses.map((c) => ({ value: c.key, label: c.name[lang] }))]} />
        <CheckboxField id="filter-expiring" label={t('volunteers.expiring')} checked={filter.expiring} onChange={(expiring) => setFilter((f) => ({ ...f, expiring }))} />
        <button type="submit" className="button button-secondary">
          {t('volunteers.filter')}
        </button>
      </form>
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && (
        <p role="status">{t('volunteers.count', { count: list.data.items.length })}</p>
      )}
      {list.data && list.data.items.length > 0 && (
        <table className="table table--responsive-headers volunteer-table">
          <caption className="sr-only">{t('volunteers.caption')}</caption>
          <ColumnHeads labels={[t('volunteers.name'), t('volunteers.status'), t('volunteers.area'), t('volunteers.interests'), t('volunteers.recordCheck'), t('volunteers.guidelines')]} />
          <tbody>
            {list.data.items.map((v) => (
              <tr key={v.id}>
                <td>
                  <Link to={`/koordinering/frivillige/${encodeURIComponent(v.id)}`}>{v.name}</Link>
                </td>
                <td>{t(`statuses.${v.status}`)}</td>
                <td>{v.area ?? ''}</td>
                <td>{v.interests.join(', ')}</td>
                <td>
                  {validityText(t, v.recordCheck.state)}
                  {v.recordCheck.expiresOn ? ` (${formatDate(v.recordCheck.expiresOn, i18n.language)})` : ''}
                </td>
                <td>{v.guidelinesAccepted ? t('volunteers.accepted') : t('volunteers.notAccepted')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
