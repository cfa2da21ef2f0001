import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpLine } from './budget-api.js';
import { formatKroner } from './budget-format.js';

interface Totals {
  budgetOre: number;
  committedOre: number;
  forecastOre: number;
  varianceOre: number;
}

/** A variance in words as well as sign: below zero is an overrun, so the reader never depends on a colour or a minus. */
export function VarianceText({ ore }: { ore: number }) {
  const { t, i18n } = useTranslation('finance');
  const kind = ore < 0 ? t('budget.followUps.overrun') : ore > 0 ? t('budget.followUps.underrun') : t('budget.followUps.onBudget');
  return <span className={ore < 0 ? 'budget-overrun' : undefined}>{t('budget.followUps.varianceText', { amount: formatKroner(ore, i18n.language), kind })}</span>;
}

/** A follow-up's figures per centre: budget, committed cost, forecast and variance, with the totals. */
export function FollowUpTable({ caption, lines, totals }: { caption: string; lines: FollowUpLine[]; totals: Totals }) {
  const { t, i18n } = useTranslation('finance');
  const id = useId();
  const kroner = (ore: number) => formatKroner(ore, i18n.language);
  const heads = [t('budget.followUps.budget'), t('budget.followUps.committed'), t('budget.followUps.forecast'), t('budget.followUps.variance')];
  if (lines.length === 0) return <p>{t('budget.followUps.noLines')}</p>;
  return (
    <div className="budget-table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="table budget-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budget.followUps.centre')}</th>
            {heads.map((head) => (
              <th scope="col" key={head} className="budget-amount">
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.unitId}>
              <th scope="row">{line.name}</th>
              <td className="budget-amount">{kroner(line.budgetOre)}</td>
              <td className="budget-amount">{kroner(line.committedOre)}</td>
              <td className="budget-amount">{kroner(line.forecastOre)}</td>
              <td className="budget-amount">
                <VarianceText ore={line.varianceOre} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('budget.followUps.total')}</th>
            <td className="budget-amount">{kroner(totals.budgetOre)}</td>
            <td className="budget-amount">{kroner(totals.committedOre)}</td>
            <td className="budget-amount">{kroner(totals.forecastOre)}</td>
            <td className="budget-amount">
              <VarianceText ore={totals.varianceOre} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
