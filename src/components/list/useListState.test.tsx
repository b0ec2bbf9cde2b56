import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { parseAsArrayOf, parseAsString } from 'nuqs';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { parseAsPage } from './urlParsers';
import { useListState } from './useListState';

const parsers = {
  search: parseAsString.withDefault(''),
  provider: parseAsString.withDefault(''),
  status: parseAsArrayOf(parseAsString, ',').withDefault([]),
  page: parseAsPage,
};

/** A list that applies several changes in one event, as a fast user or one click can. */
function List() {
  const { state, update } = useListState(parsers, { search: 'q' });
  return (
    <>
      <output aria-label="state">{JSON.stringify(state)}</output>
      <button
        onClick={() => {
          update({ provider: 'aws' });
          update({ status: ['Available'] });
          update({ search: 'eks' }, { replace: true });
        }}
      >
        three changes
      </button>
      <button onClick={() => update({ page: 3 })}>page 3</button>
      <button onClick={() => update({ provider: 'azure' })}>azure</button>
    </>
  );
}

function renderList(path: string) {
  window.history.replaceState(null, '', path);
  const router = createBrowserRouter([
    {
      element: (
        <NuqsAdapter>
          <Outlet />
        </NuqsAdapter>
      ),
      children: [{ path: '/list', element: <List /> }],
    },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

/** The address bar's parameters: lists change them without a router navigation. */
const searchOf = () => new URLSearchParams(window.location.search);

describe('useListState', () => {
  it('keeps every change made in one tick, and the parameters that are not its own', async () => {
    renderList('/list?mock-scale=1000&page=2');
    await userEvent.click(screen.getByRole('button', { name: 'three changes' }));

    await vi.waitFor(() => expect(searchOf().get('q')).toBe('eks'));
    const search = searchOf();
    expect(search.get('provider')).toBe('aws');
    expect(search.get('status')).toBe('Available');
    expect(search.get('mock-scale')).toBe('1000');
    // A change of filter goes back to the first page.
    expect(search.has('page')).toBe(false);
    expect(JSON.parse(screen.getByLabelText('state').textContent ?? '')).toEqual({
      search: 'eks',
      provider: 'aws',
      status: ['Available'],
      page: 1,
    });
  });

  it('keeps changes made before the router has rendered the previous one', async () => {
    renderList('/list');
    // Each click is its own event; no render of the router comes between them.
    act(() => {
      screen.getByRole('button', { name: 'three changes' }).click();
      screen.getByRole('button', { name: 'azure' }).click();
    });
    await vi.waitFor(() => expect(searchOf().get('provider')).toBe('azure'));
    expect(searchOf().get('status')).toBe('Available');
    expect(searchOf().get('q')).toBe('eks');
  });

  it('sets the page without leaving it, and Back restores the previous view', async () => {
    const router = renderList('/list?provider=aws');
    await userEvent.click(screen.getByRole('button', { name: 'page 3' }));
    await vi.waitFor(() => expect(searchOf().get('page')).toBe('3'));
    await act(() => router.navigate(-1));
    await vi.waitFor(() => expect(searchOf().has('page')).toBe(false));
    expect(screen.getByLabelText('state')).toHaveTextContent('"page":1');
    expect(searchOf().get('provider')).toBe('aws');
  });
});
