import type { da } from './da.js';

/** The target-groups texts (en). */
export const en: typeof da = {
  title: 'Target groups in figures',
  intro: 'How many different citizens were in each offer, year by year? The figures come from enrolments, referrals and granted services. No citizen is named.',
  period: {
    legend: 'Choose years',
    from: 'From year',
    to: 'To year',
    yearHint: 'Write the year with four digits, e.g. 2022.',
    show: 'Show figures',
    shown: 'Figures for {{from}} to {{to}}. Counted {{asOf}}.',
    download: 'Download the table as CSV (for Excel)',
  },
  empty: 'There is no data in the period.',
  emptyHint: 'Choose other years to see figures.',
  table: {
    caption: 'Different citizens per offer and year, {{from}}–{{to}}',
    offer: 'Offer',
    total: 'Total (different citizens)',
    hidden: '<5',
    hiddenSpoken: 'fewer than 5, hidden',
    explainHidden: '"<5" means 1 to 4 citizens. Numbers that small are not shown, so no one can be recognised. A citizen counts once per offer and year, and once in "Total", even when in several offers.',
  },
  chart: {
    heading: 'Over the years',
    rowLabel: 'Show the trend for',
    rowHint: 'Choose an offer, or see all citizens together.',
    allRows: 'All offers (different citizens in total)',
    title: 'Citizens per year: {{row}}',
    summary: 'Number of different citizens per year for {{row}}.',
    point: '{{year}}: {{value}}',
  },
};
