import { Button } from '@mantine/core';
import { notifyLater } from './notifyLater';
import { IconRestore } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appMode } from '@/api/mode';

/** Demo only: puts the mock backend back to its seed and drops every cached answer. */
export function DemoMenu() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  if (appMode !== 'demo') return null;

  const reset = async () => {
    const { resetDemoData } = await import('../demo');
    await resetDemoData();
    await queryClient.resetQueries();
    notifyLater({ message: t('settings.resetDemoDone'), color: 'grape' });
  };

  return (
    <Button
      variant="subtle"
      color="grape"
      leftSection={<IconRestore size={16} aria-hidden />}
      onClick={() => void reset()}
      visibleFrom="md"
    >
      {t('settings.resetDemo')}
    </Button>
  );
}
