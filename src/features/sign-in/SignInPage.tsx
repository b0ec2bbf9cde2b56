import { Suspense, use, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '@/api/errors';
import { appMode } from '@/api/mode';
import { useSignInWithPassword } from '@/api/signIn';
import { session } from '@/api/session';
import { RegionSelect } from './RegionSelect';

const maxTokenLength = 16384;

/** Only same-origin paths: a crafted returnTo must not send the operator elsewhere. */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

type Method = 'password' | 'token';

/** Demo only: the mock's IAM user, which exists only in the demo build. */
const demoCredentials =
  appMode === 'demo'
    ? import('@/app/demo').then((demo) => demo.loadDemoCredentials())
    : Promise.resolve(undefined);

function DemoHint() {
  const { t } = useTranslation();
  const credentials = use(demoCredentials);
  if (!credentials) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('signIn.demoHint', credentials)}
    </Text>
  );
}

export function SignInPage() {
  // Every arrival at sign-in starts a fresh form. A 401 can send the operator back here before
  // the page they signed in for has rendered (its loader's request already failed); reusing this
  // instance would keep the method and fields of the attempt that just expired.
  return <SignInForm key={useLocation().key} />;
}

function SignInForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = searchParams.get('returnTo');
  const [method, setMethod] = useState<Method>('password');
  const [region, setRegion] = useState<string | null>(session.get()?.region ?? null);

  const done = () => void navigate(safeReturnPath(returnTo), { replace: true });

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={460}>
        <Stack gap="md">
          <Title order={1} size="h3">
            {t('signIn.title')}
          </Title>
          {returnTo && (
            <Text size="sm" c="dimmed" role="status">
              {t('signIn.expired', { path: safeReturnPath(returnTo) })}
            </Text>
          )}
          {appMode === 'demo' && (
            <Suspense fallback={null}>
              <DemoHint />
            </Suspense>
          )}
          {appMode === 'live' && <RegionSelect value={region} onChange={setRegion} />}
          <SegmentedControl
            aria-label={t('signIn.method')}
            value={method}
            onChange={(value) => setMethod(value as Method)}
            data={[
              { value: 'password', label: t('signIn.methods.password') },
              { value: 'token', label: t('signIn.methods.token') },
            ]}
            fullWidth
          />
          {method === 'password' ? (
            <PasswordSignInForm region={region} onSignedIn={done} />
          ) : (
            <TokenSignInForm region={region} onSignedIn={done} />
          )}
        </Stack>
      </Paper>
    </Center>
  );
}

interface FormProps {
  region: string | null;
  onSignedIn: () => void;
}

function TokenSignInForm({ region, onSignedIn }: FormProps) {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const [projectName, setProjectName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim();
    if (!value) return setError(t('signIn.tokenRequired'));
    if (value.length > maxTokenLength) return setError(t('signIn.tokenTooLong'));
    session.startWithToken(value, region, projectName.trim() || undefined);
    onSignedIn();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
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
        <TextInput
          label={t('signIn.projectName')}
          description={t('signIn.projectNameHint')}
          value={projectName}
          onChange={(event) => setProjectName(event.currentTarget.value)}
        />
        <Button type="submit">{t('signIn.submit')}</Button>
      </Stack>
    </form>
  );
}

function PasswordSignInForm({ region, onSignedIn }: FormProps) {
  const { t } = useTranslation();
  const signIn = useSignInWithPassword();
  const [fields, setFields] = useState({
    domainName: '',
    userName: '',
    password: '',
    projectName: '',
  });
  const [missing, setMissing] = useState<Set<string>>(new Set());

  const field = (name: keyof typeof fields) => ({
    value: fields[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setFields((current) => ({ ...current, [name]: value }));
      setMissing((current) => new Set([...current].filter((entry) => entry !== name)));
    },
    error: missing.has(name) ? t('signIn.required') : undefined,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = (['domainName', 'userName', 'password'] as const).filter(
      (name) => !fields[name].trim(),
    );
    if (empty.length > 0) return setMissing(new Set(empty));
    signIn.mutate(
      {
        domainName: fields.domainName.trim(),
        userName: fields.userName.trim(),
        password: fields.password,
        projectName: fields.projectName.trim() || undefined,
        region,
      },
      { onSuccess: onSignedIn },
    );
  };

  const failure = signIn.error;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('signIn.domainName')}
          description={t('signIn.domainNameHint')}
          autoComplete="organization"
          required
          {...field('domainName')}
        />
        <TextInput
          label={t('signIn.userName')}
          autoComplete="username"
          required
          {...field('userName')}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          {...field('password')}
        />
        <TextInput
          label={t('signIn.projectName')}
          description={t('signIn.projectNameHint')}
          {...field('projectName')}
        />
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {isApiError(failure) && failure.status === 401
              ? t('signIn.wrongCredentials')
              : t('signIn.failed', { message: failure.message })}
          </Alert>
        )}
        <Button type="submit" loading={signIn.isPending}>
          {signIn.isPending ? t('signIn.signingIn') : t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
