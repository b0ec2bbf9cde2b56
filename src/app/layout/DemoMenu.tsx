import { Button } from '@mantine/core';
import { notifyLater } from './notifyLater';
import { IconRestore } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appMode } from '@/api/mode';

/** Puts the mock backend back to its seed and drops every cached answer (demo only). */
export function useResetDemo(): () => Promise<void> {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return async () => {
    const { resetDemoData } = await import('../demo');
    await resetDemoData();
    await queryClient.resetQueries();
    notifyLater({ message: t('settings.resetDemoDone'), color: 'grape' });
  };
}

/** Demo only: puts the mock backend back to its seed and drops every cached answer. */
export function DemoMenu() {
  const { t } = useTranslation();
  const reset = useResetDemo();
  if (appMode !== 'demo') return null;

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
