import { Button, Kbd } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The visible way into the command palette, for those who do not know Ctrl/Cmd+K. */
export function PaletteButton() {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={<Kbd size="xs">Ctrl K</Kbd>}
      onClick={() => spotlight.open()}
      visibleFrom="lg"
      aria-label={t('palette.open')}
    >
      {t('palette.open')}
    </Button>
  );
}
