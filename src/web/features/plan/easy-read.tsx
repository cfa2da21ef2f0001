import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { useSession } from '../auth/session.js';
import type { CitizenRecord, PlanMe } from './plan-api.js';

const storageKey = 'mestring.easyRead';

interface EasyRead {
  /** The choice the citizen made here, or null when they have not chosen (then their communication needs decide). */
  chosen: boolean | null;
  /** What the record says the citizen needs. */
  needsEasyRead: boolean;
  set: (on: boolean) => void;
}

const EasyReadContext = createContext<EasyRead>({ chosen: null, needsEasyRead: false, set: () => {} });

function remembered(): boolean | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'on' ? true : value === 'off' ? false : null;
  } catch {
    return null;
  }
}

/**
 * The frame around the citizen's and the relative's pages: it knows whether the texts are shown in easy-read.
 * Easy-read is on by default when the citizen's communication needs include it, and the citizen's own
 * choice with the switch is remembered in this browser.
 */
export function PlanArea() {
  const { me } = useSession();
  const citizenId = (me as PlanMe | null)?.citizenId ?? null;
  const record = useApi<CitizenRecord>(citizenId ? `/citizens/${encodeURIComponent(citizenId)}` : null);
  const [chosen, setChosen] = useState<boolean | null>(remembered);

  const set = useCallback((on: boolean) => {
    setChosen(on);
    try {
      localStorage.setItem(storageKey, on ? 'on' : 'off');
    } catch {
      // Without storage the choice lasts until the page is reloaded.
    }
  }, []);
  const needsEasyRead = Boolean(record.data?.communicationNeeds?.includes('easy-read'));
  const value = useMemo(() => ({ chosen, needsEasyRead, set }), [chosen, needsEasyRead, set]);
  return (
    <EasyReadContext.Provider value={value}>
      <Outlet />
    </EasyReadContext.Provider>
  );
}

export function useEasyRead(): { on: boolean; set: (on: boolean) => void } {
  const context = useContext(EasyReadContext);
  return { on: context.chosen ?? context.needsEasyRead, set: context.set };
}

/**
 * The texts of the plan screens: the easy-read Danish ('plan-easy') when it is switched on and the
 * language is Danish, otherwise the ordinary texts ('plan'); a key missing in easy-read falls back.
 */
export function usePlanText() {
  const { on } = useEasyRead();
  const { i18n } = useTranslation();
  const easy = on && i18n.language === 'da';
  return useTranslation(easy ? ['plan-easy', 'plan'] : 'plan');
}

/** The visible "Let læst" switch: a checkbox with the switch role, named the same whatever its state. */
export function EasyReadSwitch(): ReactNode {
  const { on, set } = useEasyRead();
  const { t } = usePlanText();
  return (
    <div className="easy-read-switch">
      <input id="easy-read" type="checkbox" role="switch" className="easy-read-input" checked={on} onChange={(event) => set(event.target.checked)} aria-describedby="easy-read-hint" />
      <label htmlFor="easy-read" className="easy-read-label">
        <span className="easy-read-track" aria-hidden="true">
          <span className="easy-read-knob" />
        </span>
        <span className="easy-read-name">{t('common.easyRead')}</span>
        <span className="easy-read-state" aria-hidden="true">
          {on ? t('common.on') : t('common.off')}
        </span>
      </label>
      <span id="easy-read-hint" className="sr-only">
        {t('common.easyReadHint')}
      </span>
    </div>
  );
}
