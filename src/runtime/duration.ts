/** A time limit as people read it: "250 ms", "5 s", "300 s". */
export function describeDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
