import { Group, NumberInput, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isValidDuration, maxValidityDays, validityPresets } from './connectionFields';

/** A preset's number of days as a string, or 'custom' with the days typed as they stand. */
export interface ValidityChoice {
  validity: string;
  onValidity: (value: string) => void;
  customDays: number | string;
  onCustomDays: (value: number | string) => void;
}

/** The kubeconfig's validity: one of the vendor console's presets, or a number of days. */
export function ValidityPicker({ validity, onValidity, customDays, onCustomDays }: ValidityChoice) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Radio.Group
        value={validity}
        onChange={onValidity}
        label={t('fleets.wizard.kubeconfig.validity')}
      >
        <Group gap="md" mt={6}>
          {validityPresets.map((preset) => (
            <Radio
              key={preset.key}
              value={String(preset.days)}
              label={t(`fleets.wizard.kubeconfig.presets.${preset.key}`)}
            />
          ))}
          <Radio value="custom" label={t('fleets.wizard.kubeconfig.presets.custom')} />
        </Group>
      </Radio.Group>
      {validity === 'custom' && (
        <NumberInput
          maw={240}
          label={t('fleets.wizard.kubeconfig.customDays')}
          description={t('fleets.wizard.kubeconfig.customHint', { max: maxValidityDays })}
          value={customDays}
          onChange={onCustomDays}
          min={1}
          max={maxValidityDays}
          allowDecimal={false}
          allowNegative={false}
          error={
            isValidDuration(customDays)
              ? undefined
              : t('fleets.wizard.kubeconfig.customInvalid', { max: maxValidityDays })
          }
        />
      )}
    </Stack>
  );
}
