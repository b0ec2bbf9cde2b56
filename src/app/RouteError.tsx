import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { isApiError } from '@/api/errors';
import { NotFoundPage } from '@/components/NotFoundPage';
import { usePageTitle } from '@/components/usePageTitle';

/** Catches what a route threw, so one broken page never takes the shell down with it. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('errors.title'));

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isApiError(error)) return <ErrorState error={error} />;

  return (
    <Container size="sm" py="xl">
      <Stack gap="md" role="alert">
        <Title order={1} size="h2">
          {t('errors.title')}
        </Title>
        <Text>{t('errors.unexpected')}</Text>
        {error instanceof Error && (
          <Text c="dimmed" ff="monospace" size="sm">
            {error.message}
          </Text>
        )}
        <Button component={Link} to="/" w="fit-content">
          {t('common.goHome')}
        </Button>
      </Stack>
    </Container>
  );
}
