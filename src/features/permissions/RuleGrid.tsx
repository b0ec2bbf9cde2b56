import type { KeyboardEvent, ReactNode } from 'react';
import {
  ActionIcon,
  Checkbox,
  Fieldset,
  Group,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconTrash, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { concreteVerbs, verbs, type GridRow, type GridRule, type Verb } from './policyModel';
import { ResourcesInput } from './ResourcesInput';

interface RuleGridProps {
  rule: GridRule;
  /** 0-based; shown 1-based. */
  index: number;
  onChange: (rule: GridRule) => void;
  /** Present when the rule may be removed (a policy keeps at least one). */
  onRemove?: () => void;
  readOnly?: boolean;
  error?: ReactNode;
}

const arrowMoves: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Arrow keys move between the grid's checkboxes, so a keyboard user does not tab through every
 * cell. Header boxes are row -1, the "all verbs" boxes column -1.
 */
function moveFocus(event: KeyboardEvent<HTMLInputElement>) {
  const move = arrowMoves[event.key];
  if (!move) return;
  const { row, col } = event.currentTarget.dataset;
  const grid = event.currentTarget.closest('table');
  const next = grid?.querySelector<HTMLInputElement>(
    `input[data-row="${Number(row) + move[0]}"][data-col="${Number(col) + move[1]}"]`,
  );
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

function withVerb(row: GridRow, verb: Verb, on: boolean): GridRow {
  const rest = row.verbs.filter((existing) => existing !== verb);
  return { ...row, verbs: on ? [...rest, verb] : rest };
}

/** One rule of a policy: the resources it covers (rows) × the verbs allowed on each (columns). */
export function RuleGrid({ rule, index, onChange, onRemove, readOnly, error }: RuleGridProps) {
  const { t } = useTranslation();
  const number = index + 1;

  const setRows = (rows: GridRow[]) => onChange({ ...rule, rows });
  const setRow = (at: number, row: GridRow) =>
    setRows(rule.rows.map((existing, position) => (position === at ? row : existing)));

  const toggleColumn = (verb: Verb) => {
    const all = rule.rows.every((row) => row.verbs.includes(verb));
    setRows(rule.rows.map((row) => withVerb(row, verb, !all)));
  };

  const toggleRow = (at: number) => {
    const row = rule.rows[at];
    if (!row) return;
    const all = concreteVerbs.every((verb) => row.verbs.includes(verb));
    setRow(at, { ...row, verbs: all ? [] : [...concreteVerbs] });
  };

  return (
    <Fieldset
      legend={t('permissions.contents.rule', { index: number })}
      styles={{ legend: { fontWeight: 600 } }}
    >
      <Stack gap="sm">
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <ResourcesInput number={number} rows={rule.rows} onChange={setRows} readOnly={readOnly} />
          {onRemove && !readOnly && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={50}
              aria-label={t('permissions.contents.removeRule', { index: number })}
              onClick={onRemove}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>

        {rule.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('permissions.contents.noResources')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={660}>
            <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6}>
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
                <Text span size="xs" c="dimmed">
                  {t('permissions.contents.gridCaption', { index: number })}
                </Text>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('permissions.contents.resourceColumn')}</Table.Th>
                  <Table.Th ta="center">
                    <Text size="xs" fw={600}>
                      {t('permissions.contents.allVerbsColumn')}
                    </Text>
                  </Table.Th>
                  {verbs.map((verb, col) => {
                    const count = rule.rows.filter((row) => row.verbs.includes(verb)).length;
                    return (
                      <Table.Th key={verb} ta="center">
                        <Stack gap={2} align="center">
                          <Text size="xs" ff="monospace" fw={600}>
                            {verb}
                          </Text>
                          <Checkbox
                            size="xs"
                            aria-label={t('permissions.contents.toggleColumn', {
                              verb,
                              index: number,
                            })}
                            checked={count === rule.rows.length}
                            indeterminate={count > 0 && count < rule.rows.length}
                            onChange={() => toggleColumn(verb)}
                            disabled={readOnly}
                            data-row={-1}
                            data-col={col}
                            onKeyDown={moveFocus}
                          />
                        </Stack>
                      </Table.Th>
                    );
                  })}
                  <Table.Th>
                    <VisuallyHidden>{t('permissions.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rule.rows.map((row, at) => {
                  const concrete = concreteVerbs.filter((verb) => row.verbs.includes(verb));
                  return (
                    <Table.Tr key={row.resource}>
                      <Table.Th scope="row" fw={500}>
                        <Text span size="sm" ff="monospace">
                          {row.resource}
                        </Text>
                        {row.verbs.length === 0 && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            ({t('permissions.contents.rowUnused')})
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td ta="center">
                        <Checkbox
                          size="sm"
                          styles={{ body: { justifyContent: 'center' } }}
                          aria-label={t('permissions.contents.toggleRow', {
                            resource: row.resource,
                          })}
                          checked={concrete.length === concreteVerbs.length}
                          indeterminate={
                            concrete.length > 0 && concrete.length < concreteVerbs.length
                          }
                          onChange={() => toggleRow(at)}
                          disabled={readOnly}
                          data-row={at}
                          data-col={-1}
                          onKeyDown={moveFocus}
                        />
                      </Table.Td>
                      {verbs.map((verb, col) => (
                        <Table.Td key={verb} ta="center">
                          <Checkbox
                            size="sm"
                            styles={{ body: { justifyContent: 'center' } }}
                            aria-label={t('permissions.contents.cell', {
                              verb,
                              resource: row.resource,
                            })}
                            checked={row.verbs.includes(verb)}
                            onChange={(event) =>
                              setRow(at, withVerb(row, verb, event.currentTarget.checked))
                            }
                            disabled={readOnly}
                            data-row={at}
                            data-col={col}
                            onKeyDown={moveFocus}
                          />
                        </Table.Td>
                      ))}
                      <Table.Td ta="center">
                        {!readOnly && (
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            size="sm"
                            aria-label={t('permissions.contents.removeResource', {
                              resource: row.resource,
                            })}
                            onClick={() =>
                              setRows(rule.rows.filter((_, position) => position !== at))
                            }
                          >
                            <IconX size={14} aria-hidden />
                          </ActionIcon>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {error && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
