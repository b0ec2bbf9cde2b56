import type { ReactNode } from 'react';
import { SimpleGrid, Stack, Text } from '@mantine/core';

export interface Property {
  label: ReactNode;
  value: ReactNode;
}

/** Label/value pairs as a description list, so screen readers pair each value with its label. */
export function PropertyList({ properties }: { properties: Property[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
      {properties.map((property, index) => (
        // A grid cell as narrow as its column, whatever its value: long API text wraps or is cut.
        <Stack key={index} gap={2} miw={0}>
          <Text component="dt" size="sm" c="dimmed">
            {property.label}
          </Text>
          <Text component="dd" m={0}>
            {property.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
