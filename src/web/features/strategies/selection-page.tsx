import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { FieldMessages } from '../../components/form/field-messages.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { formatDate } from '../casework/shared.js';
import { danishToday, useMayManage, type BodyList, type Selection, type SelectionList, type StrategyList } from './strategies-api.js';

/** The committee's decisions so far, the current one of each year marked. */
function SelectionHistory({ selections }: { selections: Selection[] }) {
  const { t, i18n } = useTranslation('strategies');
  return (
    <section aria-labelledby="history-heading" className="strategy-section">
      <h2 id="history-heading">{t('selection.historyHeading')}</h2>
      {selections.length === 0 && <p>{t('selection.noneYet')}</p>}
      {selections.map((s) => (
        <article key={s.id} className="strategy-selection">
          <h3>
            {s.year} – {s.current ? t('selection.current') : t('selection.superseded')}
          </h3>
          <p>{t('overview.decided', { date: formatDate(s.decidedOn, i18n.language), body: s.body.name, agenda: s.agendaReference })}</p>
          <ul>
            {s.focusAreas.map((f) => (
              <li key={f.id}>
                {f.name} <span className="small-text">({f.strategy.name})</span>
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}

/**
 * /styring/udvalgsvalg — the leader records the committee's decision of which focus areas to work on next year:
 * year, date, body and agenda reference, and the focus areas as checkboxes grouped by strategy. A plan that has been
 * replaced by a successor is not offered.
 */
export function SelectionPage() {
  const { t } = useTranslation('strategies');
  const mayManage = useMayManage();
  const strategies = useApi<StrategyList>('/strategies');
  const committees = useApi<BodyList>('/steering-bodies?kind=committee');
  const selections = useApi<SelectionList>('/focus-area-selections');
  const submission = useSubmit();
  const [message, setMessage] = useState<string | null>(null);
  const nextYear = String(Number(danishToday().slice(0, 4)) + 1);
  const [year, setYear] = useState(nextYear);
  const [decidedOn, setDecidedOn] = useState(danishToday());
  const [bodyId, setBodyId] = useState('');
  const [agendaReference, setAgendaReference] = useState('');
  const [note, setNote] = useState('');
  const [focusAreaIds, setFocusAreaIds] = useState<string[]>([]);
  useEffect(() => {
    const first = committees.data?.bodies[0];
    if (first && bodyId === '') setBodyId(first.id);
  }, [committees.data, bodyId]);

  const offered = (strategies.data?.strategies ?? []).filter((s) => s.focusAreas.length > 0 && s.succeededBy === null);
  const errors = submission.fieldErrors;
  const firstArea = offered[0]?.focusAreas[0]?.id ?? 'none';
  const fields = {
    year: { id: 'selection-year', label: t('selection.year') },
    decidedOn: { id: 'selection-decided-on', label: t('selection.decidedOn') },
    bodyId: { id: 'selection-body', label: t('selection.body') },
    agendaReference: { id: 'selection-agenda', label: t('selection.agendaReference') },
    note: { id: 'selection-note', label: t('selection.note') },
    focusAreaIds: { id: `focus-area-${firstArea}`, label: t('selection.focusAreasLegend') },
  };
  const toggle = (id: string, on: boolean) => setFocusAreaIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const save = async () => {
    const saved = await api.post<Selection>('/focus-area-selections', { year: Number(year), decidedOn, bodyId, agendaReference, note, focusAreaIds });
    setMessage(t('selection.saved', { year: saved.year }));
    setFocusAreaIds([]);
    setAgendaReference('');
    setNote('');
    selections.reload();
  };

  return (
    <div className="strategies">
      <BackLink to="/styring">{t('selection.back')}</BackLink>
      <PageTitle>{t('selection.title')}</PageTitle>
      <p className="font-lead readable">{t('selection.intro')}</p>
      <StatusMessage message={message} />
      {(strategies.error ?? committees.error) && <ErrorMessage error={strategies.error ?? committees.error} />}
      {(strategies.loading || committees.loading) && <Loading />}
      {!mayManage && <p className="readable">{t('selection.readOnly')}</p>}
      {mayManage && strategies.data && committees.data && (
        <SubmitForm submission={submission} fields={fields} save={save} className="strategy-form">
          <TextField {...fields.year} hint={t('selection.yearHint')} error={errors.year} value={year} onChange={setYear} width="input-width-xs" />
          <TextField {...fields.decidedOn} type="date" width="input-width-s" error={errors.decidedOn} value={decidedOn} onChange={setDecidedOn} />
          <SelectField {...fields.bodyId} error={errors.bodyId} value={bodyId} onChange={setBodyId} options={committees.data.bodies.map((b) => ({ value: b.id, label: b.name }))} />
          <TextField {...fields.agendaReference} hint={t('selection.agendaHint')} error={errors.agendaReference} value={agendaReference} onChange={setAgendaReference} />
          <div className={`form-group${errors.focusAreaIds ? ' form-error' : ''}`}>
            <fieldset aria-describedby={errors.focusAreaIds ? 'selection-areas-error' : undefined}>
              <legend className="form-label">{t('selection.focusAreasLegend')}</legend>
              <FieldMessages id="selection-areas" error={errors.focusAreaIds} />
              {offered.map((s) => (
                <fieldset key={s.id} className="strategy-checkbox-group">
                  <legend className="h5">{t('selection.focusAreas', { name: s.name })}</legend>
                  <ul className="nobullet-list">
                    {s.focusAreas.map((f) => (
                      <li key={f.id}>
                        <div className="form-group-checkbox">
                          <input className="form-checkbox" type="checkbox" id={`focus-area-${f.id}`} checked={focusAreaIds.includes(f.id)} onChange={(event) => toggle(f.id, event.target.checked)} />
                          <label className="form-label" htmlFor={`focus-area-${f.id}`}>
                            {f.name}
                          </label>
                        </div>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ))}
            </fieldset>
          </div>
          <TextAreaField {...fields.note} error={errors.note} value={note} onChange={setNote} rows={3} />
          <FormActions busy={submission.busy} saveLabel={t('selection.save')} />
        </SubmitForm>
      )}
      {selections.data && <SelectionHistory selections={selections.data.selections} />}
    </div>
  );
}
