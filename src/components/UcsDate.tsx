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
  return (
    ucsTime(value, i18n.language) ?? (
      <Text span c="dimmed">
        {t('common.none')}
      </Text>
    )
  );
}

/**
 * The `<time>` of `UcsDate` without a component of its own (for a table's cells, which know the
 * language already); undefined for "never", which the caller shows as it shows other blanks.
 */
export function ucsTime(value: string | null | undefined, language: string) {
  const date = parseUcsTime(value);
  if (!date) return undefined;
  // One line: "Nov 2, 2023, 6:33 AM" broken after "6:33" reads as two values.
  return (
    <time dateTime={date.toISOString()} style={nowrap}>
      {formatterFor(language).format(date)}
    </time>
  );
}
