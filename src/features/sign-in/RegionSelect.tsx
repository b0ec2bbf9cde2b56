import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ucsRegions } from '@/api/reference/regions';

/** The regions of table 1-1, plus whatever endpoint the console's proxy was started with. */
export function RegionSelect({
  value,
  onChange,
  label,
}: {
  value: string | null;
  onChange: (region: string | null) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label ?? t('signIn.region')}
      description={t('signIn.regionHint')}
      data={[
        { value: '', label: t('signIn.proxyEndpoint') },
        ...ucsRegions.map((region) => ({
          value: region.id,
          label: `${region.name} (${region.id})`,
        })),
      ]}
      value={value ?? ''}
      onChange={(next) => onChange(next ? next : null)}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
