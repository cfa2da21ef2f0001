import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takePendingInvitationPath } from '../plan/invitation-page.js';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.js';
import type { DemoPersona } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { roleName } from '../../components/labels.js';
import { Loading } from '../../components/loading.js';
import { useSession } from './session.js';

interface Municipality {
  slug: string;
  name: string;
  personas: DemoPersona[];
}

/** The personas in the order the server lists them, one group per municipality. */
function byMunicipality(personas: DemoPersona[]): Municipality[] {
  const groups = new Map<string, Municipality>();
  for (const persona of personas) {
    const group = groups.get(persona.tenant.slug) ?? { ...persona.tenant, personas: [] };
    group.personas.push(persona);
    groups.set(persona.tenant.slug, group);
  }
  return [...groups.values()];
}

/** One button per demo persona: one click logs in and opens Min side. */
export function DemoLogin() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const personas = useApi<DemoPersona[]>('/auth/demo/personas');
  const login = useSubmit();
  const [chosen, setChosen] = useState<DemoPersona | null>(null);

  const logInAs = (persona: DemoPersona) =>
    login.submit(async () => {
      setChosen(persona);
      try {
        await api.post<void>('/auth/demo', { persona: persona.id });
        await refresh();
        // Someone who opened an invitation link first goes back to it after logging in.
        await navigate(takePendingInvitationPath() ?? '/min-side');
      } finally {
        setChosen(null);
      }
    });

  return (
    <section aria-labelledby="demo-heading" className="demo-login">
      <h2 id="demo-heading">{t('login.demoHeading')}</h2>
      <p>{t('login.demoIntro')}</p>
      <div role="status">{chosen && <p>{t('login.loggingIn', { name: chosen.name })}</p>}</div>
      {login.error !== null && <ErrorMessage error={login.error} />}
      {personas.loading && <Loading />}
      {personas.error && <ErrorMessage error={personas.error} />}
      {byMunicipality(personas.data ?? []).map((municipality) => (
        <section key={municipality.slug} aria-labelledby={`demo-${municipality.slug}`}>
          <h3 id={`demo-${municipality.slug}`}>{municipality.name}</h3>
          <ul className="persona-list">
            {municipality.personas.map((persona, index) => (
              <li key={persona.id} className="persona">
                <button type="button" className="button button-primary" aria-describedby={`persona-${municipality.slug}-${index}`} onClick={() => void logInAs(persona)}>
                  {t('login.loginAs', { name: persona.name })}
                </button>
                <p id={`persona-${municipality.slug}-${index}`} className="persona-role">
                  {roleName(t, persona.role)}
                  {persona.unit && <span className="persona-unit">{persona.unit}</span>}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
