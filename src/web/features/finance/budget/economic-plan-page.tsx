import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.js';
import { useApi } from '../../../api/use-api.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { SelectField } from '../../../components/form/select-field.js';
import { TextField } from '../../../components/form/text-field.js';
import { useSubmit } from '../../../components/form/use-submit.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { StatusMessage } from '../../../components/status-message.js';
import { FormActions } from '../../casework/form.js';
import { VersionedForm } from '../../casework/versioned-form.js';
import { useMayManageBudget, type EconomicInitiative, type EconomicPlan } from './budget-api.js';
import { formatKroner, parseKroner } from './budget-format.js';
import { BudgetNav } from './budget-nav.js';
import { invalidAmount } from './invalid-amount.js';
import { useFocusOnOpen, useInlineEdit } from './use-inline-edit.js';

const statuses = ['planned', 'in-progress', 'done', 'stopped'] as const;

/** Changes an initiative's status and expected effect, on the version read. */
function InitiativeForm({ initiative, onSaved, onCancel, reload }: { initiative: EconomicInitiative; onSaved: () => void; onCancel: () => void; reload: () => void }) {
  const { t, i18n } = useTranslation('finance');
  const submission = useSubmit();
  const [status, setStatus] = useState<string>(initiative.status);
  const [effect, setEffect] = useState(String(Math.round(initiative.expectedEffectOre / 100)));
  const ids = { status: `initiative-${initiative.id}-status`, effect: `initiative-${initiative.id}-effect` };
  useFocusOnOpen(ids.status);
  const save = async () => {
    const expectedEffectOre = parseKroner(effect);
    if (expectedEffectOre === null) throw invalidAmount(t('budget.invalid'), 'expectedEffectOre', t('budget.plan.effectInvalid'));
    await api.patch(`/finance/economic-initiatives/${encodeURIComponent(initiative.id)}`, { version: initiative.version, status, expectedEffectOre });
    onSaved();
  };
  return (
    <VersionedForm
      submission={submission}
      className="budget-inline-form"
      fields={{ status: { id: ids.status, label: t('budget.plan.status') }, expectedEffectOre: { id: ids.effect, label: t('budget.plan.effectInput') } }}
      save={save}
      reload={reload}
      conflictMessage={t('budget.conflict')}
      saved={[
        { label: t('budget.plan.status'), value: t(`budget.plan.statuses.${initiative.status}`) },
        { label: t('budget.plan.effect'), value: formatKroner(initiative.expectedEffectOre, i18n.language) },
      ]}
    >
      <SelectField id={ids.status} label={t('budget.plan.status')} value={status} onChange={setStatus} options={statuses.map((s) => ({ value: s, label: t(`budget.plan.statuses.${s}`) }))} error={submission.fieldErrors.status} />
      <TextField id={ids.effect} label={t('budget.plan.effectInput')} hint={t('budget.plan.effectHint')} value={effect} onChange={setEffect} error={submission.fieldErrors.expectedEffectOre} required width="input-width-m" />
      <FormActions busy={submission.busy} saveLabel={t('budget.save')} onCancel={onCancel} />
    </VersionedForm>
  );
}

/** /oekonomi/budget/oekonomisk-plan — the social area's economic plan: five tracks, their initiatives, status and effect. */
export function EconomicPlanPage() {
  const { t, i18n } = useTranslation('finance');
  const mayManage = useMayManageBudget();
  const plan = useApi<EconomicPlan>('/finance/economic-plan');
  const edit = useInlineEdit('initiative');
  const [notice, setNotice] = useState<string | null>(null);
  const kroner = (ore: number) => formatKroner(ore, i18n.language);

  return (
    <>
      <PageTitle>{t('budget.plan.title')}</PageTitle>
      <BudgetNav withYear={false} />
      <p className="readable">{t('budget.plan.intro')}</p>
      <StatusMessage message={notice} />
      {plan.loading && !plan.data && <Loading />}
      {plan.error && <ErrorMessage error={plan.error} />}
      {plan.data && plan.data.tracks.length === 0 && <p>{t('budget.plan.none')}</p>}
      {plan.data && plan.data.tracks.length > 0 && (
        <>
          <p className="font-lead">
            <strong>{t('budget.plan.total', { amount: kroner(plan.data.expectedEffectOre) })}</strong>
          </p>
          {plan.data.tracks.map((track, index) => (
            <section key={track.id} aria-labelledby={`track-${track.id}`} className="economic-track">
              <h2 id={`track-${track.id}`}>
                {index + 1}. {track.name}
              </h2>
              <p>{t('budget.plan.trackTotal', { amount: kroner(track.expectedEffectOre) })}</p>
              <div className="budget-table-scroll" role="region" aria-labelledby={`track-caption-${track.id}`} tabIndex={0}>
                <table className="table budget-table">
                  <caption id={`track-caption-${track.id}`} className="sr-only">
                    {t('budget.plan.caption', { track: track.name })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('budget.plan.initiative')}</th>
                      <th scope="col">{t('budget.plan.status')}</th>
                      <th scope="col" className="budget-amount">
                        {t('budget.plan.effect')}
                      </th>
                      <th scope="col">{t('budget.plan.effectYear')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {track.initiatives.map((initiative) => (
                      <tr key={initiative.id}>
                        <th scope="row">
                          {initiative.name}
                          <span className="initiative-description">{initiative.description}</span>
                          {mayManage && edit.editing !== initiative.id && (
                            <button type="button" id={edit.buttonId(initiative.id)} className="button button-secondary budget-edit-button" aria-label={t('budget.editNamed', { name: initiative.name })} onClick={() => edit.open(initiative.id)}>
                              {t('budget.edit')}
                            </button>
                          )}
                          {mayManage && edit.editing === initiative.id && (
                            <InitiativeForm
                              initiative={initiative}
                              reload={plan.reload}
                              onCancel={edit.close}
                              onSaved={() => {
                                edit.close();
                                setNotice(t('budget.plan.saved', { name: initiative.name }));
                                plan.reload();
                              }}
                            />
                          )}
                        </th>
                        <td>{t(`budget.plan.statuses.${initiative.status}`)}</td>
                        <td className="budget-amount">{initiative.status === 'stopped' ? <s>{kroner(initiative.expectedEffectOre)}</s> : kroner(initiative.expectedEffectOre)}</td>
                        <td>{initiative.effectYear ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      )}
    </>
  );
}
