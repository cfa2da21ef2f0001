import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import type { SummaryField } from '../../components/form/error-summary.js';
import { useSubmit, type Submission } from '../../components/form/use-submit.js';
import { canChangeGoalStatus, type GoalStatus } from '../../../domain/goal-progress.js';
import { lifeDomains, type LifeDomain } from '../../../domain/plan-parts.js';
import { pictograms, type CreateGoalBody, type DreamView, type GoalView, type StepView, type UpdateGoalBody, type UpdateStepBody } from './api-types.js';
import { FormActions } from './form.js';
import { domainName, goalStatusName, goalTypeName, levelName, pictogramName, stepStatusName } from './labels.js';
import { formatDate } from './shared.js';
import { patchChanged, VersionedForm, type SavedValue } from './versioned-form.js';

const goalTypes = ['develop', 'maintain', 'limit-loss'] as const;
const goalStatuses: GoalStatus[] = ['active', 'achieved', 'not-achieved', 'paused', 'stopped'];
const stepStatuses = ['planned', 'done', 'cancelled'] as const;

interface FormProps {
  citizenId: string;
  /** Fetch the plan again (after a save, or to get the newest version after a conflict). */
  reload: () => void;
  onDone: (saved: boolean) => void;
}

/**
 * A plan form: saves on the version the page has read, fetches the plan again after a save and closes; the
 * save and cancel buttons close it.
 */
function PlanForm({ submission, fields, save, reload, onDone, conflictMessage, saved, saveLabel, children }: Omit<FormProps, 'citizenId'> & { submission: Submission; fields: Record<string, SummaryField>; save: () => Promise<void>; conflictMessage: string; saved: SavedValue[] | undefined; saveLabel: string; children: ReactNode }) {
  return (
    <VersionedForm
      submission={submission}
      fields={fields}
      save={async () => {
        await save();
        reload();
        onDone(true);
      }}
      reload={reload}
      conflictMessage={conflictMessage}
      saved={saved}
      className="edit-form"
    >
      {children}
      <FormActions busy={submission.busy} saveLabel={saveLabel} onCancel={() => onDone(false)} />
    </VersionedForm>
  );
}

interface GoalValues {
  domain: string;
  title: string;
  description: string;
  goalType: string;
  status: string;
  workerLevel: string;
  reviewDate: string;
  transition: boolean;
}

const goalValues = (goal: GoalView): GoalValues => ({
  domain: goal.domain,
  title: goal.title,
  description: goal.description ?? '',
  goalType: goal.goalType,
  status: goal.status,
  workerLevel: goal.workerLevel === null ? '' : String(goal.workerLevel),
  reviewDate: goal.reviewDate ?? '',
  transition: goal.track === 'transition',
});

/** A new goal (goal undefined) or a change to one. The goal given is always the newest the page has read. */
export function GoalForm({ citizenId, goal, domain, transitionTrack, reload, onDone }: FormProps & { goal?: GoalView; domain?: LifeDomain; transitionTrack: boolean }) {
  const { t, i18n } = useTranslation('casework');
  const [values, setValues] = useState<GoalValues>(() =>
    goal ? goalValues(goal) : { domain: domain ?? 'health', title: '', description: '', goalType: 'develop', status: 'active', workerLevel: '', reviewDate: '', transition: false },
  );
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const set = <K extends keyof GoalValues>(key: K) => (value: GoalValues[K]) => setValues({ ...values, [key]: value });
  const prefix = goal ? `goal-${goal.id}` : `new-goal`;
  const fields = {
    domain: { id: `${prefix}-domain`, label: t('plan.domain') },
    title: { id: `${prefix}-title`, label: t('plan.goalTitle') },
    description: { id: `${prefix}-description`, label: t('plan.description') },
    goalType: { id: `${prefix}-type`, label: t('plan.goalType') },
    status: { id: `${prefix}-status`, label: t('plan.status') },
    workerLevel: { id: `${prefix}-level`, label: t('plan.workerLevel') },
    reviewDate: { id: `${prefix}-review`, label: t('plan.reviewDate') },
  };

  const save = async () => {
    const description = values.description.trim() || null;
    const reviewDate = values.reviewDate || null;
    const workerLevel = values.workerLevel === '' ? null : Number(values.workerLevel);
    if (!goal) {
      const body: CreateGoalBody = {
        domain: values.domain as LifeDomain,
        title: values.title.trim(),
        description,
        goalType: values.goalType as CreateGoalBody['goalType'],
        reviewDate,
        ...(values.transition && { track: 'transition' as const }),
      };
      const created = await api.post<GoalView>(`/citizens/${citizenId}/goals`, body);
      // The worker's assessment is not part of creating a goal; it is saved right after, on the new version.
      if (workerLevel !== null) await api.patch<GoalView>(`/citizens/${citizenId}/goals/${created.id}`, { version: created.version, workerLevel });
    } else {
      const body: UpdateGoalBody = {
        version: goal.version,
        ...(values.title.trim() !== goal.title && { title: values.title.trim() }),
        ...(description !== goal.description && { description }),
        ...(values.goalType !== goal.goalType && { goalType: values.goalType as UpdateGoalBody['goalType'] }),
        ...(values.status !== goal.status && { status: values.status as GoalStatus }),
        ...(workerLevel !== goal.workerLevel && { workerLevel }),
        ...(reviewDate !== goal.reviewDate && { reviewDate }),
      };
      await patchChanged(`/citizens/${citizenId}/goals/${goal.id}`, body);
    }
  };

  const statusOptions = goalStatuses.filter((status) => !goal || canChangeGoalStatus(goal.status, status)).map((status) => ({ value: status, label: goalStatusName(t, status) }));

  return (
    <PlanForm
      submission={submission}
      fields={fields}
      save={save}
      reload={reload}
      onDone={onDone}
      conflictMessage={t('conflict.goal')}
      saved={
        goal && [
          { label: t('plan.goalTitle'), value: goal.title },
          { label: t('plan.description'), value: goal.description ?? '' },
          { label: t('plan.goalType'), value: goalTypeName(t, goal.goalType) },
          { label: t('plan.status'), value: goalStatusName(t, goal.status) },
          { label: t('plan.workerLevel'), value: goal.workerLevel === null ? t('plan.notAssessed') : levelName(t, goal.workerLevel) },
          { label: t('plan.reviewDate'), value: formatDate(goal.reviewDate, i18n.language) },
        ]
      }
      saveLabel={goal ? t('plan.saveGoal') : t('plan.createGoal')}
    >
      {!goal && <SelectField id={fields.domain.id} label={fields.domain.label} value={values.domain} onChange={set('domain')} options={lifeDomains.map((d) => ({ value: d, label: domainName(t, d) }))} error={errors.domain} required />}
      <TextField id={fields.title.id} label={fields.title.label} hint={t('plan.goalTitleHint')} value={values.title} onChange={set('title')} error={errors.title} required autoComplete="off" />
      <TextAreaField id={fields.description.id} label={fields.description.label} value={values.description} onChange={set('description')} error={errors.description} rows={3} />
      <SelectField id={fields.goalType.id} label={fields.goalType.label} hint={t('plan.goalTypeHint')} value={values.goalType} onChange={set('goalType')} options={goalTypes.map((type) => ({ value: type, label: goalTypeName(t, type) }))} error={errors.goalType} required />
      {goal && <SelectField id={fields.status.id} label={fields.status.label} value={values.status} onChange={set('status')} options={statusOptions} error={errors.status} />}
      <SelectField
        id={fields.workerLevel.id}
        label={fields.workerLevel.label}
        hint={t('plan.workerLevelHint')}
        value={values.workerLevel}
        onChange={set('workerLevel')}
        options={[{ value: '', label: t('plan.notAssessed') }, ...[0, 1, 2, 3, 4].map((level) => ({ value: String(level), label: `${level} – ${levelName(t, level)}` }))]}
        error={errors.workerLevel}
      />
      <TextField id={fields.reviewDate.id} type="date" label={fields.reviewDate.label} value={values.reviewDate} onChange={set('reviewDate')} error={errors.reviewDate} width="input-width-s" />
      {!goal && transitionTrack && (
        <div className="form-group">
          <div className="form-group-checkbox">
            <input className="form-checkbox" type="checkbox" id="new-goal-track" checked={values.transition} onChange={(event) => set('transition')(event.target.checked)} />
            <label className="form-label" htmlFor="new-goal-track">
              {t('plan.transitionTrack')}
            </label>
          </div>
        </div>
      )}
    </PlanForm>
  );
}

interface StepValues {
  text: string;
  whoHelps: string;
  dueDate: string;
  pictogram: string;
  status: string;
}

/** A new step on a goal (step undefined) or a change to one. */
export function StepForm({ citizenId, goalId, step, reload, onDone }: FormProps & { goalId: string; step?: StepView }) {
  const { t, i18n } = useTranslation('casework');
  const [values, setValues] = useState<StepValues>(() =>
    step ? { text: step.text, whoHelps: step.whoHelps ?? '', dueDate: step.dueDate ?? '', pictogram: step.pictogram ?? '', status: step.status } : { text: '', whoHelps: '', dueDate: '', pictogram: '', status: 'planned' },
  );
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const set = <K extends keyof StepValues>(key: K) => (value: StepValues[K]) => setValues({ ...values, [key]: value });
  const prefix = step ? `step-${step.id}` : `new-step-${goalId}`;
  const fields = {
    text: { id: `${prefix}-text`, label: t('plan.stepText') },
    whoHelps: { id: `${prefix}-who`, label: t('plan.whoHelps') },
    dueDate: { id: `${prefix}-due`, label: t('plan.dueDate') },
    pictogram: { id: `${prefix}-pictogram`, label: t('plan.pictogram') },
    status: { id: `${prefix}-status`, label: t('plan.stepStatus') },
  };

  const save = async () => {
    const whoHelps = values.whoHelps.trim() || null;
    const dueDate = values.dueDate || null;
    const pictogram = values.pictogram || null;
    if (!step) {
      await api.post<StepView>(`/citizens/${citizenId}/goals/${goalId}/steps`, { text: values.text.trim(), whoHelps, dueDate, pictogram });
    } else {
      const body: UpdateStepBody = {
        version: step.version,
        ...(values.text.trim() !== step.text && { text: values.text.trim() }),
        ...(whoHelps !== step.whoHelps && { whoHelps }),
        ...(dueDate !== step.dueDate && { dueDate }),
        ...(pictogram !== step.pictogram && { pictogram }),
        ...(values.status !== step.status && { status: values.status as UpdateStepBody['status'] }),
      };
      await patchChanged(`/citizens/${citizenId}/steps/${step.id}`, body);
    }
  };

  return (
    <PlanForm
      submission={submission}
      fields={fields}
      save={save}
      reload={reload}
      onDone={onDone}
      conflictMessage={t('conflict.step')}
      saved={
        step && [
          { label: t('plan.stepText'), value: step.text },
          { label: t('plan.whoHelps'), value: step.whoHelps ?? '' },
          { label: t('plan.dueDate'), value: formatDate(step.dueDate, i18n.language) },
          { label: t('plan.pictogram'), value: pictogramName(t, step.pictogram) },
          { label: t('plan.stepStatus'), value: stepStatusName(t, step.status) },
        ]
      }
      saveLabel={step ? t('plan.saveStep') : t('plan.createStep')}
    >
      <TextField id={fields.text.id} label={fields.text.label} hint={t('plan.stepTextHint')} value={values.text} onChange={set('text')} error={errors.text} required autoComplete="off" />
      <TextField id={fields.whoHelps.id} label={fields.whoHelps.label} hint={t('plan.whoHelpsHint')} value={values.whoHelps} onChange={set('whoHelps')} error={errors.whoHelps} autoComplete="off" />
      <TextField id={fields.dueDate.id} type="date" label={fields.dueDate.label} value={values.dueDate} onChange={set('dueDate')} error={errors.dueDate} width="input-width-s" />
      <SelectField
        id={fields.pictogram.id}
        label={fields.pictogram.label}
        hint={t('plan.pictogramHint')}
        value={values.pictogram}
        onChange={set('pictogram')}
        options={[{ value: '', label: t('plan.noPictogram') }, ...pictograms.map((key) => ({ value: key, label: pictogramName(t, key) }))]}
        error={errors.pictogram}
      />
      {step && <SelectField id={fields.status.id} label={fields.status.label} value={values.status} onChange={set('status')} options={stepStatuses.map((s) => ({ value: s, label: stepStatusName(t, s) }))} error={errors.status} />}
    </PlanForm>
  );
}

/** A new dream (dream undefined) or a change to one, in the citizen's own words. */
export function DreamForm({ citizenId, dream, reload, onDone }: FormProps & { dream?: DreamView }) {
  const { t, i18n } = useTranslation('casework');
  const [text, setText] = useState(dream?.text ?? '');
  const [domain, setDomain] = useState<string>(dream?.domain ?? '');
  const submission = useSubmit();
  const prefix = dream ? `dream-${dream.id}` : 'new-dream';
  const fields = { text: { id: `${prefix}-text`, label: t('plan.dreamText') }, domain: { id: `${prefix}-domain`, label: t('plan.dreamDomain') } };

  const save = async () => {
    const chosen = (domain || null) as LifeDomain | null;
    if (!dream) await api.post<DreamView>(`/citizens/${citizenId}/dreams`, { text: text.trim(), domain: chosen });
    else {
      const body = { version: dream.version, ...(text.trim() !== dream.text && { text: text.trim() }), ...(chosen !== dream.domain && { domain: chosen }) };
      await patchChanged(`/citizens/${citizenId}/dreams/${dream.id}`, body);
    }
  };

  return (
    <PlanForm
      submission={submission}
      fields={fields}
      save={save}
      reload={reload}
      onDone={onDone}
      conflictMessage={t('conflict.dream')}
      saved={
        dream && [
          { label: t('plan.dreamText'), value: dream.text },
          { label: t('plan.dreamDomain'), value: dream.domain ? domainName(t, dream.domain) : t('plan.noDomain') },
          { label: t('plan.written'), value: formatDate(dream.createdAt.slice(0, 10), i18n.language) },
        ]
      }
      saveLabel={dream ? t('plan.saveDream') : t('plan.createDream')}
    >
      <TextAreaField id={fields.text.id} label={fields.text.label} hint={t('plan.dreamHint')} value={text} onChange={setText} error={submission.fieldErrors.text} required rows={3} />
      <SelectField id={fields.domain.id} label={fields.domain.label} value={domain} onChange={setDomain} options={[{ value: '', label: t('plan.noDomain') }, ...lifeDomains.map((d) => ({ value: d, label: domainName(t, d) }))]} error={submission.fieldErrors.domain} />
    </PlanForm>
  );
}
