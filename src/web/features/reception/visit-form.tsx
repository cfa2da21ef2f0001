import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { describedBy } from '../../components/form/field-ids.js';
import { FieldMessages, RequiredMark } from '../../components/form/field-messages.js';
import { CitizenPicker, type PickedCitizen } from './citizen-picker.js';
import { arrivalKinds, receptionNeeds, useMay, type RegisterVisitBody, type Visit } from './reception-api.js';

const blank = { name: '', description: '', note: '', needs: [] as string[], arrival: 'walk-in' as (typeof arrivalKinds)[number] };

/** The server's message for one exact field path ("anonymous.description"), for fields that share a top-level name. */
function messageAt(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.errors.find((problem) => problem.path === path || (path === 'needs' && problem.path.startsWith('needs')))?.message : undefined;
}

/**
 * "Ny henvendelse": made to take well under a minute at the desk. Anonymous by default — a first name or nickname, a
 * needs tick or two, Enter. A known citizen can be chosen instead by those who may see citizens.
 */
export function VisitForm({ centreId, onRegistered }: { centreId: string; onRegistered: (visit: Visit) => void }) {
  const { t } = useTranslation('reception');
  const [values, setValues] = useState(blank);
  const [citizen, setCitizen] = useState<PickedCitizen | null>(null);
  const submission = useSubmit();
  const error = submission.error;
  const set = <K extends keyof typeof blank>(key: K) => (value: (typeof blank)[K]) => setValues((current) => ({ ...current, [key]: value }));
  const toggleNeed = (need: string, on: boolean) => set('needs')(receptionNeeds.filter((n) => (n === need ? on : values.needs.includes(n))));

  const save = async () => {
    const body: RegisterVisitBody = {
      centreId,
      arrival: values.arrival,
      needs: values.needs as RegisterVisitBody['needs'],
      ...(citizen ? { citizenId: citizen.id } : { anonymous: { name: values.name.trim(), ...(values.description.trim() && { description: values.description.trim() }) } }),
      ...(values.note.trim() && { note: values.note.trim() }),
    };
    const visit = await api.post<Visit>('/reception/visits', body);
    setValues(blank);
    setCitizen(null);
    onRegistered(visit);
    // Ready for the next person at the desk.
    document.getElementById('visit-name')?.focus();
  };

  const needsError = messageAt(error, 'needs');
  const fields = {
    anonymous: { id: 'visit-name', label: t('form.name') },
    needs: { id: `visit-need-${receptionNeeds[0]}`, label: t('form.needs') },
    arrival: { id: 'visit-arrival-walk-in', label: t('form.arrival') },
    note: { id: 'visit-note', label: t('form.note') },
    citizenId: { id: 'visit-name', label: t('form.citizenHeading') },
  };

  return (
    <form
      noValidate
      className="visit-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submission.submit(save);
      }}
    >
      <ErrorSummary error={error} fields={fields} />
      <p>{t('form.intro')}</p>
      {!citizen && (
        <CitizenDetails>
          <CitizenPicker idPrefix="visit-citizen" onPick={setCitizen} />
        </CitizenDetails>
      )}
      {citizen ? (
        <div className="chosen-citizen">
          <p>
            <strong>{t('form.citizenChosen', { name: citizen.name })}</strong>
          </p>
          <button type="button" className="button button-tertiary" onClick={() => setCitizen(null)}>
            {t('form.citizenClear')}
          </button>
        </div>
      ) : (
        <>
          <TextField id="visit-name" label={t('form.name')} hint={t('form.nameHint')} value={values.name} onChange={set('name')} error={messageAt(error, 'anonymous.name') ?? messageAt(error, 'anonymous')} required autoComplete="off" width="input-width-l" />
          <TextField id="visit-description" label={t('form.description')} hint={t('form.descriptionHint')} value={values.description} onChange={set('description')} error={messageAt(error, 'anonymous.description')} autoComplete="off" />
        </>
      )}
      <div className={`form-group${needsError ? ' form-error' : ''}`}>
        <fieldset aria-describedby={describedBy('visit-needs', t('form.needsHint'), needsError)}>
          <legend className="form-label">
            {t('form.needs')}
            <RequiredMark />
          </legend>
          <FieldMessages id="visit-needs" hint={t('form.needsHint')} error={needsError} />
          <ul className="nobullet-list need-choices">
            {receptionNeeds.map((need) => (
              <li key={need} className="need-choice">
                <div className="form-group-checkbox">
                  <input className="form-checkbox" type="checkbox" id={`visit-need-${need}`} checked={values.needs.includes(need)} onChange={(event) => toggleNeed(need, event.target.checked)} />
                  <label className="form-label" htmlFor={`visit-need-${need}`}>
                    {t(`needs.${need}`)}
                  </label>
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <fieldset className="form-group">
        <legend className="form-label">{t('form.arrival')}</legend>
        <div className="arrival-choices">
          {arrivalKinds.map((kind) => (
            <div className="form-group-radio" key={kind}>
              <input className="form-radio" type="radio" id={`visit-arrival-${kind}`} name="visit-arrival" value={kind} checked={values.arrival === kind} onChange={() => set('arrival')(kind)} />
              <label className="form-label" htmlFor={`visit-arrival-${kind}`}>
                {t(`arrival.${kind}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextAreaField id="visit-note" label={t('form.note')} value={values.note} onChange={set('note')} error={messageAt(error, 'note')} rows={2} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {submission.busy ? t('form.saving') : t('form.submit')}
        </button>
      </div>
    </form>
  );
}

/** "Kendt borger?" folded away, and only for those who may look citizens up at all. */
function CitizenDetails({ children }: { children: ReactNode }) {
  const { t } = useTranslation('reception');
  const byName = useMay('caseload.read');
  const byCpr = useMay('citizen.search-cpr');
  if (!byName && !byCpr) return null;
  return (
    <details className="citizen-details">
      <summary>{t('form.citizenHeading')}</summary>
      {children}
    </details>
  );
}
