import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';

/** What the numbers were measured on, including how busy the machine already was. */
export function machineInfo() {
  const cores = cpus();
  return {
    cores: cores.length,
    cpuModel: cores[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}
