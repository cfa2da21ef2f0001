import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { stateLine, type StatusReport, type StatusReportList, type StatusReportListItem } from './report-format.js';

/** The archive grouped by strategy (in the archive's order), then year, newest first; the versions under each year. */
function groupArchive(items: StatusReportListItem[]) {
  const strategies: { id: string; name: string; years: { year: number; versions: StatusReportListItem[] }[] }[] = [];
  for (const item of items) {
    let strategy = strategies.find((s) => s.id === item.strategy.id);
    if (!strategy) strategies.push((strategy = { id: item.strategy.id, name: item.strategy.name, years: [] }));
    let year = strategy.years.find((y) => y.year === item.year);
    if (!year) strategy.years.push((year = { year: item.year, versions: [] }));
    year.versions.push(item);
  }
  for (const strategy of strategies) strategy.years.sort((a, b) => b.year - a.year);
  return strategies;
}

/** "Lav statusrapport": a strategy and a year make a draft, and the leader goes on to it. */
function CreateForm({ list }: { list: StatusReportList }) {
  const { t } = useTranslation('status-reports');
  const navigate = useNavigate();
  const [strategyId, setStrategyId] = useState(list.strategies[0]?.id ?? '');
  const [year, setYear] = useState(String(list.currentYear - 1));
  const submission = useSubmit();
  const fields = { strategy: { id: 'report-strategy', label: t('create.strategy') }, year: { id: 'report-year', label: t('create.year') } };
  const create = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit(async () => {
      const text = year.trim();
      const report = await api.post<StatusReport>(`/strategies/${encodeURIComponent(strategyId)}/status-reports`, { year: /^\d+$/.test(text) ? Number(text) : text });
      await navigate(`/styring/statusrapporter/${report.id}`, { state: { notice: t('create.created') } });
    });
  };
  return (
    <section aria-labelledby="create-heading" className="status-report-create">
      <h2 id="create-heading">{t('create.heading')}</h2>
      <p className="readable">{t('create.intro')}</p>
      {list.strategies.length === 0 ? (
        <p>{t('create.noStrategies')}</p>
      ) : (
        <form onSubmit={create} noValidate>
          <ErrorSummary error={submission.error} fields={fields} />
          <SelectField id={fields.strategy.id} label={fields.strategy.label} value={strategyId} onChange={setStrategyId} options={list.strategies.map((s) => ({ value: s.id, label: s.name }))} />
          <TextField id={fields.year.id} label={fields.year.label} hint={t('create.yearHint', { year: list.currentYear - 1 })} value={year} onChange={setYear} width="input-width-xs" required {...(submission.fieldErrors.year !== undefined && { error: submission.fieldErrors.year })} />
          <button type="submit" className="button button-primary" disabled={submission.busy}>
            {submission.busy ? t('create.busy') : t('create.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

/**
 * /styring/statusrapporter — every published and superseded report by strategy and year with its versions; a leader
 * also sees the drafts and makes a new report here, and lands here with a notice after deleting a draft.
 */
export function StatusReportArchivePage() {
  const { t, i18n } = useTranslation('status-reports');
  const answer = useApi<StatusReportList>('/status-reports');
  const [notice] = useNotice();
  const list = answer.data;
  return (
    <div className="status-reports">
      <PageTitle>{t('archive.title')}</PageTitle>
      <StatusMessage message={notice} />
      <p className="font-lead readable">{t('archive.intro')}</p>
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && !list && <Loading />}
      {list && list.strategies.length > 0 && <CreateForm list={list} />}
      {list && list.items.length === 0 && <p>{t('archive.empty')}</p>}
      {list &&
        groupArchive(list.items).map((strategy) => (
          <section key={strategy.id} aria-labelledby={`strategy-${strategy.id}`} className="status-report-strategy">
            <h2 id={`strategy-${strategy.id}`}>{strategy.name}</h2>
            {strategy.years.map((year) => (
              <div key={year.year}>
                <h3>{t('archive.year', { year: year.year })}</h3>
                <ul className="status-report-versions">
                  {year.versions.map((report) => {
                    const line = stateLine(report, i18n.language);
                    return (
                      <li key={report.id}>
                        <Link to={`/styring/statusrapporter/${report.id}`}>{t('archive.versionLink', { version: report.version })}</Link>
                        {' — '}
                        <span>{t(line.key, line.values)}</span>
                        {report.noData && <span>{` (${t('archive.noData')})`}</span>}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </section>
        ))}
    </div>
  );
}
