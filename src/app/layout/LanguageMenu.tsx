import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { setLanguage, supportedLanguages } from '@/i18n';

export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const current =
    supportedLanguages.find((language) => language.code === i18n.language) ?? supportedLanguages[0];

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconLanguage size={16} aria-hidden />}
          aria-label={`${t('settings.language')}: ${current.label}`}
        >
          {current.label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('settings.language')}</Menu.Label>
        {supportedLanguages.map(({ code, label }) => (
          <Menu.Item
            key={code}
            lang={code}
            rightSection={code === current.code ? <IconCheck size={16} aria-hidden /> : null}
            onClick={() => void setLanguage(code)}
          >
            {label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
