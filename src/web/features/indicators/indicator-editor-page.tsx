import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { CheckboxField } from '../../components/form/checkbox-field.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import type { IndicatorDetail } from './indicator-format.js';

interface Saved {
  key: string;
  version: number;
}

/**
 * /styring/indikatorer/ny and /styring/indikatorer/:key/rediger — the leader's definition editor: the definition as
 * JSON in a text area, and the server's reasons when it does not validate (nothing is saved then).
 */
export function IndicatorEditorPage() {
  const { key } = useParams();
  const creating = key === undefined;
  const { t } = useTranslation('indicators');
  const navigate = useNavigate();
  const existing = useApi<IndicatorDetail>(creating ? null : `/indicators/${encodeURIComponent(key)}?period=year`);
  const [form, setForm] = useState({ key: '', name: '', description: '', active: true, definition: '' });
  const [jsonError, setJsonError] = useState<string>();
  const submission = useSubmit();
  const data = existing.data;
  useEffect(() => {
    if (data) setForm({ key: data.key, name: data.name, description: data.description, active: data.active, definition: JSON.stringify(data.definition, null, 2) });
  }, [data]);
  const set = (field: 'key' | 'name' | 'description' | 'definition') => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const problems = submission.error instanceof ApiError ? submission.error.errors.filter((e) => e.path.startsWith('definition')) : [];
  const fieldError = (path: string) => (submission.error instanceof ApiError ? submission.error.errors.find((e) => e.path === path)?.message : undefined);

  const save = (event: FormEvent) => {
    event.preventDefault();
    let definition: unknown;
    try {
      definition = JSON.parse(form.definition);
      setJsonError(undefined);
    } catch (reason) {
      setJsonError(t('editor.notJson', { message: reason instanceof Error ? reason.message : String(reason) }));
      return;
    }
    void submission.submit(async () => {
      const saved = creating
        ? await api.post<Saved>('/indicators', { key: form.key.trim(), name: form.name, description: form.description, definition })
        : await api.put<Saved>(`/indicators/${encodeURIComponent(key)}`, { name: form.name, description: form.description, active: form.active, definition, version: data!.version });
      void navigate(`/styring/indikatorer/${saved.key}`);
    });
  };

  const title = creating ? t('editor.newTitle') : t('editor.editTitle', { name: data?.name ?? '' });
  return (
    <div className="indicators">
      <PageTitle>{title}</PageTitle>
      <p className="readable">{t('editor.intro')}</p>
      {existing.error && <ErrorMessage error={existing.error} />}
      {existing.loading && <Loading />}
      {(creating || data) && (
        <form onSubmit={save} noValidate>
          {submission.error !== null && (
            <ErrorMessage error={submission.error}>
              {problems.length > 0 && (
                <>
                  <p className="alert-text">{t('editor.problems')}:</p>
                  <ul className="alert-text">
                    {problems.map((p) => (
                      <li key={`${p.path}-${p.message}`}>{p.message}</li>
                    ))}
                  </ul>
                </>
              )}
            </ErrorMessage>
          )}
          {creating && <TextField id="indicator-key" label={t('editor.key')} hint={t('editor.keyHint')} required value={form.key} onChange={set('key')} {...(fieldError('key') !== undefined && { error: fieldError('key') })} />}
          <TextField id="indicator-name" label={t('editor.name')} required value={form.name} onChange={set('name')} {...(fieldError('name') !== undefined && { error: fieldError('name') })} />
          <TextAreaField id="indicator-description" label={t('editor.description')} rows={3} value={form.description} onChange={set('description')} />
          {!creating && <CheckboxField id="indicator-active" label={t('editor.active')} checked={form.active} onChange={(active) => setForm((f) => ({ ...f, active }))} />}
          <TextAreaField
            id="indicator-definition"
            label={t('editor.definition')}
            hint={t('editor.definitionHint')}
            rows={18}
            value={form.definition}
            onChange={set('definition')}
            {...((jsonError ?? (problems.length > 0 ? problems.map((p) => p.message).join(' ') : undefined)) !== undefined && { error: jsonError ?? problems.map((p) => p.message).join(' ') })}
          />
          <div className="indicator-editor-actions">
            <button type="submit" className="button button-primary" disabled={submission.busy}>
              {t('editor.save')}
            </button>
            <Link to={creating ? '/styring/indikatorer' : `/styring/indikatorer/${encodeURIComponent(key)}`}>{t('editor.cancel')}</Link>
          </div>
        </form>
      )}
    </div>
  );
}
