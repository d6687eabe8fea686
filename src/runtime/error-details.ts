/**
 * The code of an error of unknown shape: a Slack platform error's `data.error` (e.g. `invalid_auth`), or a
 * Node error's `code` (e.g. `ENOENT`); undefined when there is none.
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('data' in error && typeof error.data === 'object' && error.data !== null && 'error' in error.data) {
    if (typeof error.data.error === 'string') return error.data.error;
  }
  return 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** A one-line description of anything thrown. */
export function errorText(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}
