import { useCallback, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  FileButton,
  Group,
  Paper,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { IconFileUpload, IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StepResult } from '@/api/bundle/apply';
import { useApplyPlan, usePlanBundle, type PlannedBundle } from '@/api/bundle/useBundle';
import { modeStorageKey } from '@/api/mode';
import { apiSentence } from '@/components/ApiText';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { ApplyProgress } from './import/ApplyProgress';
import { BundleProblems } from './import/BundleProblems';
import { PlanView } from './import/PlanView';
import { ConfigurationTabs } from './ConfigurationTabs';

/**
 * `/settings/import`: a bundle pasted or opened → its problems (line and field) or its plan
 * against the account as it is now (each change field by field, and who gains or loses access)
 * → apply, step by step with progress and one per-item summary → the same bundle planned again,
 * which shows "no changes" when everything applied.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [text, setText] = useBundleDraft();
  const [stopOnError, setStopOnError] = useState(true);
  const [progress, setProgress] = useState<StepResult[]>([]);
  const [applyTotal, setApplyTotal] = useState(0);
  const planning = usePlanBundle();
  const applying = useApplyPlan();
  const planned: PlannedBundle | undefined = planning.data;

  const plan = (source = text) => {
    applying.reset();
    setProgress([]);
    planning.mutate(source);
  };
  const [unreadable, setUnreadable] = useState<string>();
  const open = async (file: File | null) => {
    if (!file) return;
    setUnreadable(undefined);
    try {
      const content = await readText(file);
      setText(content);
      plan(content);
    } catch {
      setUnreadable(file.name);
    }
  };
  const apply = () => {
    if (!planned?.plan || !planned.facts) return;
    setProgress([]);
    setApplyTotal(planned.plan.steps.length);
    applying.mutate(
      {
        plan: planned.plan,
        facts: planned.facts,
        stopOnError,
        onStep: (result) => setProgress((done) => [...done, result]),
      },
      // What is left to do (nothing, when every step applied) is the next plan.
      { onSuccess: () => planning.mutate(text) },
    );
  };

  const canApply =
    !!planned?.plan && planned.plan.problems.length === 0 && planned.plan.steps.length > 0;
  const applied = applying.data;
  const running = applying.isPending;

  return (
    <>
      <PageHeader
        title={t('configuration.import.title')}
        description={t('configuration.import.description')}
      />
      <ConfigurationTabs current="import" />
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="bundle-source">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4" id="bundle-source">
                {t('configuration.import.source')}
              </Title>
              <FileButton
                onChange={(file) => void open(file)}
                accept=".yaml,.yml,application/yaml,text/yaml"
              >
                {(props) => (
                  <Button
                    {...props}
                    variant="default"
                    leftSection={<IconFileUpload size={16} aria-hidden />}
                  >
                    {t('configuration.import.open')}
                  </Button>
                )}
              </FileButton>
            </Group>
            <Textarea
              label={t('configuration.import.textLabel')}
              description={t('configuration.import.textHint')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              autosize
              minRows={10}
              maxRows={28}
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <Group>
              <Button
                leftSection={<IconListCheck size={16} aria-hidden />}
                onClick={() => plan()}
                loading={planning.isPending}
                disabled={!text.trim() || running}
              >
                {t('configuration.import.plan')}
              </Button>
            </Group>
          </Stack>
        </Paper>

        {unreadable && (
          <Alert role="alert" color="red" variant="light">
            {apiSentence({ name: unreadable }, (slots) =>
              t('configuration.import.unreadableFile', slots),
            )}
          </Alert>
        )}
        {planning.error && <ErrorState error={planning.error} onRetry={() => plan()} />}
        {planned && planned.parsed.problems.length > 0 && (
          <BundleProblems
            problems={planned.parsed.problems}
            title={t('configuration.import.invalid')}
          />
        )}
        {planned?.plan && planned.plan.problems.length > 0 && (
          <BundleProblems
            problems={planned.plan.problems}
            title={t('configuration.import.cannotPlan')}
          />
        )}

        {(running || applied) && (
          <ApplyProgress results={applied ?? progress} total={applyTotal} running={running} />
        )}

        {planned?.plan && planned.facts && planned.plan.problems.length === 0 && !running && (
          <PlanView plan={planned.plan} facts={planned.facts} replanned={!!applied}>
            {canApply && (
              <Group>
                <Checkbox
                  label={t('configuration.import.stopOnError')}
                  checked={stopOnError}
                  onChange={(event) => setStopOnError(event.currentTarget.checked)}
                />
                <Button color="blue" onClick={apply}>
                  {t('configuration.import.apply', { count: planned.plan.steps.length })}
                </Button>
              </Group>
            )}
          </PlanView>
        )}
        {planning.isIdle && !planned && (
          <Alert variant="light" color="gray">
            {t('configuration.import.howTo')}
          </Alert>
        )}
      </Stack>
    </>
  );
}

/** A file's text, through FileReader (which every browser and test DOM has). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

const draftKey = modeStorageKey('bundle-draft');

/**
 * The bundle's text, kept for the tab's session: a look at a fleet's page between planning and
 * applying does not lose what was pasted. (It holds names and user IDs, never a secret.)
 */
function useBundleDraft(): [string, (text: string) => void] {
  const [text, setText] = useState(() => globalThis.sessionStorage?.getItem(draftKey) ?? '');
  const keep = useCallback((next: string) => {
    setText(next);
    try {
      globalThis.sessionStorage?.setItem(draftKey, next);
    } catch {
      // Storage full or refused: the text stays on the page, only not across pages.
    }
  }, []);
  return [text, keep];
}
