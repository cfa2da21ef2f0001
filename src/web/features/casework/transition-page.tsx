import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import type { ItemList } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { CheckboxField } from '../../components/form/checkbox-field.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useSession } from '../auth/session.js';
import type { CitizenRecord, TransitionCandidate, TransitionPlanBody } from './api-types.js';
import { FormActions, SubmitForm } from './form.js';
import { teamRoleName } from './labels.js';
import { citizenPath, ColumnHeads, formatDate, todayInDenmark } from './shared.js';

/** "Den gode overgang": young people turning 18 within 12 months who have no transition plan yet. */
export function TransitionPage() {
  const { t, i18n } = useTranslation('casework');
  const candidates = useApi<ItemList<TransitionCandidate>>('/transition/candidates');
  const [chosen, setChosen] = useState<TransitionCandidate | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageTitle>{t('transition.title')}</PageTitle>
      <p className="readable">{t('transition.intro')}</p>
      <StatusMessage message={notice} />
      {candidates.loading && !candidates.data && <Loading />}
      {candidates.error && <ErrorMessage error={candidates.error} />}
      {candidates.data && candidates.data.items.length === 0 && <p>{t('transition.none')}</p>}
      {candidates.data && candidates.data.items.length > 0 && (
        <table className="table table--responsive-headers">
          <caption>{t('transition.caption', { count: candidates.data.items.length })}</caption>
          <ColumnHeads labels={[t('list.name'), t('record.birthDate'), t('transition.turns18'), t('transition.action')]} />
          <tbody>
            {candidates.data.items.map((candidate) => {
              const name = `${candidate.firstName} ${candidate.lastName}`;
              return (
                <tr key={candidate.citizenId}>
                  <th scope="row" data-title={t('list.name')}>
                    <Link to={citizenPath(candidate.citizenId)}>{name}</Link>
                  </th>
                  <td data-title={t('record.birthDate')}>{formatDate(candidate.birthDate, i18n.language)}</td>
                  <td data-title={t('transition.turns18')}>{formatDate(candidate.turns18On, i18n.language)}</td>
                  <td data-title={t('transition.action')}>
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={`${t('transition.start')}: ${name}`}
                      onClick={() => {
                        setNotice(null);
                        setChosen(candidate);
                      }}
                    >
                      {t('transition.start')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {chosen && (
        <StartForm
          key={chosen.citizenId}
          candidate={chosen}
          onDone={(saved) => {
            if (saved) {
              setNotice(t('transition.started', { name: `${chosen.firstName} ${chosen.lastName}` }));
              candidates.reload();
            }
            setChosen(null);
          }}
        />
      )}
    </>
  );
}

function StartForm({ candidate, onDone }: { candidate: TransitionCandidate; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('casework');
  const { me } = useSession();
  const record = useApi<CitizenRecord>(`/citizens/${encodeURIComponent(candidate.citizenId)}`);
  const [startedOn, setStartedOn] = useState(todayInDenmark());
  const [responsible, setResponsible] = useState(me?.userId ?? '');
  const [parents, setParents] = useState(true);
  const [contact, setContact] = useState('');
  const [notes, setNotes] = useState('');
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const heading = useRef<HTMLHeadingElement>(null);
  const name = `${candidate.firstName} ${candidate.lastName}`;

  useEffect(() => heading.current?.focus(), []);

  const options = [
    ...(me ? [{ value: me.userId, label: t('transition.me', { name: me.displayName }) }] : []),
    ...(record.data?.team ?? []).filter((m) => m.userId !== me?.userId).map((m) => ({ value: m.userId, label: `${m.name} (${teamRoleName(t, m.teamRole)})` })),
  ];
  const fields = {
    startedOn: { id: 'transition-start', label: t('transition.startedOn') },
    responsibleUserId: { id: 'transition-responsible', label: t('transition.responsible') },
    parentsInvolved: { id: 'transition-parents', label: t('transition.parents') },
    adultServicesContact: { id: 'transition-contact', label: t('transition.contact') },
    notes: { id: 'transition-notes', label: t('transition.notes') },
  };

  const save = async () => {
    const body: TransitionPlanBody = { startedOn, responsibleUserId: responsible, parentsInvolved: parents, adultServicesContact: contact.trim() || null, notes: notes.trim() || null };
    await api.put<unknown>(`/citizens/${encodeURIComponent(candidate.citizenId)}/transition-plan`, body);
    onDone(true);
  };

  return (
    <section aria-labelledby="transition-form-heading" className="filter-form">
      <h2 id="transition-form-heading" ref={heading} tabIndex={-1}>
        {t('transition.formTitle', { name })}
      </h2>
      <SubmitForm submission={submission} fields={fields} save={save}>
        {record.error && <ErrorMessage error={record.error} />}
        <TextField id="transition-start" type="date" label={t('transition.startedOn')} value={startedOn} onChange={setStartedOn} error={errors.startedOn} required width="input-width-s" />
        <SelectField id="transition-responsible" label={t('transition.responsible')} value={responsible} onChange={setResponsible} options={options} error={errors.responsibleUserId} required />
        <CheckboxField id="transition-parents" label={t('transition.parents')} checked={parents} onChange={setParents} error={errors.parentsInvolved} />
        <TextField id="transition-contact" label={t('transition.contact')} hint={t('transition.contactHint')} value={contact} onChange={setContact} error={errors.adultServicesContact} autoComplete="off" />
        <TextAreaField id="transition-notes" label={t('transition.notes')} hint={t('transition.notesHint')} value={notes} onChange={setNotes} error={errors.notes} />
        <FormActions busy={submission.busy} saveLabel={t('transition.submit')} onCancel={() => onDone(false)} />
      </SubmitForm>
    </section>
  );
}
