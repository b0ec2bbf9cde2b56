import { waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

// Helpers for this feature's component tests (never imported by the app).

/** Opens a Mantine select and picks an option from its own list (other selects have theirs). */
export async function chooseOption(
  user: ReturnType<typeof userEvent.setup>,
  input: HTMLElement,
  name: string,
) {
  await user.click(input);
  const listbox = await waitFor(() => {
    const element = document.getElementById(input.getAttribute('aria-controls') ?? '');
    if (!element) throw new Error('the select did not open');
    return element;
  });
  await user.click(within(listbox).getByRole('option', { name, hidden: true }));
}
