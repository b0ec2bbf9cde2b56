import { Group, Progress, Stack, Text, Timeline } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseUcsTime, type NormalizedCluster } from '@/api/normalize';
import { ApiText, apiSentence } from '@/components/ApiText';
import { UcsDate } from '@/components/UcsDate';
import { parseQuantity } from '@/api/facts/clusterFacts';
import { Section } from './Section';

const goodStatuses = new Set(['True', 'Available', 'Federalized']);
const badStatuses = new Set(['False', 'Unavailable', 'Failed', 'FederalizeFailed']);

/** Conditions as a timeline, newest first, each with its reason and message. */
function ConditionsTimeline({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  const conditions = [...cluster.status.conditions].sort(
    (a, b) =>
      (parseUcsTime(b.lastTransitionTime)?.getTime() ?? 0) -
      (parseUcsTime(a.lastTransitionTime)?.getTime() ?? 0),
  );
  if (conditions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('clusters.detail.noConditions')}
      </Text>
    );
  return (
    <Timeline bulletSize={22} lineWidth={2}>
      {conditions.map((condition, index) => {
        const status = condition.status ?? '';
        const good = goodStatuses.has(status);
        const bad = badStatuses.has(status);
        return (
          <Timeline.Item
            key={`${condition.type}-${index}`}
            color={good ? 'green' : bad ? 'red' : 'yellow'}
            bullet={
              good ? (
                <IconCircleCheck size={14} aria-hidden />
              ) : bad ? (
                <IconCircleX size={14} aria-hidden />
              ) : (
                <IconHelpCircle size={14} aria-hidden />
              )
            }
            title={apiSentence({ type: condition.type, status }, (slots) =>
              t('clusters.detail.conditionLine', slots),
            )}
          >
            {condition.reason && (
              <Text size="sm" ff="monospace">
                <ApiText lines={2}>{condition.reason}</ApiText>
              </Text>
            )}
            {condition.message && (
              <Text size="sm" c="dimmed">
                <ApiText lines={6}>{condition.message}</ApiText>
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={2}>
              <UcsDate value={condition.lastTransitionTime} />
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

const resourceKeys = ['cpu', 'memory', 'pods'] as const;
const gib = 2 ** 30;

function format(value: number, key: (typeof resourceKeys)[number], language: string) {
  const shown = key === 'memory' ? value / gib : value;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(shown);
}

/** Allocated against allocatable per resource as bars, with capacity alongside. */
function ResourceBars({ cluster }: { cluster: NormalizedCluster }) {
  const { t, i18n } = useTranslation();
  const summary = cluster.status.resourceSummary;
  const rows = resourceKeys.flatMap((key) => {
    const allocatable = parseQuantity(summary?.allocatable?.[key]);
    const allocated = parseQuantity(summary?.allocated?.[key]) ?? 0;
    const capacity = parseQuantity(summary?.capacity?.[key]);
    return allocatable ? [{ key, allocatable, allocated, capacity: capacity ?? allocatable }] : [];
  });
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('clusters.detail.noResources')}
      </Text>
    );
  return (
    <Stack gap="md">
      {rows.map((row) => {
        const percent = Math.min(100, (row.allocated / row.allocatable) * 100);
        const label = t(`clusters.detail.${row.key}`);
        return (
          <div key={row.key}>
            <Group justify="space-between" mb={4}>
              <Text size="sm" fw={600}>
                {label}
              </Text>
              <Text size="sm" c="dimmed">
                {t('clusters.detail.resourceLine', {
                  allocated: format(row.allocated, row.key, i18n.language),
                  allocatable: format(row.allocatable, row.key, i18n.language),
                  capacity: format(row.capacity, row.key, i18n.language),
                  percent: Math.round(percent),
                })}
              </Text>
            </Group>
            <Progress
              value={percent}
              color={percent > 85 ? 'red' : percent > 65 ? 'orange' : 'blue'}
              size="lg"
              aria-label={label}
            />
          </div>
        );
      })}
    </Stack>
  );
}

function NodeSummary({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  const summary = cluster.status.nodeSummary;
  if (summary?.totalNum === undefined)
    return (
      <Text size="sm" c="dimmed">
        {t('clusters.detail.noNodes')}
      </Text>
    );
  const total = summary.totalNum;
  const ready = summary.readyNum ?? 0;
  const text = t('clusters.detail.nodesSummary', { ready, total });
  return (
    <Stack gap={4}>
      <Text size="sm">{text}</Text>
      <Progress
        value={total ? (ready / total) * 100 : 0}
        color={ready < total ? 'orange' : 'green'}
        size="lg"
        aria-label={text}
      />
    </Stack>
  );
}

/** Conditions, nodes and resources. */
export function StatusTab({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Section title={t('clusters.detail.nodes')}>
        <NodeSummary cluster={cluster} />
      </Section>
      <Section title={t('clusters.detail.resources')}>
        <ResourceBars cluster={cluster} />
      </Section>
      <Section title={t('clusters.detail.conditions')}>
        <ConditionsTimeline cluster={cluster} />
      </Section>
    </Stack>
  );
}
