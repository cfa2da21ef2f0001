import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { Pictogram } from '../../components/pictograms/pictograms.js';
import { StatusMessage } from '../../components/status-message.js';
import { EasyReadSwitch, usePlanText } from './easy-read.js';
import { NoPlan } from './no-plan.js';
import { countSteps, domainPictograms, domainSlugs, lifeDomains, nextStep, type Dream, type LifeDomain, type Plan } from './plan-api.js';
import { formatDate } from './plan-format.js';
import { ProgressBar } from './progress-bar.js';
import { useOwnPlan } from './use-own-plan.js';

/** /min-plan: the plan as a picture — the dreams on top, then one big tile per life domain. */
export function PlanPage() {
  const { t } = usePlanText();
  const { citizenId, plan } = useOwnPlan();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageTitle>{t('plan.title')}</PageTitle>
      <EasyReadSwitch />
      <p className="font-lead">{t('plan.intro')}</p>
      <StatusMessage message={notice} />
      {!citizenId && <NoPlan />}
      {plan.loading && !plan.data && <Loading />}
      {plan.error && <ErrorMessage error={plan.error} />}
      {citizenId && plan.data && (
        <>
          <Dreams citizenId={citizenId} dreams={plan.data.dreams ?? []} canWrite={plan.data.canWrite} onSaved={(message) => { setNotice(message); plan.reload(); }} />
          <section aria-labelledby="domains-heading">
            <h2 id="domains-heading">{t('plan.domainsHeading')}</h2>
            <DomainTiles plan={plan.data} linkTo={(domain) => `/min-plan/${domainSlugs[domain]}`} />
          </section>
          <nav aria-labelledby="more-heading" className="plan-more">
            <h2 id="more-heading">{t('plan.moreHeading')}</h2>
            <ul className="nobullet-list big-link-list">
              <li>
                <Link to="/min-plan/moeder" className="big-link">
                  <Pictogram name="meeting" size={40} />
                  <span>{t('plan.linkMeetings')}</span>
                </Link>
              </li>
              <li>
                <Link to="/min-plan/historik" className="big-link">
                  <Pictogram name="calendar" size={40} />
                  <span>{t('plan.linkHistory')}</span>
                </Link>
              </li>
              <li>
                <Link to="/min-plan/udskriv" className="big-link">
                  <Pictogram name="step" size={40} />
                  <span>{t('plan.linkPrint')}</span>
                </Link>
              </li>
              <li>
                <Link to="/mit-netvaerk" className="big-link">
                  <Pictogram name="people" size={40} />
                  <span>{t('plan.linkNetwork')}</span>
                </Link>
              </li>
            </ul>
          </nav>
        </>
      )}
    </>
  );
}

/** The five tiles. The domain name is the link; the whole tile is clickable through the link's stretched area. */
export function DomainTiles({ plan, linkTo }: { plan: Plan; linkTo?: (domain: LifeDomain) => string }) {
  const { t, i18n } = usePlanText();
  const hidden = new Set(plan.hiddenParts);
  return (
    <ul className="nobullet-list domain-tiles">
      {lifeDomains.map((domain) => {
        const goals = plan.domains.find((entry) => entry.domain === domain)?.goals;
        const isHidden = hidden.has(`domain:${domain}`) || !goals;
        const { done, total } = countSteps(goals ?? []);
        const next = nextStep(goals ?? []);
        return (
          <li key={domain} className={`domain-tile${isHidden ? ' domain-tile-hidden' : ''}`}>
            <Pictogram name={domainPictograms[domain]} size={64} className="domain-picture" />
            <h3 className="domain-name">
              {linkTo && !isHidden ? (
                <Link to={linkTo(domain)} className="domain-link">
                  {t(`domains.${domain}`)}
                </Link>
              ) : (
                t(`domains.${domain}`)
              )}
            </h3>
            {isHidden ? (
              <p>{t('shared.notShared', { name: plan.firstName })}</p>
            ) : (
              <>
                <p className="domain-goal-count">{t('plan.goalCount', { count: goals.length })}</p>
                <ProgressBar done={done} total={total} />
                <p className="domain-next">
                  <strong>{t('plan.nextStep')}</strong>{' '}
                  {next ? (
                    <>
                      {next.text}
                      {next.dueDate && <> ({t('goal.dueDate', { date: formatDate(next.dueDate, i18n.language) })})</>}
                    </>
                  ) : (
                    t('plan.noNextStep')
                  )}
                </p>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** "Mine drømme": the dreams in the citizen's own words, and a short form to add one. */
function Dreams({ citizenId, dreams, canWrite, onSaved }: { citizenId: string; dreams: Dream[]; canWrite: boolean; onSaved: (message: string) => void }) {
  const { t } = usePlanText();
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState('');
  const [domain, setDomain] = useState('');
  const [missing, setMissing] = useState(false);
  const submission = useSubmit();
  // Opening the form puts the cursor in "Min drøm"; saving or cancelling brings focus back to "Tilføj en drøm".
  const opened = useRef(false);
  useEffect(() => {
    if (adding) document.getElementById('dream-text')?.focus();
    else if (opened.current) document.getElementById('add-dream')?.focus();
    opened.current = opened.current || adding;
  }, [adding]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setMissing(true);
      document.getElementById('dream-text')?.focus();
      return;
    }
    setMissing(false);
    void submission.submit(async () => {
      await api.post(`/citizens/${encodeURIComponent(citizenId)}/dreams`, { text: text.trim(), ...(domain && { domain }) });
      setText('');
      setDomain('');
      setAdding(false);
      onSaved(t('plan.dreamSaved'));
    });
  };

  return (
    <section aria-labelledby="dreams-heading" className="dreams">
      <h2 id="dreams-heading">
        <Pictogram name="star" size={40} /> {t('plan.dreamsHeading')}
      </h2>
      {dreams.length === 0 ? (
        <p>{t('plan.noDreams')}</p>
      ) : (
        <ul className="nobullet-list dream-list">
          {dreams.map((dream) => (
            <li key={dream.id} className="dream">
              <p className="dream-text">{dream.text}</p>
              {dream.domain && <p className="dream-domain">{t(`domains.${dream.domain}`)}</p>}
            </li>
          ))}
        </ul>
      )}
      {canWrite &&
        (adding ? (
          <form className="plan-form" onSubmit={save} noValidate aria-labelledby="add-dream-heading">
            <h3 id="add-dream-heading">{t('plan.addDream')}</h3>
            {submission.error !== null && <ErrorMessage error={submission.error} />}
            <div className={`form-group${missing ? ' form-error' : ''}`}>
              <label className="form-label" htmlFor="dream-text">
                {t('plan.dreamLabel')}
              </label>
              <span className="form-hint" id="dream-text-hint">
                {t('plan.dreamHint')}
              </span>
              {missing && (
                <span className="form-error-message" id="dream-text-error">
                  {t('common.writeSomething')}
                </span>
              )}
              <textarea
                className="form-input"
                id="dream-text"
                rows={3}
                value={text}
                onChange={(event) => setText(event.target.value)}
                aria-invalid={missing || undefined}
                aria-describedby={missing ? 'dream-text-hint dream-text-error' : 'dream-text-hint'}
              />
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor="dream-domain">
                {t('plan.dreamDomain')}
              </label>
              <select className="form-select" id="dream-domain" value={domain} onChange={(event) => setDomain(event.target.value)}>
                <option value="">{t('plan.noDomain')}</option>
                {lifeDomains.map((entry) => (
                  <option key={entry} value={entry}>
                    {t(`domains.${entry}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={submission.busy}>
                {t('plan.saveDream')}
              </button>
              <button type="button" className="button button-tertiary" onClick={() => setAdding(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" id="add-dream" className="button button-primary button-big" onClick={() => setAdding(true)}>
            {t('plan.addDream')}
          </button>
        ))}
    </section>
  );
}
