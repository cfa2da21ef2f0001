import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
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
import { longDate, stateLine, type StatusReport } from './report-format.js';
import { FocusAreasSection, KeyFiguresSection, OverallSection, TargetGroupsSection } from './report-sections.js';

/** The summary editor of a draft: "Gem resumé" saves it (from the revision read), and the page shows the new one. */
function SummaryEditor({ report, onSaved }: { report: StatusReport; onSaved: (report: StatusReport, notice: string) => void }) {
  const { t } = useTranslation('status-reports');
  const [summary, setSummary] = useState(report.summary);
  const submission = useSubmit();
  const fields = { summary: { id: 'report-summary', label: t('report.summaryLabel') } };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit(async () => {
      const saved = await api.patch<StatusReport>(`/status-reports/${encodeURIComponent(report.id)}`, { summary, revision: report.revision });
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

/** "Offentliggør" asks first, in words, what publishing means; the confirmation takes focus, "Fortryd" gives it back. */
function PublishControl({ report, onPublished }: { report: StatusReport; onPublished: (report: StatusReport, notice: string) => void }) {
  const { t } = useTranslation('status-reports');
  const [asking, setAsking] = useState(false);
  const submission = useSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) heading.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <p>
        <button ref={opener} type="button" className="button button-primary" onClick={() => setAsking(true)}>
          {t('report.publish')}
        </button>
      </p>
    );
  }
  return (
    <section className="status-report-publish" aria-labelledby="publish-heading">
      <h2 id="publish-heading" ref={heading} tabIndex={-1}>
        {t('report.publishHeading')}
      </h2>
      <p>{t('report.publishText')}</p>
      {submission.error !== null && <ErrorMessage error={submission.error} />}
      <div className="status-report-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={submission.busy}
          onClick={() =>
            void submission.submit(async () => {
              const published = await api.post<StatusReport>(`/status-reports/${encodeURIComponent(report.id)}/publish`, { revision: report.revision });
              onPublished(published, t('report.published'));
            })
          }
        >
          {submission.busy ? t('report.publishing') : t('report.publishConfirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {t('report.publishCancel')}
        </button>
      </div>
    </section>
  );
}

/**
 * /styring/statusrapporter/:id — one status report. A draft (only a leader gets one) has the summary editor and
 * "Offentliggør"; every report shows its state and version, the summary, the status at a glance, the focus areas with
 * their activities, the key figures as charts with their tables, and links to the PDF and the printable page.
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
              <SummaryEditor key={report.revision} report={report} onSaved={changed} />
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
          {report.state === 'draft' && <PublishControl report={report} onPublished={changed} />}
          <OverallSection report={report} />
          <FocusAreasSection report={report} />
          <KeyFiguresSection report={report} />
          <TargetGroupsSection report={report} />
        </>
      )}
    </div>
  );
}
