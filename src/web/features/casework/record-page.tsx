import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { communicationNeeds, targetGroups, teamRoles, type CitizenRecord } from './api-types.js';
import { CheckboxGroup } from '../../components/form/checkbox-group.js';
import { FormActions, SubmitForm } from './form.js';
import { languageName, needName, targetGroupName, teamRoleName } from './labels.js';
import { CitizenNav, citizenPath, ColumnHeads, Fact, Facts, formatDate, useIsCaseOfficer } from './shared.js';
import { patchChanged, VersionedForm } from './versioned-form.js';

const preferredLanguages = ['da', 'en'];
const textKeys = ['addressLine', 'postalCode', 'city', 'phone', 'email', 'interpreterLanguage'] as const;
type TextKey = (typeof textKeys)[number];

interface Values extends Record<TextKey, string> {
  preferredLanguage: string;
  communicationNeeds: string[];
  targetGroups: string[];
}

const valuesOf = (record: CitizenRecord): Values => ({
  addressLine: record.addressLine ?? '',
  postalCode: record.postalCode ?? '',
  city: record.city ?? '',
  phone: record.phone ?? '',
  email: record.email ?? '',
  interpreterLanguage: record.interpreterLanguage ?? '',
  preferredLanguage: record.preferredLanguage,
  communicationNeeds: [...record.communicationNeeds],
  targetGroups: [...(record.targetGroups ?? [])],
});

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** "Stamdata": the citizen's record, the communication needs, the target groups (staff only) and the team. */
export function RecordPage() {
  const { t, i18n } = useTranslation('casework');
  const { id = '' } = useParams();
  const loaded = useApi<CitizenRecord>(`/citizens/${encodeURIComponent(id)}`);
  const caseOfficer = useIsCaseOfficer();
  const [notice, setNotice] = useNotice();
  const record = loaded.data;

  return (
    <>
      <BackLink to={citizenPath(id)}>{t('overview.back')}</BackLink>
      <PageTitle>{record ? t('record.title', { name: `${record.firstName} ${record.lastName}` }) : t('record.titleLoading')}</PageTitle>
      <CitizenNav citizenId={id} />
      <StatusMessage message={notice && t(`notices.${notice}`)} />
      {loaded.loading && !record && <Loading />}
      {loaded.error && <ErrorMessage error={loaded.error} />}
      {record && (
        <>
          <Facts>
            <Fact term={t('record.name')}>{`${record.firstName} ${record.lastName}`}</Fact>
            <Fact term={t('record.birthDate')}>{`${formatDate(record.birthDate, i18n.language)} (${t('list.years', { count: record.age })})`}</Fact>
            <Fact term={t('record.cpr')}>
              <span className="identifier">{record.cpr ?? t('common.notShown')}</span>
            </Fact>
            <Fact term={t('record.units')}>{record.units.map((unit) => unit.name).join(', ') || '–'}</Fact>
          </Facts>
          <DetailsForm key={record.id} record={record} reload={loaded.reload} onSaved={() => setNotice('recordSaved')} />
          <TeamSection record={record} canEdit={caseOfficer} reload={loaded.reload} onSaved={() => setNotice('teamSaved')} />
        </>
      )}
    </>
  );
}

function DetailsForm({ record, reload, onSaved }: { record: CitizenRecord; reload: () => void; onSaved: () => void }) {
  const { t } = useTranslation('casework');
  const [values, setValues] = useState<Values>(() => valuesOf(record));
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues({ ...values, [key]: value });
  const staffView = record.targetGroups !== undefined;
  const fields = {
    ...Object.fromEntries(textKeys.map((key) => [key, { id: `record-${key}`, label: t(`record.${key}`) }])),
    preferredLanguage: { id: 'record-preferredLanguage', label: t('record.preferredLanguage') },
    communicationNeeds: { id: `record-needs-${communicationNeeds[0]}`, label: t('record.needs') },
    targetGroups: { id: `record-groups-${targetGroups[0]}`, label: t('record.targetGroups') },
  };

  const save = async () => {
    const body: { version: number } & Record<string, unknown> = { version: record.version };
    for (const key of textKeys) {
      const value = values[key].trim() || null;
      if (value !== record[key]) body[key] = value;
    }
    if (values.preferredLanguage !== record.preferredLanguage) body.preferredLanguage = values.preferredLanguage;
    if (!sameSet(values.communicationNeeds, record.communicationNeeds)) body.communicationNeeds = values.communicationNeeds;
    if (staffView && !sameSet(values.targetGroups, record.targetGroups ?? [])) body.targetGroups = values.targetGroups;
    await patchChanged(`/citizens/${record.id}`, body);
    reload();
    onSaved();
  };

  const text = (key: TextKey, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={`record-${key}`} label={t(`record.${key}`)} value={values[key]} onChange={set(key)} error={errors[key]} autoComplete="off" {...extra} />
  );

  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t('record.details')}</h2>
      <VersionedForm
        submission={submission}
        fields={fields}
        save={save}
        reload={reload}
        conflictMessage={t('conflict.record')}
        saved={[
          ...textKeys.map((key) => ({ label: t(`record.${key}`), value: record[key] ?? '' })),
          { label: t('record.preferredLanguage'), value: languageName(t, record.preferredLanguage) },
          { label: t('record.needs'), value: record.communicationNeeds.map((need) => needName(t, need)).join(', ') },
          ...(staffView ? [{ label: t('record.targetGroups'), value: (record.targetGroups ?? []).map((g) => targetGroupName(t, g)).join(', ') }] : []),
        ]}
      >
        {text('addressLine')}
        {text('postalCode', { width: 'input-width-xs' })}
        {text('city')}
        {text('phone', { type: 'tel' })}
        {text('email', { type: 'email' })}
        <SelectField id="record-preferredLanguage" label={t('record.preferredLanguage')} value={values.preferredLanguage} onChange={set('preferredLanguage')} options={preferredLanguages.map((l) => ({ value: l, label: languageName(t, l) }))} error={errors.preferredLanguage} />
        <CheckboxGroup
          id="record-needs"
          legend={t('record.needs')}
          hint={t('record.needsHint')}
          error={errors.communicationNeeds}
          options={communicationNeeds.map((need) => ({ value: need, label: needName(t, need) }))}
          selected={values.communicationNeeds}
          onChange={set('communicationNeeds')}
        />
        {text('interpreterLanguage', { hint: t('record.interpreterLanguageHint') })}
        {staffView && (
          <CheckboxGroup
            id="record-groups"
            legend={t('record.targetGroups')}
            hint={t('record.targetGroupsHint')}
            error={errors.targetGroups}
            options={targetGroups.map((group) => ({ value: group, label: targetGroupName(t, group) }))}
            selected={values.targetGroups}
            onChange={set('targetGroups')}
          />
        )}
        <FormActions busy={submission.busy} saveLabel={t('record.save')} />
      </VersionedForm>
    </section>
  );
}

function TeamSection({ record, canEdit, reload, onSaved }: { record: CitizenRecord; canEdit: boolean; reload: () => void; onSaved: () => void }) {
  const { t } = useTranslation('casework');
  const [roles, setRoles] = useState<Record<string, string>>({});
  const [removed, setRemoved] = useState<string[]>([]);
  const submission = useSubmit();

  useEffect(() => {
    setRoles(Object.fromEntries(record.team.map((m) => [m.userId, m.teamRole])));
    setRemoved([]);
  }, [record]);

  const save = async () => {
    const members = record.team.filter((m) => !removed.includes(m.userId)).map((m) => ({ userId: m.userId, teamRole: roles[m.userId] ?? m.teamRole }));
    await api.put<unknown>(`/citizens/${record.id}/team`, { members });
    reload();
    onSaved();
  };

  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">{t('record.team')}</h2>
      <p className="readable">{canEdit ? t('record.teamIntroEdit') : t('record.teamIntro')}</p>
      {record.team.length === 0 ? (
        <p>{t('overview.noTeam')}</p>
      ) : (
        <SubmitForm submission={submission} fields={{}} save={save}>
          <table className="table table--responsive-headers">
            <caption className="sr-only">{t('record.team')}</caption>
            <ColumnHeads labels={[t('record.memberName'), t('record.memberUnit'), t('record.teamRole'), ...(canEdit ? [t('record.remove')] : [])]} />
            <tbody>
              {record.team.map((member) => (
                <tr key={member.userId}>
                  <th scope="row" data-title={t('record.memberName')}>
                    {member.name}
                    {member.title && <span className="cell-note">{member.title}</span>}
                  </th>
                  <td data-title={t('record.memberUnit')}>{member.unitName ?? '–'}</td>
                  <td data-title={t('record.teamRole')}>
                    {canEdit ? (
                      <>
                        <label className="sr-only" htmlFor={`team-role-${member.userId}`}>
                          {t('record.teamRoleOf', { name: member.name })}
                        </label>
                        <select className="form-select" id={`team-role-${member.userId}`} value={roles[member.userId] ?? member.teamRole} onChange={(event) => setRoles({ ...roles, [member.userId]: event.target.value })}>
                          {teamRoles.map((role) => (
                            <option key={role} value={role}>
                              {teamRoleName(t, role)}
                            </option>
                          ))}
                        </select>
                      </>
                    ) : (
                      teamRoleName(t, member.teamRole)
                    )}
                  </td>
                  {canEdit && (
                    <td data-title={t('record.remove')}>
                      <div className="form-group-checkbox">
                        <input
                          className="form-checkbox"
                          type="checkbox"
                          id={`team-remove-${member.userId}`}
                          checked={removed.includes(member.userId)}
                          onChange={(event) => setRemoved(event.target.checked ? [...removed, member.userId] : removed.filter((x) => x !== member.userId))}
                        />
                        <label className="form-label" htmlFor={`team-remove-${member.userId}`}>
                          {t('record.removeMember', { name: member.name })}
                        </label>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {canEdit && <FormActions busy={submission.busy} saveLabel={t('record.saveTeam')} />}
        </SubmitForm>
      )}
    </section>
  );
}
