import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { BURN_ALERT } from '@stratum/slo';
import { PrometheusBurnCheck } from './prometheus';

/** A stand-in for Prometheus' `/api/v1/alerts`, answering whatever the test put in `answer`. */
describe('PrometheusBurnCheck', () => {
  let server: Server;
  let baseUrl = '';
  let answer: { status: number; body: unknown } = { status: 200, body: {} };
  before(async () => {
    server = createServer((req, res) => {
      res.writeHead(req.url === '/prom/api/v1/alerts' ? answer.status : 404, {
        'content-type': 'application/json',
      });
      res.end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prom`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const alert = (service: string, state: string, alertname = BURN_ALERT) => ({
    labels: { alertname, service, slo: 'availability', severity: 'page' },
    annotations: { summary: `${service} burning` },
    state,
  });

  test('only firing burn-rate alerts of the changed services count', async () => {
    answer = {
      status: 200,
      body: {
        status: 'success',
        data: {
          alerts: [
            alert('orders', 'pending'),
            alert('payments', 'firing'),
            alert('orders', 'firing', 'HighMemory'),
            alert('orders', 'firing'),
          ],
        },
      },
    };
    const check = new PrometheusBurnCheck({ baseUrl, services: ['orders'] });
    assert.deepEqual(await check.check(), [
      {
        check: 'prometheus-burn-rate',
        subject: `Prometheus alert ${BURN_ALERT}{service="orders",slo="availability",severity="page"}`,
        detail: 'firing: orders burning',
      },
    ]);
    assert.deepEqual(await new PrometheusBurnCheck({ baseUrl, services: ['billing'] }).check(), []);
  });

  test('an error answer is an error, not health', async () => {
    answer = { status: 503, body: { status: 'error', error: 'not ready' } };
    await assert.rejects(
      new PrometheusBurnCheck({ baseUrl, services: ['orders'] }).check(),
      /Prometheus http:\/\/127\.0\.0\.1:\d+\/prom\/api\/v1\/alerts answered HTTP 503/,
    );
  });
});
