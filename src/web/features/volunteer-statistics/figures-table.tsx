import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth, type VolunteerStatistics, type VolunteerStatisticsFigures } from './statistics-format.js';

export interface FigureColumn {
  header: string;
  cell: (figures: VolunteerStatisticsFigures) => string;
}

/**
 * The numbers behind a chart: a row per month and a last row for the whole period, in a region that scrolls sideways
 * on a narrow screen (and can be reached and scrolled by keyboard).
 */
export function FiguresTable({ caption, columns, data }: { caption: string; columns: FigureColumn[]; data: VolunteerStatistics }) {
  const { t, i18n } = useTranslation('volunteer-statistics');
  const id = useId();
  return (
    <div className="volunteer-table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="table volunteer-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.month')}</th>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{formatMonth(month.month, i18n.language)}</th>
              {columns.map((column) => (
                <td key={column.header}>{column.cell(month)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('table.total')}</th>
            {columns.map((column) => (
              <td key={column.header}>{column.cell(data.total)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
