import { ActionIcon, Menu, useMantineColorScheme } from '@mantine/core';
import { IconCheck, IconRestore, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { appMode } from '@/api/mode';
import { setLanguage, supportedLanguages } from '@/i18n';
import { schemes } from './ColorSchemeMenu';
import { useResetDemo } from './DemoMenu';

/**
 * The header's secondary controls in one menu, for windows too narrow to show them one by one
 * (HeaderTools): the language, the colour scheme and, in the demo, resetting its data. The items
 * keep the names they have in the separate menus; the chosen one is `aria-current` (Mantine's
 * items are always `menuitem`, which cannot be `aria-checked`).
 */
export function SettingsMenu() {
  const { t, i18n } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const resetDemo = useResetDemo();
  const check = (on: boolean) => (on ? <IconCheck size={16} aria-hidden /> : null);

  return (
    <Menu position="bottom-end" withinPortal width={220}>
      <Menu.Target>
        <ActionIcon variant="default" size="lg" aria-label={t('settings.menu')}>
          <IconSettings size={18} stroke={1.6} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <div role="group" aria-label={t('settings.language')}>
          <Menu.Label>{t('settings.language')}</Menu.Label>
          {supportedLanguages.map(({ code, label }) => (
            <Menu.Item
              key={code}
              lang={code}
              aria-current={i18n.language === code || undefined}
              rightSection={check(i18n.language === code)}
              onClick={() => void setLanguage(code)}
            >
              {label}
            </Menu.Item>
          ))}
        </div>
        <Menu.Divider />
        <div role="group" aria-label={t('settings.colorScheme')}>
          <Menu.Label>{t('settings.colorScheme')}</Menu.Label>
          {schemes.map(({ value, key, icon: Icon }) => (
            <Menu.Item
              key={value}
              aria-current={colorScheme === value || undefined}
              leftSection={<Icon size={16} aria-hidden />}
              rightSection={check(colorScheme === value)}
              onClick={() => setColorScheme(value)}
            >
              {t(key)}
            </Menu.Item>
          ))}
        </div>
        {appMode === 'demo' && (
          <>
            <Menu.Divider />
            <Menu.Item
              color="grape"
              leftSection={<IconRestore size={16} aria-hidden />}
              onClick={() => void resetDemo()}
            >
              {t('settings.resetDemo')}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
