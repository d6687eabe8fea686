import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A minimal Slack Web API on loopback for the load benchmark: auth.test succeeds, every call gets ok. */
export async function startStubSlackApi(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const ok = request.url?.endsWith('/auth.test')
        ? { ok: true, user_id: 'UBOT0001', bot_id: 'BBOT0001', team_id: 'T0001' }
        : { ok: true, ts: '1700000000.000100' };
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(ok));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
