import { useState, type FormEvent } from 'react';
import { Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { session } from '../../api/session';

const maxTokenLength = 16384;

/** Only same-origin paths: a crafted returnTo must not send the operator elsewhere. */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = searchParams.get('returnTo');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim();
    if (!value) return setError(t('signIn.tokenRequired'));
    if (value.length > maxTokenLength) return setError(t('signIn.tokenTooLong'));
    session.setToken(value);
    void navigate(safeReturnPath(returnTo), { replace: true });
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={440}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={1} size="h3">
              {t('signIn.title')}
            </Title>
            {returnTo && (
              <Text size="sm" c="dimmed" role="status">
                {t('signIn.expired', { path: safeReturnPath(returnTo) })}
              </Text>
            )}
            <PasswordInput
              label={t('signIn.token')}
              description={t('signIn.tokenHint')}
              value={token}
              onChange={(event) => {
                setToken(event.currentTarget.value);
                setError(null);
              }}
              error={error}
              autoComplete="off"
              required
            />
            <Button type="submit">{t('signIn.submit')}</Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
