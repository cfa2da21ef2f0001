import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.js';
import { useApi } from '../../../api/use-api.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { TextField } from '../../../components/form/text-field.js';
import { useSubmit } from '../../../components/form/use-submit.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { StatusMessage } from '../../../components/status-message.js';
import { FormActions, SubmitForm } from '../../casework/form.js';
import { useMayManageBudget, type BudgetCycle, type CycleStep } from './budget-api.js';
import { formatDay } from './budget-format.js';
import { BudgetNav, useBudgetYear, YearPicker } from './budget-nav.js';
import { useFocusOnOpen, useInlineEdit } from './use-inline-edit.js';

/** Moves (and renames) one step of the wheel, in place of the step in the list. */
function StepForm({ year, step, onSaved, onCancel }: { year: number; step: CycleStep; onSaved: (saved: CycleStep) => void; onCancel: () => void }) {
  const { t } = useTranslation('finance');
  const submission = useSubmit();
  const [onDate, setOnDate] = useState(step.onDate);
  const [label, setLabel] = useState(step.label);
  const ids = { onDate: `step-${step.stepKey}-date`, label: `step-${step.stepKey}-label` };
  useFocusOnOpen(ids.onDate);
  return (
    <SubmitForm
      submission={submission}
      className="budget-inline-form"
      fields={{ onDate: { id: ids.onDate, label: t('budget.wheel.date') }, label: { id: ids.label, label: t('budget.wheel.label') } }}
      save={async () => onSaved(await api.put<CycleStep>(`/finance/budget-cycle/${year}/${encodeURIComponent(step.stepKey)}`, { onDate, label }))}
    >
      <TextField id={ids.onDate} type="date" label={t('budget.wheel.date')} value={onDate} onChange={setOnDate} error={submission.fieldErrors.onDate} required width="input-width-s" />
      <TextField id={ids.label} label={t('budget.wheel.label')} value={label} onChange={setLabel} error={submission.fieldErrors.label} required />
      <FormActions busy={submission.busy} saveLabel={t('budget.save')} onCancel={onCancel} />
    </SubmitForm>
  );
}

/** /oekonomi/budget/aarshjul — the economic year wheel as an ordered list of dated steps; finance moves them. */
export function YearWheelPage() {
  const { t, i18n } = useTranslation('finance');
  const year = useBudgetYear();
  const mayManage = useMayManageBudget();
  const wheel = useApi<BudgetCycle>(`/finance/budget-cycle?year=${year}`);
  const edit = useInlineEdit('step');
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageTitle>{t('budget.wheel.title', { year })}</PageTitle>
      <BudgetNav />
      <YearPicker />
      <p className="readable">{t('budget.wheel.intro')}</p>
      <StatusMessage message={notice} />
      {wheel.loading && !wheel.data && <Loading />}
      {wheel.error && <ErrorMessage error={wheel.error} />}
      {wheel.data && wheel.data.steps.length === 0 && <p>{t('budget.wheel.none', { year })}</p>}
      {wheel.data && wheel.data.steps.length > 0 && (
        <ol className="year-wheel">
          {wheel.data.steps.map((step) => (
            <li key={step.stepKey} className={step.isFollowUp ? 'year-wheel-step year-wheel-step--follow-up' : 'year-wheel-step'}>
              <p className="year-wheel-date">
                <time dateTime={step.onDate}>{formatDay(step.onDate, i18n.language)}</time>
              </p>
              <p className="year-wheel-label">{step.label}</p>
              {step.isFollowUp && <p className="year-wheel-tag">{step.followUpTaken ? t('budget.wheel.followUpTaken') : t('budget.wheel.followUp')}</p>}
              {mayManage && edit.editing !== step.stepKey && (
                <button type="button" id={edit.buttonId(step.stepKey)} className="button button-secondary" aria-label={t('budget.editNamed', { name: step.label })} onClick={() => edit.open(step.stepKey)}>
                  {t('budget.edit')}
                </button>
              )}
              {mayManage && edit.editing === step.stepKey && (
                <StepForm
                  year={year}
                  step={step}
                  onCancel={edit.close}
                  onSaved={(saved) => {
                    edit.close();
                    setNotice(t('budget.wheel.saved', { label: saved.label, date: formatDay(saved.onDate, i18n.language) }));
                    wheel.reload();
                  }}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
