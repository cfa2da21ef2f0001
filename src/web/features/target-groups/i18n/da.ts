/** The target-groups texts (da): "Målgrupper i tal", Table 1 of the plan for socially vulnerable adults from live data. */
export const da = {
  title: 'Målgrupper i tal',
  intro: 'Hvor mange forskellige borgere har været i hvert tilbud, år for år? Tallene kommer fra forløb, henvisninger og bevillinger. Ingen borger nævnes.',
  period: {
    legend: 'Vælg år',
    from: 'Fra år',
    to: 'Til år',
    yearHint: 'Skriv året med fire cifre, fx 2022.',
    show: 'Vis tal',
    shown: 'Tal for {{from}} til {{to}}. Talt {{asOf}}.',
    download: 'Hent tabellen som CSV (til Excel)',
  },
  empty: 'Der er ingen data i perioden.',
  emptyHint: 'Vælg andre år for at se tal.',
  table: {
    caption: 'Forskellige borgere pr. tilbud og år, {{from}}–{{to}}',
    offer: 'Tilbud',
    total: 'I alt (forskellige borgere)',
    hidden: '<5',
    hiddenSpoken: 'færre end 5, skjult',
    explainHidden: '"<5" betyder 1 til 4 borgere. Så små tal vises ikke, så ingen kan genkendes. En borger tælles én gang pr. tilbud og år, og én gang i "I alt", selv om borgeren er i flere tilbud.',
  },
  chart: {
    heading: 'Udvikling over årene',
    rowLabel: 'Vis udviklingen for',
    rowHint: 'Vælg et tilbud, eller se alle borgere under ét.',
    allRows: 'Alle tilbud (forskellige borgere i alt)',
    title: 'Borgere pr. år: {{row}}',
    summary: 'Antal forskellige borgere pr. år for {{row}}.',
    point: '{{year}}: {{value}}',
  },
};
