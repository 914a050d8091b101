import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources';
import { startRoomServer } from '../../src/server/roomServer';
import { findRedisServer, startRedis } from '../../support/room-clients';
import { appUrl, openCrm, SCREENSHOTS, sharedChromium } from './chromium';
import { isLive, joinRoom, rename, roomServer, shows } from './live';

const chromium = sharedChromium();
const L = resources.en.live;

describe('what the room server says reaches the laptops', () => {
  it('shows "degraded" while Redis is down, keeps editing, and is live again when it returns', async () => {
    const binary = findRedisServer();
    if (!binary) throw new Error('redis-server is needed (apt-get install -y redis-server)');
    let redis = await startRedis(binary);
    const one = await roomServer({ redis: { host: '127.0.0.1', port: redis.port } });
    const two = await roomServer({ dir: one.dir, redis: { host: '127.0.0.1', port: redis.port } });
    try {
      const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
      const a = await context.newPage();
      await a.goto(appUrl('#/', 'en'));
      await openCrm(a);
      await a.getByTestId('live-status').click();
      await a.getByLabel(L.yourName).fill('On one');
      await a.getByLabel(L.server).fill(one.url);
      await a.getByRole('button', { name: L.start }).click();
      const link = await a.getByTestId('room-link').inputValue();
      await a.getByRole('button', { name: L.close }).click();
      await isLive(a);
      const b = await joinRoom(chromium.browser, link, 'On two', two.url);

      const port = redis.port;
      await redis.stop();
      await shows(a, L.status.degraded);
      await a.screenshot({ path: `${SCREENSHOTS}live-degraded.png` });
      // Editing goes on against this server.
      await rename(a, 'stakeholder', 'During the outage');
      await shows(a, L.status.degraded);

      redis = await startRedis(binary, port);
      await isLive(a);
      // The two sides converge: B, on the other server, gets the edit made during the outage.
      await shows(b, 'During the outage');
      await context.close();
      await b.context().close();
    } finally {
      await one.stop();
      await two.stop();
      one.cleanup();
      await redis.stop();
    }
  });

  it('asks for the room creation code when the server has one, and joins without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ka-rooms-token-'));
    const server = await startRoomServer({
      port: 0,
      sqlitePath: join(dir, 'rooms.sqlite'),
      quiet: true,
      createToken: 'workshop-2026',
    });
    try {
      const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
      const a = await context.newPage();
      await a.goto(appUrl('#/', 'en'));
      await openCrm(a);
      // Without the code: refused, with a message that says what is needed.
      await a.getByTestId('live-status').click();
      await a.getByLabel(L.yourName).fill('Facilitator');
      await a.getByLabel(L.server).fill(server.url);
      await a.getByRole('button', { name: L.start }).click();
      await a.getByRole('button', { name: L.close }).click();
      await a.getByRole('alert').filter({ hasText: L.createTokenRefused }).waitFor();
      await a.screenshot({ path: `${SCREENSHOTS}live-create-token.png` });
      await a.getByTestId('live-status').click();
      await a.getByRole('button', { name: L.leave }).click();
      // With it: the room starts, and a colleague joins with the link alone.
      await a.getByTestId('live-status').click();
      await a.getByLabel(L.createToken).fill('workshop-2026');
      await a.getByRole('button', { name: L.start }).click();
      const link = await a.getByTestId('room-link').inputValue();
      expect(link).not.toContain('workshop-2026');
      await a.getByRole('button', { name: L.close }).click();
      await isLive(a);
      const b = await joinRoom(chromium.browser, link, 'Li', server.url);
      await shows(b, 'Live · 2 people');
      await context.close();
      await b.context().close();
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
