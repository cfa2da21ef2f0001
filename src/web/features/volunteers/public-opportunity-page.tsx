import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicOpportunity } from '../../../contracts/volunteers.js';
import { api, ApiError } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { Fact, Facts } from '../casework/shared.js';
import { kindName } from './labels.js';

/** /frivillig/:id — one opportunity in plain words, and the form to apply (no login). */
export function PublicOpportunityPage() {
  const { t } = useTranslation('volunteers');
  const { id = '' } = useParams();
  const opportunity = useApi<PublicOpportunity>(`/volunteer-opportunities/${encodeURIComponent(id)}`);
  if (opportunity.loading && !opportunity.data) return <Loading />;
  if (opportunity.error || !opportunity.data) {
    return (
      <>
        <PageTitle>{t('public.notFound')}</PageTitle>
        {opportunity.error && !(opportunity.error instanceof ApiError && opportunity.error.status === 404) && <ErrorMessage error={opportunity.error} />}
        <p>
          <Link to="/frivillig">{t('public.back')}</Link>
        </p>
      </>
    );
  }
  const o = opportunity.data;
  return (
    <>
      <p>
        <Link to="/frivillig" className="back-link">
          {t('public.back')}
        </Link>
      </p>
      <PageTitle>{o.title}</PageTitle>
      <p className="font-lead readable">{o.summary}</p>
      {o.description.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph} className="readable">
          {paragraph}
        </p>
      ))}
      <Facts>
        <Fact term={t('public.kind')}>{kindName(t, o.kind)}</Fact>
        {o.area && <Fact term={t('public.where')}>{o.area}</Fact>}
        {o.timeCommitment && <Fact term={t('public.time')}>{o.timeCommitment}</Fact>}
        {o.requiredCourse && <Fact term={t('public.course')}>{t('public.courseText', { name: o.requiredCourse.name })}</Fact>}
        <Fact term={t('public.recordCheck')}>{o.needsRecordCheck ? t('public.recordCheckYes') : t('public.recordCheckNo')}</Fact>
      </Facts>
      <ApplicationForm opportunityId={o.id} />
    </>
  );
}

function ApplicationForm({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation('volunteers');
  const [values, setValues] = useState({ name: '', email: '', phone: '', postalCode: '', message: '' });
  const [sent, setSent] = useState(false);
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const fields = {
    name: { id: 'apply-name', label: t('apply.name') },
    email: { id: 'apply-email', label: t('apply.email') },
    phone: { id: 'apply-phone', label: t('apply.phone') },
    postalCode: { id: 'apply-postal-code', label: t('apply.postalCode') },
    message: { id: 'apply-message', label: t('apply.message') },
  };
  return (
    <section aria-labelledby="apply-heading" className="volunteer-apply">
      <h2 id="apply-heading">{t('apply.title')}</h2>
      <StatusMessage message={sent ? t('apply.sent') : null} />
      {!sent && (
        <SubmitForm
          submission={submission}
          fields={fields}
          save={async () => {
            await api.post('/volunteer-applications', { opportunityId, name: values.name, email: values.email, phone: values.phone || null, postalCode: values.postalCode || null, message: values.message });
            setSent(true);
          }}
        >
          <p className="readable">{t('apply.intro')}</p>
          <TextField id="apply-name" label={fields.name.label} value={values.name} onChange={set('name')} error={errors.name} required autoComplete="name" />
          <TextField id="apply-email" type="email" label={fields.email.label} hint={t('apply.emailHint')} value={values.email} onChange={set('email')} error={errors.email} required autoComplete="email" />
          <TextField id="apply-phone" type="tel" label={fields.phone.label} value={values.phone} onChange={set('phone')} error={errors.phone} autoComplete="tel" width="input-width-m" />
          <TextField id="apply-postal-code" label={fields.postalCode.label} hint={t('apply.postalCodeHint')} value={values.postalCode} onChange={set('postalCode')} error={errors.postalCode} autoComplete="postal-code" width="input-width-xs" />
          <TextAreaField id="apply-message" label={fields.message.label} hint={t('apply.messageHint')} value={values.message} onChange={set('message')} error={errors.message} />
          {errors.opportunityId && <p className="form-error-message">{errors.opportunityId}</p>}
          <FormActions busy={submission.busy} saveLabel={t('apply.submit')} />
        </SubmitForm>
      )}
    </section>
  );
}
