import { startTransition, useState } from 'react';
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
 *
 * The box shows what is typed at once, and hands it to the list in a transition: a keystroke
 * renders the box alone, then the list once with its matches (an interrupted render when the next
 * key comes first), instead of the whole page twice. The list's value comes back a render later;
 * the values the box sent are told apart from a change made elsewhere (Clear filters, a saved
 * view), which the box then shows.
 */
export function ListSearch({ value, onChange, ...props }: ListSearchProps) {
  const [text, setText] = useState(value);
  // What the list said last, and what the box sent since that the list has not shown yet.
  const [listValue, setListValue] = useState(value);
  const [sent, setSent] = useState<readonly string[]>([]);
  if (value !== listValue) {
    setListValue(value);
    const at = sent.indexOf(value);
    if (at >= 0) {
      setSent(sent.slice(at + 1));
    } else {
      setSent([]);
      setText(value);
    }
  }
  return (
    <TextInput
      data-list-search
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        setSent((pending) => [...pending, next]);
        startTransition(() => onChange(next));
      }}
      {...props}
    />
  );
}
