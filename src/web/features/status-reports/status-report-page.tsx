import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { ConfirmedAction } from './confirmed-action.js';
import { longDate, stateLine, type StatusReport } from './report-format.js';
import { FocusAreasSection, KeyFiguresSection, OverallSection, TargetGroupsSection } from './report-sections.js';

/**
 * The summary editor of a draft: "Gem resumé" saves it (from the revision read), and the page shows the new one. The
 * text is the editor's own until saved, so updating the figures (which changes the revision) does not throw away what
 * the leader is writing.
 */
function SummaryEditor({ report, onSaved }: { report: StatusReport; onSaved: (report: StatusReport, notice: string) => void }) {
  const { t } = useTranslation('status-reports');
  const [summary, setSummary] = useState(report.summary);
  const submission = useSubmit();
  const fields = { summary: { id: 'report-summary', label: t('report.summaryLabel') } };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit(async () => {
      const saved = await api.patch<StatusReport>(`/status-reports/${encodeURIComponent(report.id)}`, { summary, revision: report.revision });
      setSummary(saved.summary);
      onSaved(saved, t('report.saved'));
    });
  };
  return (
    <form className="status-report-editor status-report-summary" onSubmit={save} noValidate>
      <ErrorSummary error={submission.error} fields={fields} />
      <TextAreaField id={fields.summary.id} label={fields.summary.label} hint={t('report.summaryHint')} value={summary} onChange={setSummary} rows={8} {...(submission.fieldErrors.summary !== undefined && { error: submission.fieldErrors.summary })} />
      <button type="submit" className="button button-secondary" disabled={submission.busy}>
        {submission.busy ? t('report.saving') : t('report.saveSummary')}
      </button>
    </form>
  );
}

/** "Offentliggør" asks first, in words, what publishing means. */
function PublishControl({ report, onPublished }: { report: StatusReport; onPublished: (report: StatusReport, notice: string) => void }) {
  const { t } = useTranslation('status-reports');
  return (
    <ConfirmedAction
      id="publish"
      open={t('report.publish')}
      kind="primary"
      heading={t('report.publishHeading')}
      text={t('report.publishText')}
      confirm={t('report.publishConfirm')}
      busy={t('report.publishing')}
      cancel={t('report.publishCancel')}
      onConfirm={async () => {
        const published = await api.post<StatusReport>(`/status-reports/${encodeURIComponent(report.id)}/publish`, { revision: report.revision });
        onPublished(published, t('report.published'));
      }}
    />
  );
}

/**
 * "Opdatér tallene" computes the draft's figures again from the latest data (a draft made early in the year is
 * otherwise stuck with its first figures); the page then shows the new report. The summary is left as it is.
 */
function RefreshControl({ report, onRefreshed }: { report: StatusReport; onRefreshed: (report: StatusReport, notice: string) => void }) {
  const { t } = useTranslation('status-reports');
  const submission = useSubmit();
  const refresh = () =>
    void submission.submit(async () => {
      const refreshed = await api.post<StatusReport>(`/status-reports/${encodeURIComponent(report.id)}/refresh`, { revision: report.revision });
      onRefreshed(refreshed, t('report.refreshed'));
    });
  return (
    <div className="status-report-editor">
      {submission.error !== null && <ErrorMessage error={submission.error} />}
      <p className="status-report-actions">
        <button type="button" className="button button-secondary" disabled={submission.busy} onClick={refresh} aria-describedby="refresh-hint">
          {submission.busy ? t('report.refreshing') : t('report.refresh')}
        </button>
        <span id="refresh-hint" className="form-hint">
          {t('report.refreshHint')}
        </span>
      </p>
    </div>
  );
}

/**
 * "Slet kladden" asks first, in words, what deleting means; after deleting, the leader lands on the archive with a
 * notice, where a new draft (for the right year) can be made.
 */
function DiscardControl({ report }: { report: StatusReport }) {
  const { t } = useTranslation('status-reports');
  const navigate = useNavigate();
  return (
    <ConfirmedAction
      id="discard"
      open={t('report.discard')}
      kind="secondary"
      heading={t('report.discardHeading')}
      text={t('report.discardText')}
      confirm={t('report.discardConfirm')}
      busy={t('report.discarding')}
      cancel={t('report.discardCancel')}
      onConfirm={async () => {
        await api.delete(`/status-reports/${encodeURIComponent(report.id)}`);
        await navigate('/styring/statusrapporter', { state: { notice: t('report.discarded', { strategy: report.strategy.name, year: report.year }) } });
      }}
    />
  );
}

/**
 * /styring/statusrapporter/:id — one status report. A draft (only a leader gets one) has "Opdatér tallene", the summary
 * editor, "Offentliggør" and "Slet kladden"; every report shows its state and version, the summary, the status at a
 * glance, the focus areas with their activities, the key figures as charts with their tables, and links to the PDF and
 * the printable page.
 */
export function StatusReportPage() {
  const { t, i18n } = useTranslation('status-reports');
  const { id = '' } = useParams();
  const answer = useApi<StatusReport>(`/status-reports/${encodeURIComponent(id)}`);
  const [updated, setUpdated] = useState<StatusReport | null>(null);
  const [notice, setNotice] = useNotice();
  const report = updated && updated.id === id ? updated : answer.data;
  const changed = (next: StatusReport, message: string) => {
    setUpdated(next);
    setNotice(message);
  };
  const line = report ? stateLine(report, i18n.language) : null;
  const paragraphs = report ? report.summary.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) : [];

  return (
    <div className="status-reports">
      <BackLink to="/styring/statusrapporter">{t('report.back')}</BackLink>
      {answer.error && !report && (
        <>
          <PageTitle>{t('report.fallbackTitle')}</PageTitle>
          <ErrorMessage error={answer.error} />
        </>
      )}
      {answer.loading && !report && <Loading />}
      <StatusMessage message={notice} />
      {report && line && (
        <>
          <PageTitle>{report.title}</PageTitle>
          <p className="font-lead">
            {`${t('state.version', { version: report.version })}. ${t(line.key, line.values)}.`} {t('state.computed', { date: longDate(report.content.computedAt, i18n.language) })}
          </p>
          {report.state === 'draft' && <RefreshControl report={report} onRefreshed={changed} />}
          <p className="status-report-actions">
            <a href={report.pdfUrl}>{t('report.pdf')}</a>
            <a href={report.htmlUrl} target="_blank" rel="noopener" aria-describedby="print-hint">
              {t('report.print')}
            </a>
            <span id="print-hint" className="sr-only">
              {t('report.printHint')}
            </span>
          </p>
          {report.content.noData && report.content.noDataText && (
            <div className="alert alert-info">
              <p className="alert-heading">{report.content.noDataText}</p>
            </div>
          )}
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t('report.summary')}</h2>
            {report.state === 'draft' ? (
              <SummaryEditor key={report.id} report={report} onSaved={changed} />
            ) : paragraphs.length === 0 ? (
              <p>{t('report.noSummary')}</p>
            ) : (
              <div className="status-report-summary">
                {paragraphs.map((p, index) => (
                  <p key={index}>{p}</p>
                ))}
              </div>
            )}
          </section>
          {report.state === 'draft' && (
            <>
              <PublishControl report={report} onPublished={changed} />
              <DiscardControl report={report} />
            </>
          )}
          <OverallSection report={report} />
          <FocusAreasSection report={report} />
          <KeyFiguresSection report={report} />
          <TargetGroupsSection report={report} />
        </>
      )}
    </div>
  );
}
