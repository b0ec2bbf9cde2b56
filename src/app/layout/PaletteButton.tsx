import { Button, Kbd } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The visible way into the command palette, for those who do not know Ctrl/Cmd+K. */
export function PaletteButton({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={<Kbd size="xs">Ctrl K</Kbd>}
      onClick={onOpen}
      visibleFrom="lg"
      aria-label={t('palette.open')}
    >
      {t('palette.open')}
    </Button>
  );
}
