import { readFileSync } from 'node:fs';

/**
 * CPU time (ms) a thread has spent running, from the first field of Linux's
 * /proc/<pid>/task/<tid>/schedstat (nanoseconds on a CPU). Null when the text is not that.
 */
export function parseSchedstat(text: string): number | null {
  const ns = Number(text.trim().split(/\s+/)[0]);
  return text.trim() !== '' && Number.isFinite(ns) && ns >= 0 ? ns / 1e6 : null;
}

/**
 * CPU time (ms) of a renderer's main thread since the process started (its tid is the pid).
 * Unlike DevTools' duration counters it is every task the thread ran: promise continuations
 * after an import() or a message reply, the content script's isolated world, IPC, creating a
 * frame, style, layout and paint. And it is time on a CPU, not wall time: a busy neighbour on
 * a shared host that preempts the thread does not add to it. Null off Linux, or when the
 * process is gone.
 */
export function rendererMainCpuMs(pid: number): number | null {
  try {
    return parseSchedstat(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8'));
  } catch {
    return null;
  }
}
