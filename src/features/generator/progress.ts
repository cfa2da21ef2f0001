/** Prints how far a long load has come, at most every two seconds, and a closing line with the rate. */
const INTERVAL_MS = 2_000;

export function progressReporter(label: string, total: number, print: (line: string) => void) {
  const started = Date.now();
  let lastPrinted = started;
  const format = (n: number) => n.toLocaleString('en-US');
  const rate = (count: number) => Math.round(count / Math.max((Date.now() - started) / 1000, 0.001));
  return {
    onRows(count: number) {
      const now = Date.now();
      if (now - lastPrinted < INTERVAL_MS) return;
      lastPrinted = now;
      const percent = total > 0 ? Math.floor((count / total) * 100) : 100;
      const remaining = Math.round((total - count) / Math.max(rate(count), 1));
      print(`  ${label}: ${format(count)} / ${format(total)} (${percent}%), ${format(rate(count))} rows/s, about ${remaining} s left`);
    },
    done(count: number): number {
      const seconds = (Date.now() - started) / 1000;
      print(`  ${label}: ${format(count)} rows in ${seconds.toFixed(1)} s (${format(rate(count))} rows/s)`);
      return seconds;
    },
  };
}
