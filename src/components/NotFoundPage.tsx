import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  usePageTitle(t('notFound.title'));
  return (
    <Container size="sm" py="xl">
      <Stack gap="md">
        <Text c="dimmed" fw={700} size="xl">
          404
        </Text>
        <Title order={1} size="h2">
          {t('notFound.title')}
        </Title>
        <Text>{t('notFound.body', { path: pathname })}</Text>
        <Button component={Link} to="/" w="fit-content">
          {t('common.goHome')}
        </Button>
      </Stack>
    </Container>
  );
}
