import { useMemo, type ReactNode } from 'react';
import { Alert, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BundleFacts } from '@/api/bundle/export';
import { planImpact } from '@/api/bundle/impact';
import type { BundlePlan, FieldChange, PlanStep } from '@/api/bundle/plan';
import { AccessImpactSummary } from '@/components/access/AccessImpactPreview';
import { ApiText } from '@/components/ApiText';
import classes from './PlanView.module.css';
import { useStepText } from './stepText';

/** Steps listed before "and N more": a plan of 10,000 joins is reviewed by its summary. */
const maxSteps = 500;

const actionColor: Record<PlanStep['kind'], string> = {
  createPolicy: 'teal',
  createFleet: 'teal',
  joinFleet: 'teal',
  updatePolicy: 'blue',
  updateFleetDescription: 'blue',
  setFleetPermissions: 'blue',
  setClusterPermissions: 'blue',
  leaveFleet: 'orange',
};

/**
 * The plan: every step in the order it will be sent, each field's value before and after, and
 * who gains or loses access. "No changes" when the account already matches the bundle.
 */
export function PlanView({
  plan,
  facts,
  replanned,
  children,
}: {
  plan: BundlePlan;
  facts: BundleFacts;
  /** Planned again after an apply: "no changes" then confirms that everything applied. */
  replanned: boolean;
  /** The apply controls. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const stepText = useStepText();
  const impact = useMemo(() => planImpact(plan, facts), [plan, facts]);

  if (plan.steps.length === 0)
    return (
      <Alert
        role="status"
        color="green"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        title={t('configuration.import.noChanges')}
      >
        {t(
          replanned
            ? 'configuration.import.noChangesAfterApply'
            : 'configuration.import.noChangesHint',
        )}
      </Alert>
    );

  const shown = plan.steps.slice(0, maxSteps);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="bundle-plan">
      <Stack gap="md">
        <Title order={2} size="h4" id="bundle-plan">
          {t('configuration.import.planTitle', { count: plan.steps.length })}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-labelledby="bundle-plan">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('configuration.import.columns.step')}</Table.Th>
                <Table.Th>{t('configuration.import.columns.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((step, index) => (
                <Table.Tr key={index}>
                  <Table.Td className={classes.step}>
                    <Badge variant="light" color={actionColor[step.kind]} mr="xs">
                      {t(`configuration.import.actions.${step.kind}`)}
                    </Badge>
                    <Text span size="sm">
                      {stepText(step)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      {step.changes.map((change) => (
                        <FieldDiff key={change.field} change={change} />
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {plan.steps.length > shown.length && (
          <Text size="sm" c="dimmed">
            {t('configuration.import.moreSteps', { count: plan.steps.length - shown.length })}
          </Text>
        )}
        <AccessImpactSummary impact={impact} />
        {children}
      </Stack>
    </Paper>
  );
}

/** A field's change: removed lines, then added ones, as a diff reads. */
function FieldDiff({ change }: { change: FieldChange }) {
  const { t } = useTranslation();
  const removed = change.before.filter((line) => !change.after.includes(line));
  const added = change.after.filter((line) => !change.before.includes(line));
  const label = t(`configuration.import.fields.${change.field}`);
  return (
    <div className={classes.field} role="group" aria-label={label}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      {removed.map((line) => (
        <Text key={`-${line}`} size="sm" className={classes.removed}>
          <span aria-hidden>− </span>
          <span className={classes.visuallyHidden}>{t('configuration.import.removed')} </span>
          <ApiText>{line}</ApiText>
        </Text>
      ))}
      {added.map((line) => (
        <Text key={`+${line}`} size="sm" className={classes.added}>
          <span aria-hidden>+ </span>
          <span className={classes.visuallyHidden}>{t('configuration.import.added')} </span>
          <ApiText>{line}</ApiText>
        </Text>
      ))}
    </div>
  );
}
