import { readdirSync, readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in these ticks (100 on every mainstream build). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; NaN off Linux. */
export function cpuSeconds(pid: number | undefined): number {
  const fields = pid === undefined ? null : statFields(pid);
  // utime and stime are the 14th and 15th fields overall.
  return fields ? (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND : Number.NaN;
}

/** The fields of /proc/<pid>/stat after the parenthesised command name (state, ppid, …), or null. */
function statFields(pid: number): string[] | null {
  const stat = procFile(pid, 'stat');
  return stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ') : null;
}

/** The pids of the processes running now (none off Linux). */
function processIds(): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number);
  } catch {
    return [];
  }
}

/** /proc/<pid>/<file>, or null once the process has ended. */
function procFile(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/** The local MariaDB/MySQL server's pid, when it runs on this machine (its CPU is server-wide: other databases add to it). */
export function findDatabaseServerPid(): number | undefined {
  return processIds().find((pid) => {
    const comm = procFile(pid, 'comm')?.trim();
    return comm === 'mariadbd' || comm === 'mysqld';
  });
}

/** The machine's CPU ticks so far, busy and in all (every core), from /proc/stat; NaN off Linux. */
export function machineCpuTicks(): { busy: number; total: number } {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
    // cpu  user nice system idle iowait irq softirq steal …
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = ticks.reduce((sum, t) => sum + t, 0);
    return { busy: total - ticks[3] - ticks[4], total };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}

/** cpuSeconds of a process and its direct children (a cluster primary and its workers). */
export function cpuSecondsWithChildren(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  let total = cpuSeconds(pid);
  // ppid is the 4th field overall, the 2nd after the command name.
  for (const child of processIds()) if (Number(statFields(child)?.[1]) === pid) total += cpuSeconds(child);
  return total;
}
