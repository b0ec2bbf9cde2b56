import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it, vi } from 'vitest';
import { ListSearch } from './ListSearch';

function renderSearch(value: string, onChange = vi.fn()) {
  const view = (current: string) => (
    <MantineProvider>
      <ListSearch label="Search" value={current} onChange={onChange} />
    </MantineProvider>
  );
  const { rerender } = render(view(value));
  return { onChange, setValue: (next: string) => rerender(view(next)) };
}

describe('ListSearch', () => {
  it('shows each key at once and hands every value to the list', async () => {
    const { onChange } = renderSearch('');
    await userEvent.type(screen.getByRole('textbox', { name: 'Search' }), 'eks');
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('eks');
    expect(onChange.mock.calls.map(([value]) => value)).toEqual(['e', 'ek', 'eks']);
  });

  it('keeps what was typed while the list catches up, and shows a change made elsewhere', async () => {
    const { setValue } = renderSearch('');
    const box = screen.getByRole('textbox', { name: 'Search' });
    await userEvent.type(box, 'ab');
    // The list shows the first key a render late: the box keeps both.
    setValue('a');
    expect(box).toHaveValue('ab');
    setValue('ab');
    expect(box).toHaveValue('ab');
    // Clear filters, a saved view: the box shows the list's value.
    setValue('');
    expect(box).toHaveValue('');
    setValue('prod');
    expect(box).toHaveValue('prod');
  });
});
