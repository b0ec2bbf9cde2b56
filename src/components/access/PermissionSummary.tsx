import { Badge, Stack, Text } from '@mantine/core';
import { IconCrown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isAdminEquivalent, type Grant } from '@/api/access/effectiveAccess';
import { useAccessText } from './useAccessText';

/** Says "admin-equivalent" in words (not by colour alone): `*` verbs on `*` resources. */
export function AdminBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      color="red"
      variant="light"
      tt="none"
      leftSection={<IconCrown size={12} aria-hidden />}
      title={t('effectiveAccess.adminHint')}
    >
      {t('effectiveAccess.admin')}
    </Badge>
  );
}

/** What grants allow, one line per group of resources: "get, list, watch on *". */
export function PermissionSummary({ grants }: { grants: readonly Grant[] }) {
  const { permissionLines } = useAccessText();
  const admin = isAdminEquivalent(grants);
  return (
    <Stack gap={4} align="flex-start">
      {admin && <AdminBadge />}
      {permissionLines(grants).map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
    </Stack>
  );
}
