import { TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

interface ListSearchProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  label: string;
  value: string;
  /** Called on every keystroke; lists replace their history entry for it (one Back undoes it). */
  onChange: (value: string) => void;
}

/**
 * The search box of a list page. `data-list-search` lets the `/` shortcut (KeyboardShortcuts)
 * focus it from anywhere on the page.
 */
export function ListSearch({ value, onChange, ...props }: ListSearchProps) {
  return (
    <TextInput
      data-list-search
      leftSection={<IconSearch size={16} aria-hidden />}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      {...props}
    />
  );
}
