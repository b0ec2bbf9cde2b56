import { Suspense, use } from 'react';
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
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '@/api/errors';
import { maxTokenLength } from '@/api/reference/names';
import { appMode } from '@/api/mode';
import { useSignInWithPassword } from '@/api/signIn';
import { session } from '@/api/session';
import { RegionSelect } from './RegionSelect';
import { PageTitle } from '@/components/usePageTitle';
import { apiSentence } from '@/components/ApiText';

/**
 * Only paths of this console: a crafted returnTo must not send the operator elsewhere, nor
 * strand them. The value is resolved as the browser would resolve it (so `/\host`, a tab or a
 * newline inside `//`, or `https:` cannot pass as a path) and kept only when it stays on this
 * origin; anything else is the overview.
 */
export function safeReturnPath(value: string | null, origin = window.location.origin): string {
  if (!value || !value.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

type Method = 'password' | 'token';

interface SignInValues {
  method: Method;
  /** null: the endpoint the console's proxy was started with. */
  region: string | null;
  token: string;
  domainName: string;
  userName: string;
  password: string;
  projectName: string;
}

type SignInFormState = UseFormReturnType<SignInValues>;

/** What the operator types for either method; a switch of method starts them empty. */
const noCredentials = { token: '', domainName: '', userName: '', password: '', projectName: '' };

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
  const signIn = useSignInWithPassword();
  const requiredForPassword = (value: string, { method }: SignInValues) =>
    method === 'password' && !value.trim() ? t('signIn.required') : null;
  const form = useForm<SignInValues>({
    initialValues: {
      method: 'password',
      region: session.get()?.region ?? null,
      ...noCredentials,
    },
    // Checked when the operator signs in; a message goes as soon as its field is edited.
    validate: {
      token: (token, { method }) => {
        if (method !== 'token') return null;
        if (!token.trim()) return t('signIn.tokenRequired');
        return token.trim().length > maxTokenLength ? t('signIn.tokenTooLong') : null;
      },
      domainName: requiredForPassword,
      userName: requiredForPassword,
      password: requiredForPassword,
    },
  });
  const { method, region } = form.values;

  const done = () => void navigate(safeReturnPath(returnTo), { replace: true });

  // A password typed for one method is not kept behind the other, nor is its failure.
  const switchMethod = (next: Method) => {
    form.setValues({ method: next, ...noCredentials });
    signIn.reset();
  };

  const submit = (values: SignInValues) => {
    const projectName = values.projectName.trim() || undefined;
    if (values.method === 'token') {
      session.startWithToken(values.token.trim(), values.region, projectName);
      done();
      return;
    }
    signIn.mutate(
      {
        domainName: values.domainName.trim(),
        userName: values.userName.trim(),
        password: values.password,
        projectName,
        region: values.region,
      },
      { onSuccess: done },
    );
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={460}>
        <Stack gap="md">
          <PageTitle title={t('signIn.title')} />
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
          {/* Region and method sit outside the <form>: Enter in their menus does not sign in. */}
          {appMode === 'live' && (
            <RegionSelect value={region} onChange={(next) => form.setFieldValue('region', next)} />
          )}
          <SegmentedControl
            aria-label={t('signIn.method')}
            value={method}
            onChange={(value) => switchMethod(value as Method)}
            data={[
              { value: 'password', label: t('signIn.methods.password') },
              { value: 'token', label: t('signIn.methods.token') },
            ]}
            fullWidth
          />
          <form onSubmit={form.onSubmit(submit)} noValidate>
            <Stack gap="md">
              {method === 'password' ? <PasswordFields form={form} /> : <TokenFields form={form} />}
              <TextInput
                label={t('signIn.projectName')}
                description={t('signIn.projectNameHint')}
                {...form.getInputProps('projectName')}
              />
              {method === 'password' && signIn.error && <PasswordFailure error={signIn.error} />}
              <Button type="submit" loading={signIn.isPending}>
                {signIn.isPending ? t('signIn.signingIn') : t('signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Stack>
      </Paper>
    </Center>
  );
}

function TokenFields({ form }: { form: SignInFormState }) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ 'aria-label': t('signIn.showSecret') }}
      label={t('signIn.token')}
      description={t('signIn.tokenHint')}
      {...form.getInputProps('token')}
      autoComplete="off"
      required
    />
  );
}

function PasswordFields({ form }: { form: SignInFormState }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('signIn.domainName')}
        description={t('signIn.domainNameHint')}
        autoComplete="organization"
        required
        {...form.getInputProps('domainName')}
      />
      <TextInput
        label={t('signIn.userName')}
        autoComplete="username"
        required
        {...form.getInputProps('userName')}
      />
      <PasswordInput
        visibilityToggleButtonProps={{ 'aria-label': t('signIn.showSecret') }}
        label={t('signIn.password')}
        autoComplete="current-password"
        required
        {...form.getInputProps('password')}
      />
    </>
  );
}

function PasswordFailure({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert">
      {isApiError(error) && error.status === 401
        ? t('signIn.wrongCredentials')
        : apiSentence({ message: error.message }, (slots) => t('signIn.failed', slots))}
    </Alert>
  );
}
