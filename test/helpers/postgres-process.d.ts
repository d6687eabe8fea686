export interface RunningPostgres {
  port: number;
  dataDir: string;
  /** The admin URL (database `postgres`). */
  url: string;
  stop(): Promise<void>;
  remove(): void;
}
export function startPostgres(options?: { dataDir?: string; port?: number }): Promise<RunningPostgres>;
export function freePort(): Promise<number>;
