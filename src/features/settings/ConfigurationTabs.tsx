import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';

const tabs = ['export', 'import'] as const;
type ConfigurationTab = (typeof tabs)[number];

/** Export and import are two routes of one area; the tabs move between them. */
export function ConfigurationTabs({ current }: { current: ConfigurationTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs
      value={current}
      onChange={(next) => {
        if (next === 'import') void navigate(paths.bundleImport());
        else if (next === 'export') void navigate(paths.terraformExport());
      }}
      mb="md"
    >
      <Tabs.List aria-label={t('configuration.tabs.label')}>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab} value={tab}>
            {t(`configuration.tabs.${tab}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
