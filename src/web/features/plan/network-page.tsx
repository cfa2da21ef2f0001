import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useApi } from '../../api/use-api.js';
import { useSession } from '../auth/session.js';
import { EasyReadSwitch, usePlanText } from './easy-read.js';
import { NoPlan } from './no-plan.js';
import { planParts, type ConsentLevel, type Consents, type GranteeKind, type Invitation, type NetworkMember, type PlanPart } from './plan-api.js';
import { formatInstant, formatInstantDate, partLabel } from './plan-format.js';
import { useOwnPlan } from './use-own-plan.js';

type Choice = Record<string, ConsentLevel | undefined>;
const keyOf = (kind: GranteeKind, id: string, part: PlanPart) => `${kind}|${id}|${part}`;

/** /mit-netvaerk — the people around me, invitations, and "Hvem må se hvad?". */
export function NetworkPage() {
  const { t } = usePlanText();
  const { citizenId } = useOwnPlan();
  const base = citizenId ? `/citizens/${encodeURIComponent(citizenId)}` : null;
  const network = useApi<{ items: NetworkMember[] }>(base && `${base}/network`);
  const consents = useApi<Consents>(base && `${base}/consents`);
  const [notice, setNotice] = useState<string | null>(null);

  const changed = (message: string) => {
    setNotice(message);
    network.reload();
    consents.reload();
  };

  return (
    <>
      <PageTitle>{t('network.title')}</PageTitle>
      <EasyReadSwitch />
      <p className="font-lead">{t('network.intro')}</p>
      <StatusMessage message={notice} />
      {!citizenId && <NoPlan />}
      {network.loading && !network.data && <Loading />}
      {network.error && <ErrorMessage error={network.error} />}
      {base && network.data && <People base={base} members={network.data.items} onChanged={changed} clearNotice={() => setNotice(null)} />}
      {base && <AddPerson base={base} onSaved={changed} />}
      {consents.error && <ErrorMessage error={consents.error} />}
      {base && consents.data && <ConsentGrid base={base} consents={consents.data} onSaved={(saved, message) => { setNotice(message); consents.reload(); void saved; }} />}
    </>
  );
}

function People({ base, members, onChanged, clearNotice }: { base: string; members: NetworkMember[]; onChanged: (message: string) => void; clearNotice: () => void }) {
  const { t, i18n } = usePlanText();
  const { me } = useSession();
  const action = useSubmit();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<{ member: NetworkMember; invitation: Invitation } | null>(null);

  const remove = (member: NetworkMember) =>
    action.submit(async () => {
      await api.delete(`${base}/network/${encodeURIComponent(member.id)}`);
      setConfirming(null);
      onChanged(t('network.removed', { name: member.name }));
    });
  const invite = (member: NetworkMember) => {
    clearNotice();
    return action.submit(async () => {
      const created = await api.post<Invitation>(`${base}/network/${encodeURIComponent(member.id)}/invitation`);
      setInvitation({ member, invitation: created });
    });
  };

  useEffect(() => {
    if (invitation) document.getElementById('invitation-heading')?.focus();
  }, [invitation]);

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{t('network.peopleHeading')}</h2>
      {action.error !== null && <ErrorMessage error={action.error} />}
      {invitation && (
        <div className="invitation-box">
          <h3 id="invitation-heading" tabIndex={-1}>
            {t('network.inviteHeading', { name: invitation.member.name })}
          </h3>
          <p>{t('network.codeIs')}</p>
          <p className="invitation-code">{invitation.invitation.code}</p>
          <p>{t('network.linkIs')}</p>
          <p className="invitation-link">{`${window.location.origin}${invitation.invitation.path}`}</p>
          <p>{t('network.inviteOnce', { date: formatInstantDate(invitation.invitation.expiresAt, i18n.language) })}</p>
          <button type="button" className="button button-secondary" onClick={() => setInvitation(null)}>
            {t('network.inviteClose')}
          </button>
        </div>
      )}
      {members.length === 0 ? (
        <p>{t('network.empty')}</p>
      ) : (
        <ul className="nobullet-list people-list">
          {members.map((member) => (
            <li key={member.id} className="person">
              <h3 className="person-name">{member.name}</h3>
              <dl className="person-facts">
                <div>
                  <dt>{t('network.relation')}</dt>
                  <dd>{member.relation}</dd>
                </div>
                <div>
                  <dt>{t('network.isRelative')}</dt>
                  <dd>{member.isRelative ? t('common.yes') : t('common.no')}</dd>
                </div>
                <div>
                  <dt>{t('network.login')}</dt>
                  <dd>{member.hasLogin ? t('network.hasLogin') : member.invitationPending ? t('network.invitationPending') : t('network.noLogin')}</dd>
                </div>
              </dl>
              <div className="button-row">
                {!member.hasLogin && (
                  <button type="button" className="button button-secondary" disabled={action.busy} onClick={() => void invite(member)}>
                    {t('network.invite', { name: member.name })}
                  </button>
                )}
                {confirming === member.id ? (
                  <div className="confirm-box" role="group" aria-labelledby={`confirm-${member.id}`}>
                    <p id={`confirm-${member.id}`}>{t('network.confirmRemove', { name: member.name })}</p>
                    <div className="button-row">
                      <button type="button" className="button button-primary" disabled={action.busy} onClick={() => void remove(member)}>
                        {t('network.yesRemove', { name: member.name })}
                      </button>
                      <button type="button" className="button button-tertiary" onClick={() => setConfirming(null)}>
                        {t('common.cancel')}
                      </button>
                    </div>
                  </div>
                ) : (
                  <button type="button" className="button button-tertiary" onClick={() => setConfirming(member.id)}>
                    {t('network.remove', { name: member.name })}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AddPerson({ base, onSaved }: { base: string; onSaved: (message: string) => void }) {
  const { t } = usePlanText();
  const submission = useSubmit();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [isRelative, setIsRelative] = useState(false);
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState<string[]>([]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const empty = [!name.trim() && 'name', !relation.trim() && 'relation'].filter((field): field is string => Boolean(field));
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(`person-${empty[0]}`)?.focus();
      return;
    }
    void submission.submit(async () => {
      await api.post(`${base}/network`, { name: name.trim(), relation: relation.trim(), isRelative, ...(phone.trim() && { phone: phone.trim() }), ...(email.trim() && { email: email.trim() }) });
      onSaved(t('network.saved', { name: name.trim() }));
      setName('');
      setRelation('');
      setIsRelative(false);
      setPhone('');
      setEmail('');
      setOpen(false);
    });
  };
  const error = (field: string) => submission.fieldErrors[field] ?? (missing.includes(field) ? t('common.writeSomething') : undefined);

  if (!open)
    return (
      <button type="button" className="button button-primary button-big" onClick={() => setOpen(true)}>
        {t('network.add')}
      </button>
    );
  return (
    <form className="plan-form" onSubmit={save} noValidate aria-labelledby="add-person-heading">
      <h2 id="add-person-heading">{t('network.add')}</h2>
      <ErrorSummary
        error={submission.error}
        fields={{ name: { id: 'person-name', label: t('network.name') }, relation: { id: 'person-relation', label: t('network.relationLabel') }, phone: { id: 'person-phone', label: t('network.phone') }, email: { id: 'person-email', label: t('network.email') } }}
      />
      {[
        { field: 'name', label: t('network.name'), value: name, set: setName, type: 'text', auto: 'off' },
        { field: 'relation', label: t('network.relationLabel'), value: relation, set: setRelation, type: 'text', auto: 'off' },
      ].map((input) => (
        <div key={input.field} className={`form-group${error(input.field) ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`person-${input.field}`}>
            {input.label}
          </label>
          {error(input.field) && (
            <span className="form-error-message" id={`person-${input.field}-error`}>
              {error(input.field)}
            </span>
          )}
          <input className="form-input" id={`person-${input.field}`} value={input.value} onChange={(event) => input.set(event.target.value)} autoComplete={input.auto} aria-invalid={error(input.field) ? true : undefined} aria-describedby={error(input.field) ? `person-${input.field}-error` : undefined} />
        </div>
      ))}
      <div className="form-group">
        <div className="form-group-checkbox">
          <input className="form-checkbox" type="checkbox" id="person-relative" checked={isRelative} onChange={(event) => setIsRelative(event.target.checked)} />
          <label htmlFor="person-relative">{t('network.isRelativeLabel')}</label>
        </div>
      </div>
      <div className={`form-group${error('phone') ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor="person-phone">
          {t('network.phone')}
        </label>
        <input className="form-input input-width-m" type="tel" id="person-phone" value={phone} onChange={(event) => setPhone(event.target.value)} autoComplete="off" />
      </div>
      <div className={`form-group${error('email') ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor="person-email">
          {t('network.email')}
        </label>
        <input className="form-input" type="email" id="person-email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={submission.busy}>
          {t('network.save')}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * "Hvem må se hvad?": one fieldset per person with a table of the plan's parts; each row has "Må se" and
 * "Må også skrive kommentarer". Nothing is shared until the citizen ticks it, and the page says so.
 */
function ConsentGrid({ base, consents, onSaved }: { base: string; consents: Consents; onSaved: (saved: Consents, message: string) => void }) {
  const { t, i18n } = usePlanText();
  const submission = useSubmit();
  const fromServer = (): Choice => Object.fromEntries(consents.active.map((consent) => [keyOf(consent.granteeKind, consent.granteeId, consent.part), consent.level]));
  const [choice, setChoice] = useState<Choice>(fromServer);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setChoice(fromServer()), [consents]);

  const set = (key: string, level: ConsentLevel | undefined) => setChoice((previous) => ({ ...previous, [key]: level }));
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit(async () => {
      const body = {
        consents: Object.entries(choice)
          .filter((entry): entry is [string, ConsentLevel] => entry[1] !== undefined)
          .map(([key, level]) => {
            const [granteeKind, granteeId, part] = key.split('|') as [GranteeKind, string, PlanPart];
            return { granteeKind, granteeId, part, level };
          }),
      };
      const saved = await api.put<Consents>(`${base}/consents`, body);
      onSaved(saved, t('consent.saved'));
    });
  };
  const nameOf = (kind: GranteeKind, id: string) => consents.grantees.find((grantee) => grantee.kind === kind && grantee.id === id)?.name ?? '';
  const history = [...consents.history].sort((a, b) => (b.withdrawnAt ?? b.grantedAt).localeCompare(a.withdrawnAt ?? a.grantedAt));

  return (
    <section aria-labelledby="consent-heading" className="consents">
      <h2 id="consent-heading">{t('consent.heading')}</h2>
      <p className="consent-default">{t('consent.intro')}</p>
      {consents.grantees.length === 0 ? (
        <p>{t('consent.noGrantees')}</p>
      ) : (
        <form onSubmit={save}>
          {submission.error !== null && <ErrorMessage error={submission.error} />}
          {consents.grantees.map((grantee) => {
            const shared = planParts.filter((part) => choice[keyOf(grantee.kind, grantee.id, part)]).length;
            return (
              <fieldset key={`${grantee.kind}-${grantee.id}`} className="consent-person">
                <legend className="h3">{t('consent.person', { name: grantee.name })}</legend>
                <p>{shared === 0 ? t('consent.nothingShared', { name: grantee.name }) : t('consent.sharedCount', { count: shared, name: grantee.name })}</p>
                <div className="table--responsive-scroll">
                  <table className="table consent-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('consent.part')}</th>
                        <th scope="col">{t('consent.see')}</th>
                        <th scope="col">{t('consent.comment')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {planParts.map((part) => {
                        const key = keyOf(grantee.kind, grantee.id, part);
                        const level = choice[key];
                        const id = `consent-${grantee.kind}-${grantee.id}-${part.replace(':', '-')}`;
                        const label = partLabel(t, part);
                        return (
                          <tr key={part}>
                            <th scope="row">{label}</th>
                            <td>
                              <input className="consent-check" type="checkbox" id={`${id}-view`} checked={level !== undefined} onChange={(event) => set(key, event.target.checked ? 'view' : undefined)} />
                              <label htmlFor={`${id}-view`} className="consent-check-label">
                                <span aria-hidden="true">{level !== undefined ? t('common.yes') : t('common.no')}</span>
                                <span className="sr-only">{t('consent.seeLabel', { name: grantee.name, part: label })}</span>
                              </label>
                            </td>
                            <td>
                              <input className="consent-check" type="checkbox" id={`${id}-comment`} checked={level === 'comment'} onChange={(event) => set(key, event.target.checked ? 'comment' : level === undefined ? undefined : 'view')} />
                              <label htmlFor={`${id}-comment`} className="consent-check-label">
                                <span aria-hidden="true">{level === 'comment' ? t('common.yes') : t('common.no')}</span>
                                <span className="sr-only">{t('consent.commentLabel', { name: grantee.name, part: label })}</span>
                              </label>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </fieldset>
            );
          })}
          <button type="submit" className="button button-primary button-big" disabled={submission.busy}>
            {t('consent.save')}
          </button>
        </form>
      )}
      <h3>{t('consent.historyHeading')}</h3>
      {history.length === 0 ? (
        <p>{t('consent.noHistory')}</p>
      ) : (
        <ul className="nobullet-list consent-history">
          {history.map((entry) => (
            <li key={entry.id}>
              <p>
                <strong>{entry.granteeName || nameOf(entry.granteeKind, entry.granteeId)}</strong> – {partLabel(t, entry.part)} – {t(`consent.levels.${entry.level}`)}
              </p>
              <p>{t('consent.granted', { date: formatInstant(entry.grantedAt, i18n.language), by: entry.grantedByName ?? t('history.someone') })}</p>
              {entry.withdrawnAt && <p>{t('consent.withdrawn', { date: formatInstant(entry.withdrawnAt, i18n.language), by: entry.withdrawnByName ?? t('history.someone') })}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
