import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseUcsTime } from '@/api/normalize';

/** One formatter per language: creating one costs more than formatting a thousand dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(language: string): Intl.DateTimeFormat {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(language, formatter);
  }
  return formatter;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * A UCS timestamp as a date a person reads, in the UI language. UCS sends several formats and
 * Go's zero time for "never"; those show as "—", never as the year 1.
 */
export function UcsDate({ value }: { value?: string | null }) {
  const { t, i18n } = useTranslation();
  const date = parseUcsTime(value);
  if (!date)
    return (
      <Text span c="dimmed">
        {t('common.none')}
      </Text>
    );
  const text = formatterFor(i18n.language).format(date);
  // One line: "Nov 2, 2023, 6:33 AM" broken after "6:33" reads as two values.
  return (
    <time dateTime={date.toISOString()} style={nowrap}>
      {text}
    </time>
  );
}
