import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The colour schemes, each with its string and icon (also the settings menu's). */
export const schemes = [
  { value: 'light', key: 'settings.light', icon: IconSun },
  { value: 'dark', key: 'settings.dark', icon: IconMoon },
  { value: 'auto', key: 'settings.auto', icon: IconDeviceDesktop },
] as const satisfies readonly { value: MantineColorScheme; key: string; icon: unknown }[];

export function ColorSchemeMenu() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const current = schemes.find((scheme) => scheme.value === colorScheme) ?? schemes[2];
  const CurrentIcon = current.icon;

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={`${t('settings.colorScheme')}: ${t(current.key)}`}
        >
          <CurrentIcon size={18} stroke={1.6} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('settings.colorScheme')}</Menu.Label>
        {schemes.map(({ value, key, icon: Icon }) => (
          <Menu.Item
            key={value}
            leftSection={<Icon size={16} aria-hidden />}
            rightSection={value === colorScheme ? <IconCheck size={16} aria-hidden /> : null}
            onClick={() => setColorScheme(value)}
          >
            {t(key)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
