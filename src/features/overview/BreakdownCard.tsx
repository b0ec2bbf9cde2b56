import '@mantine/charts/styles.layer.css';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { DonutChart } from '@mantine/charts';
import { Link } from 'react-router';
import { ApiText } from '@/components/ApiText';

export interface BreakdownItem {
  key: string;
  label: string;
  count: number;
  color: string;
  /** Where the item's clusters (or fleets) are listed; absent when there is no such filter. */
  to?: string;
  note?: string;
}

/**
 * A count broken down by one dimension: a donut for the eye, and the same numbers as a list of
 * links — the text alternative and the keyboard path into the filtered list.
 */
export function BreakdownCard({ title, items }: { title: string; items: BreakdownItem[] }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        {/* The list beside the donut carries the same numbers for screen readers. */}
        <div aria-hidden inert>
          <DonutChart
            data={items.map(({ label, count, color }) => ({ name: label, value: count, color }))}
            size={120}
            thickness={18}
            withTooltip={false}
            pieProps={{ rootTabIndex: -1 }}
            chartLabel={items.reduce((sum, item) => sum + item.count, 0)}
          />
        </div>
        <Stack
          gap={4}
          component="ul"
          aria-label={title}
          p={0}
          m={0}
          style={{ listStyle: 'none', flex: 1 }}
        >
          {items.map((item) => (
            <Group key={item.key} component="li" gap="xs" wrap="nowrap" justify="space-between">
              <Group gap={6} wrap="nowrap">
                <span
                  aria-hidden
                  style={{
                    width: 10,
                    height: 10,
                    borderRadius: 2,
                    background: `var(--mantine-color-${item.color.replace('.', '-')})`,
                    flex: 'none',
                  }}
                />
                {item.to ? (
                  <Anchor component={Link} to={item.to} size="sm">
                    <ApiText lines={1} focusable={false} maxWidth="12rem">
                      {item.label}
                    </ApiText>
                  </Anchor>
                ) : (
                  <Text size="sm">
                    <ApiText lines={1} maxWidth="12rem">
                      {item.label}
                    </ApiText>
                  </Text>
                )}
                {item.note && (
                  <Text size="xs" c="var(--mantine-color-red-light-color)" fw={600}>
                    {item.note}
                  </Text>
                )}
              </Group>
              <Text size="sm" fw={600}>
                {item.count}
              </Text>
            </Group>
          ))}
        </Stack>
      </Group>
    </Paper>
  );
}
