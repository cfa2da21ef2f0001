import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentYear, useReportYear } from './cases-format.js';

/**
 * Choose the year to show: a select and a button, so nothing moves before the reader asks. The year goes in the
 * address (`?aar=`), so a status can be linked to and the browser's back button works.
 */
export function YearChoice({ id, from, label, button }: { id: string; from: number; label: string; button: string }) {
  const year = useReportYear();
  const [, setParams] = useSearchParams();
  const [chosen, setChosen] = useState(String(year));
  const now = currentYear();
  const first = Math.min(from, year, now);
  const years = Array.from({ length: Math.max(now, year) - first + 1 }, (_, i) => first + i).reverse();
  const show = (event: FormEvent) => {
    event.preventDefault();
    setParams({ aar: chosen });
  };
  return (
    <form className="case-year-choice no-print" onSubmit={show}>
      <div className="form-group">
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
        <select id={id} className="form-select" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {button}
      </button>
    </form>
  );
}
