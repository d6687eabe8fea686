import { InFlight } from '../../src/runtime/in-flight';

describe('InFlight', () => {
  it('counts requests through its middleware and resolves idle when they finish', async () => {
    const inFlight = new InFlight();
    const middleware = inFlight.middleware();
    let finish: () => void = () => undefined;
    const running = middleware({ next: () => new Promise<void>((resolve) => (finish = resolve)) } as never);
    expect(inFlight.active).toBe(1);
    const idle = inFlight.idle(1000);
    finish();
    await running;
    await expect(idle).resolves.toBe(true);
    expect(inFlight.active).toBe(0);
  });

  it('gives up waiting after the timeout', async () => {
    const inFlight = new InFlight();
    void inFlight.middleware()({ next: () => new Promise<void>(() => undefined) } as never);
    await expect(inFlight.idle(20)).resolves.toBe(false);
  });

  it('counts a request that failed as finished', async () => {
    const inFlight = new InFlight();
    await expect(inFlight.middleware()({ next: () => Promise.reject(new Error('x')) } as never)).rejects.toThrow('x');
    expect(inFlight.active).toBe(0);
  });
});
