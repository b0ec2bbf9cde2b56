import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const typeColors: Record<string, string> = {
  readonly: 'blue',
  develop: 'cyan',
  admin: 'red',
  custom: 'violet',
};

export function PolicyTypeBadge({ type }: { type?: string }) {
  const { t } = useTranslation();
  const known = type === 'readonly' || type === 'develop' || type === 'admin' || type === 'custom';
  return (
    // Never narrower than its label: in a tight table column Mantine would cut it to "ADMIN…".
    <Badge variant="light" color={typeColors[type ?? ''] ?? 'gray'} miw="max-content">
      {known ? t(`permissions.types.${type}`) : (type ?? t('common.none'))}
    </Badge>
  );
}
