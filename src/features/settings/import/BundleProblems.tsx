import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldPath, type BundleProblem } from '@/api/bundle/parse';
import { ApiText } from '@/components/ApiText';

/** Every problem of a bundle, each with its line and field, so the file can be fixed in one go. */
export function BundleProblems({ problems, title }: { problems: BundleProblem[]; title: string }) {
  const { t } = useTranslation();
  const problemText = (problem: BundleProblem) =>
    problem.code === 'badName'
      ? t(`configuration.import.problems.badName.${problem.rule}`)
      : // Each message takes the values of its code (problemValues).
        t(
          `configuration.import.problems.${problem.code}` as 'configuration.import.problems.required',
          problemValues(problem) as { field: string },
        );
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title}
    >
      <List size="sm" spacing={4}>
        {problems.map((problem, index) => (
          <List.Item key={index}>
            {problem.line > 0 && (
              <Text span fw={600} size="sm">
                {t('configuration.import.line', { line: problem.line })}
                {problem.path.length > 0 ? ' · ' : ': '}
              </Text>
            )}
            {problem.path.length > 0 && (
              <>
                <Text span ff="monospace" size="sm">
                  <ApiText>{fieldPath(problem.path)}</ApiText>
                </Text>
                {': '}
              </>
            )}
            <ApiText>{problemText(problem)}</ApiText>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function problemValues(problem: BundleProblem): Record<string, string | number> {
  switch (problem.code) {
    case 'syntax':
      return { detail: problem.detail };
    case 'required':
    case 'unknownField':
      return { field: problem.field };
    case 'wrongType':
      return { expected: problem.expected };
    case 'notOneOf':
      return { allowed: problem.allowed.join(', ') };
    case 'wrongValue':
      return { expected: problem.expected };
    case 'tooLong':
      return { limit: problem.limit };
    case 'duplicateName':
    case 'unknownCluster':
    case 'ambiguousCluster':
    case 'unknownPolicy':
      return { name: problem.name };
    case 'clusterInTwoFleets':
      return { name: problem.name, fleets: problem.fleets.join(', ') };
    default:
      return {};
  }
}
