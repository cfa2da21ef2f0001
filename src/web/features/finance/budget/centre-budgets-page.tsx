import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.js';
import { useApi } from '../../../api/use-api.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { TextField } from '../../../components/form/text-field.js';
import { useSubmit } from '../../../components/form/use-submit.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { StatusMessage } from '../../../components/status-message.js';
import { FormActions } from '../../casework/form.js';
import { VersionedForm } from '../../casework/versioned-form.js';
import { useMayManageBudget, type CentreBudgets } from './budget-api.js';
import { formatKroner, parseKroner } from './budget-format.js';
import { BudgetNav, useBudgetYear, YearPicker } from './budget-nav.js';
import { invalidAmount } from './invalid-amount.js';
import { useFocusOnOpen, useInlineEdit } from './use-inline-edit.js';

type Centre = CentreBudgets['centres'][number];

/** Sets one centre's budget, on the version read. */
function BudgetForm({ year, centre, onSaved, onCancel, reload }: { year: number; centre: Centre; onSaved: () => void; onCancel: () => void; reload: () => void }) {
  const { t, i18n } = useTranslation('finance');
  const submission = useSubmit();
  const [amount, setAmount] = useState(centre.budgetOre === null ? '' : String(Math.round(centre.budgetOre / 100)));
  const id = `budget-${centre.unitId}`;
  useFocusOnOpen(id);
  const save = async () => {
    const budgetOre = parseKroner(amount);
    if (budgetOre === null) throw invalidAmount(t('budget.invalid'), 'budgetOre', t('budget.budgets.amountInvalid'));
    await api.put(`/finance/budgets/${year}/${encodeURIComponent(centre.unitId)}`, { budgetOre, version: centre.version });
    onSaved();
  };
  return (
    <VersionedForm
      submission={submission}
      className="budget-inline-form"
      fields={{ budgetOre: { id, label: t('budget.budgets.amount') } }}
      save={save}
      reload={reload}
      conflictMessage={t('budget.conflict')}
      saved={[{ label: t('budget.budgets.budget'), value: centre.budgetOre === null ? t('budget.budgets.notSet') : formatKroner(centre.budgetOre, i18n.language) }]}
    >
      <TextField id={id} label={t('budget.budgets.amount')} hint={t('budget.budgets.amountHint')} value={amount} onChange={setAmount} error={submission.fieldErrors.budgetOre} required width="input-width-m" />
      <FormActions busy={submission.busy} saveLabel={t('budget.save')} onCancel={onCancel} />
    </VersionedForm>
  );
}

/** /oekonomi/budget/budgetter — the budget of each centre for the year; finance sets them. */
export function CentreBudgetsPage() {
  const { t, i18n } = useTranslation('finance');
  const year = useBudgetYear();
  const mayManage = useMayManageBudget();
  const budgets = useApi<CentreBudgets>(`/finance/budgets?year=${year}`);
  const edit = useInlineEdit('budget');
  const [notice, setNotice] = useState<string | null>(null);
  const captionId = useId();

  return (
    <>
      <PageTitle>{t('budget.budgets.title', { year })}</PageTitle>
      <BudgetNav />
      <YearPicker />
      <p className="readable">{t('budget.budgets.intro')}</p>
      <StatusMessage message={notice} />
      {budgets.loading && !budgets.data && <Loading />}
      {budgets.error && <ErrorMessage error={budgets.error} />}
      {budgets.data && (
        <div className="budget-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table budget-table">
            <caption id={captionId}>{t('budget.budgets.caption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budget.budgets.centre')}</th>
                <th scope="col" className="budget-amount">
                  {t('budget.budgets.budget')}
                </th>
              </tr>
            </thead>
            <tbody>
              {budgets.data.centres.map((centre) => (
                <tr key={centre.unitId}>
                  <th scope="row">{centre.name}</th>
                  <td className="budget-amount">
                    {centre.budgetOre === null ? t('budget.budgets.notSet') : formatKroner(centre.budgetOre, i18n.language)}
                    {mayManage && edit.editing !== centre.unitId && (
                      <>
                        {' '}
                        <button type="button" id={edit.buttonId(centre.unitId)} className="button button-secondary budget-edit-button" aria-label={t('budget.editNamed', { name: centre.name })} onClick={() => edit.open(centre.unitId)}>
                          {t('budget.edit')}
                        </button>
                      </>
                    )}
                    {mayManage && edit.editing === centre.unitId && (
                      <BudgetForm
                        year={year}
                        centre={centre}
                        reload={budgets.reload}
                        onCancel={edit.close}
                        onSaved={() => {
                          edit.close();
                          setNotice(t('budget.budgets.saved', { name: centre.name }));
                          budgets.reload();
                        }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('budget.budgets.total')}</th>
                <td className="budget-amount">{formatKroner(budgets.data.totalOre, i18n.language)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </>
  );
}
