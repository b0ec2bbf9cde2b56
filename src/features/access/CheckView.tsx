import { useMemo } from 'react';
import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  answer,
  bindTargetOf,
  knownUsers,
  type AccessFacts,
  type Suggestion,
} from '@/api/access/effectiveAccess';
import { allNamespaces, commonNamespaces, namespacesByRule } from '@/api/bindings';
import { commonResources, kubernetesVerbs } from '@/api/reference/permissions';
import { GrantSources } from '@/components/access/GrantSources';
import { useAccessText } from '@/components/access/useAccessText';
import { apiSentence, renderApiOption } from '@/components/ApiText';
import { useListState } from '@/components/list/useListState';
import { paths } from '@/paths';
import { checkParsers } from './accessState';

type Question = {
  user: string;
  verb: string;
  resource: string;
  namespace: string;
  cluster: string;
};

/** Namespaces offered: the common ones and every one a binding names. */
function knownNamespaces(facts: AccessFacts): string[] {
  const names = new Set<string>(commonNamespaces);
  for (const target of [...facts.clusters, ...facts.fleets])
    for (const namespaces of namespacesByRule(target.spec.ruleNamespaces).values())
      for (const namespace of namespaces) if (namespace !== allNamespaces) names.add(namespace);
  return [...names].sort();
}

/**
 * `/access/check`: "Can user U do VERB on RESOURCE in NAMESPACE of CLUSTER?" The question is
 * in the URL (a link to it answers it); the answer says which policies allow it and where they
 * are bound, or, for a no, what would allow it.
 */
export function CheckView({ facts }: { facts: AccessFacts }) {
  const { t } = useTranslation();
  const { state, update } = useListState(checkParsers);
  const users = useMemo(() => knownUsers(facts.rules), [facts.rules]);
  const namespaces = useMemo(() => knownNamespaces(facts), [facts]);
  const clusters = useMemo(
    () =>
      facts.clusters
        .map((cluster) => ({
          value: cluster.metadata.uid,
          label: cluster.metadata.name ?? cluster.metadata.uid,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [facts.clusters],
  );
  const required = (value: string) => (value.trim() ? null : t('access.check.required'));
  const form = useForm<Question>({
    mode: 'controlled',
    initialValues: {
      user: state.user,
      verb: state.verb,
      resource: state.resource,
      namespace: state.namespace || 'default',
      cluster: state.cluster,
    },
    validate: {
      user: required,
      verb: required,
      resource: required,
      namespace: required,
      cluster: required,
    },
  });
  const asked = state.user && state.verb && state.resource && state.namespace && state.cluster;

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('access.check.intro')}
      </Text>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          update({
            user: values.user.trim(),
            verb: values.verb,
            resource: values.resource.trim(),
            namespace: values.namespace.trim(),
            cluster: values.cluster,
          }),
        )}
      >
        <Group align="flex-start" wrap="wrap" gap="md">
          <Autocomplete
            label={t('access.check.user')}
            data={users}
            withAsterisk
            w={340}
            {...form.getInputProps('user')}
          />
          <Select
            label={t('access.check.verb')}
            data={[...kubernetesVerbs]}
            withAsterisk
            allowDeselect={false}
            w={170}
            {...form.getInputProps('verb')}
          />
          <Autocomplete
            label={t('access.check.resource')}
            placeholder={t('access.check.resourcePlaceholder')}
            data={[...commonResources]}
            withAsterisk
            w={240}
            {...form.getInputProps('resource')}
          />
          <Autocomplete
            label={t('access.check.namespace')}
            data={namespaces}
            withAsterisk
            w={200}
            {...form.getInputProps('namespace')}
          />
          <Select
            label={t('access.check.cluster')}
            data={clusters}
            searchable
            limit={100}
            renderOption={renderApiOption}
            withAsterisk
            w={260}
            {...form.getInputProps('cluster')}
          />
        </Group>
        <Button type="submit" mt="md">
          {t('access.check.ask')}
        </Button>
      </form>
      {asked && <Answer facts={facts} question={state} />}
    </Stack>
  );
}

function Answer({ facts, question }: { facts: AccessFacts; question: Question }) {
  const { t } = useTranslation();
  const { namespace: scopeText } = useAccessText();
  const cluster = facts.clusters.find((item) => item.metadata.uid === question.cluster);
  const result = useMemo(
    () =>
      answer(facts, {
        userId: question.user,
        clusterId: question.cluster,
        namespace: question.namespace,
        verb: question.verb,
        resource: question.resource,
      }),
    [facts, question],
  );
  const clusterName = cluster?.metadata.name ?? question.cluster;
  const target = bindTargetOf(facts, question.cluster);
  const sentence = t('access.check.question', {
    user: question.user,
    verb: question.verb,
    resource: question.resource,
    namespace: question.namespace,
    cluster: clusterName,
  });

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={sentence}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon
            size="lg"
            radius="xl"
            variant="light"
            color={result.allowed ? 'teal' : 'red'}
            aria-hidden
          >
            {result.allowed ? <IconCircleCheck size={22} /> : <IconCircleX size={22} />}
          </ThemeIcon>
          <Text fw={700} size="lg" c={result.allowed ? 'teal' : 'red'} style={{ flexShrink: 0 }}>
            {result.allowed ? t('access.check.yes') : t('access.check.no')}
          </Text>
          <Title order={2} size="h4" miw={0}>
            {apiSentence(
              {
                user: question.user,
                verb: question.verb,
                resource: question.resource,
                namespace: question.namespace,
                cluster: clusterName,
              },
              (slots) => t('access.check.question', slots),
            )}
          </Title>
        </Group>
        {target?.kind === 'fleet' && (
          <Text size="sm" c="dimmed">
            {apiSentence({ cluster: clusterName, fleet: target.name }, (slots) =>
              t('access.check.followsFleet', slots),
            )}
          </Text>
        )}
        {result.allowed ? (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('access.check.grantedBy')}
            </Title>
            {result.grantedBy.map(({ grant, namespace }) => (
              <Group key={`${grant.ruleId}-${namespace}`} gap="xs" wrap="wrap">
                <GrantSources
                  grants={[grant]}
                  cluster={{ id: question.cluster, name: clusterName }}
                />
                <Text span size="sm" c="dimmed">
                  {t('access.check.grantScope', { scope: scopeText(namespace) })}
                </Text>
              </Group>
            ))}
          </Stack>
        ) : (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('access.check.wouldAllow')}
            </Title>
            <List size="sm" spacing="xs">
              {result.suggestions.map((suggestion, index) => (
                <List.Item key={index}>
                  <SuggestionText suggestion={suggestion} />
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {!cluster && <Alert color="orange">{t('effectiveAccess.slice.notFound')}</Alert>}
      </Stack>
    </Paper>
  );
}

function SuggestionText({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation();
  const { namespace } = useAccessText();
  if (suggestion.kind === 'createPolicy')
    return (
      <Group gap="xs" wrap="wrap">
        <Text span size="sm">
          {t('access.check.suggestion.createPolicy')}
        </Text>
        <Anchor component={Link} to={paths.newPolicy()} size="sm">
          {t('access.check.suggestion.createPolicyLink')}
        </Anchor>
      </Group>
    );
  const policyLink = (
    <Anchor component={Link} to={paths.policy({ ruleId: suggestion.ruleId })} size="sm">
      {apiSentence({ policy: suggestion.ruleName }, (slots) =>
        t('access.check.suggestion.openPolicy', slots),
      )}
    </Anchor>
  );
  if (suggestion.kind === 'addUser')
    return (
      <Group gap="xs" wrap="wrap">
        <Text span size="sm">
          {apiSentence({ policy: suggestion.ruleName }, (slots) =>
            t('access.check.suggestion.addUser', slots),
          )}
        </Text>
        {policyLink}
      </Group>
    );
  const { target } = suggestion;
  const values = {
    policy: suggestion.ruleName,
    target: target.name,
    namespace: namespace(suggestion.namespace),
  };
  const kind =
    target.kind === 'fleet' ? t('effectiveAccess.kindFleet') : t('effectiveAccess.kindCluster');
  return (
    <Group gap="xs" wrap="wrap">
      <Text span size="sm">
        {suggestion.kind === 'bind'
          ? apiSentence(values, (slots) => t('access.check.suggestion.bind', { ...slots, kind }))
          : apiSentence(values, (slots) =>
              t('access.check.suggestion.addUserAndBind', { ...slots, kind }),
            )}
      </Text>
      {policyLink}
      <Anchor
        component={Link}
        to={
          target.kind === 'fleet'
            ? paths.fleet({ fleetId: target.id }, 'permissions')
            : paths.cluster({ clusterId: target.id }, 'membership')
        }
        size="sm"
      >
        {target.kind === 'fleet'
          ? apiSentence({ name: target.name }, (slots) =>
              t('access.check.suggestion.openFleet', slots),
            )
          : apiSentence({ name: target.name }, (slots) =>
              t('access.check.suggestion.openCluster', slots),
            )}
      </Anchor>
    </Group>
  );
}
