import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiText } from '@/components/ApiText';
import type { AttentionItem, AttentionKind } from './overviewData';

const kindColors: Record<AttentionKind, string> = {
  unavailable: 'red',
  failed: 'red',
  pending: 'orange',
  frozen: 'grape',
  federation: 'orange',
};

/** Each thing that needs a look, linked to the page where it is fixed. */
export function AttentionList({ items }: { items: AttentionItem[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h5" mb="sm">
        {t('overview.attention.title')} {items.length > 0 && `(${items.length})`}
      </Title>
      {items.length === 0 ? (
        <Group gap="xs">
          <IconCircleCheck size={18} color="var(--mantine-color-green-7)" aria-hidden />
          <Text size="sm">{t('overview.attention.none')}</Text>
        </Group>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <Group key={`${item.kind}-${item.id}`} component="li" gap="sm" wrap="nowrap">
              <Badge
                variant="light"
                color={kindColors[item.kind]}
                miw={130}
                style={{ flex: 'none' }}
              >
                {t(`overview.attention.kinds.${item.kind}`)}
              </Badge>
              <Anchor
                component={Link}
                to={item.to}
                size="sm"
                fw={600}
                style={{ whiteSpace: 'nowrap' }}
              >
                <ApiText lines={1} focusable={false} maxWidth="16rem">
                  {item.name}
                </ApiText>
              </Anchor>
              {item.detail && (
                <Text size="sm" c="dimmed" miw={0}>
                  <ApiText lines={1} maxWidth="none">
                    {item.detail}
                  </ApiText>
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
