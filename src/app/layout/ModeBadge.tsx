import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appMode } from '@/api/mode';

export function ModeBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`app.modeHint.${appMode}`)} multiline w={260} withArrow>
      <Badge
        variant="light"
        color={appMode === 'demo' ? 'grape' : 'teal'}
        tabIndex={0}
        style={{ flexShrink: 0 }}
        aria-label={`${t(`app.mode.${appMode}`)}: ${t(`app.modeHint.${appMode}`)}`}
      >
        {t(`app.mode.${appMode}`)}
      </Badge>
    </Tooltip>
  );
}
