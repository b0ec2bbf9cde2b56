import { describe, expect, it } from 'vitest';
import { Badge, MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { theme } from '@/app/theme';
import { jsdomTheme } from '@/test/jsdomTheme';
import { RowTooltip } from './RowTooltip';

describe('RowTooltip', () => {
  it('shows its label on hover and on keyboard focus, and hides it after', async () => {
    const user = userEvent.setup();
    render(
      <MantineProvider theme={{ ...theme, ...jsdomTheme }}>
        <RowTooltip label="Node pool is scaling">
          <Badge tabIndex={0}>Unavailable</Badge>
        </RowTooltip>
      </MantineProvider>,
    );
    // The badge's root (its text sits in a label inside it).
    const badge = screen.getByText('Unavailable').closest<HTMLElement>('[tabindex]');
    if (!badge) throw new Error('the badge is not focusable');
    expect(screen.queryByRole('tooltip')).toBeNull();

    await user.hover(badge);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Node pool is scaling');
    await user.unhover(badge);
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());

    await user.tab();
    expect(badge).toHaveFocus();
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Node pool is scaling');
    expect(badge).toHaveAccessibleDescription('Node pool is scaling');
    await user.tab();
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });
});
