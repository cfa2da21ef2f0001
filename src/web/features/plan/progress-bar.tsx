import { usePlanText } from './easy-read.js';

/** Steps done out of all: a bar to see at a glance, and the same said in words (the bar itself is hidden from screen readers). */
export function ProgressBar({ done, total }: { done: number; total: number }) {
  const { t } = usePlanText();
  const share = total === 0 ? 0 : Math.round((100 * done) / total);
  return (
    <div className="plan-progress">
      <div className="plan-progress-bar" aria-hidden="true">
        <div className="plan-progress-fill" style={{ width: `${share}%` }} />
      </div>
      <p className="plan-progress-text">{total === 0 ? t('common.noSteps') : t('common.progress', { done, total })}</p>
    </div>
  );
}
