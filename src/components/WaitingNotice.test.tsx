import { screen } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockBackend, server } from '../../mocks/node';
import { en } from '@/i18n/resources';
import { renderApp } from '@/test/renderApp';
import { slowAfterMs } from './useWaitingFor';

describe('a list that waits for UCS', () => {
  it('says it is still waiting within 5 s when UCS does not answer', async () => {
    server.use(
      http.get('*/v1/clustergroups', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    // The notice is due 3 s into the wait (a timer of its own, not the next tick)…
    expect(slowAfterMs).toBeLessThanOrEqual(5_000);
    renderApp('/fleets');
    await screen.findByRole('status', { name: en.common.loading }, { timeout: 10_000 });
    // …and shows (allowing for a loaded machine, whose timers fire late).
    expect(
      await screen.findByText(/Still waiting for UCS \(\d+ s\)/, undefined, { timeout: 15_000 }),
    ).toBeInTheDocument();
  });

  it('says UCS is throttling, and when it tries again, then shows the list', async () => {
    mockBackend.throttle(2);
    renderApp('/fleets');
    expect(
      await screen.findByText(
        /UCS is limiting requests \(HTTP 429\)\. Trying again (in \d+ seconds?|now) \(attempt 2 of 4\)/,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'cluster-dev' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('says why a read is retried, e.g. a server error', async () => {
    mockBackend.fail('listClusterGroups', { status: 503, code: 'UCS.00000006', times: 3 });
    renderApp('/fleets');
    expect(
      await screen.findByText(/UCS did not answer \(HTTP 503\)\. Trying again/),
    ).toBeInTheDocument();
  });
});
