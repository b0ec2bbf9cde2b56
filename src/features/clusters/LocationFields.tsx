import { useMemo, type ReactNode } from 'react';
import { Group, Select } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { chinaCities, ucsCountries } from '@/api/reference/locations';
import { countryName } from '@/api/facts/clusterFacts';

export interface LocationValue {
  country: string;
  city: string;
}

interface LocationFieldsProps {
  value: LocationValue;
  onChange: (value: LocationValue) => void;
  errors?: { country?: ReactNode; city?: ReactNode };
  disabled?: boolean;
}

/** What a `useForm` form with `country` and `city` values offers this group. */
interface LocationForm {
  values: LocationValue;
  errors: Record<string, ReactNode>;
  setFieldValue: (path: 'country' | 'city', value: string) => void;
}

/**
 * The group's props from a form's `country` and `city`. Both are set on every change, so a
 * message at either field goes once the operator changes the location.
 */
export function locationInputProps(form: LocationForm): LocationFieldsProps {
  return {
    value: { country: form.values.country, city: form.values.city },
    onChange: ({ country, city }) => {
      form.setFieldValue('country', country);
      form.setFieldValue('city', city);
    },
    errors: { country: form.errors.country, city: form.errors.city },
  };
}

/** The location's rules for `useForm`: a country, and for China a city. */
export function locationRules(t: TFunction) {
  return {
    country: (country: string) => (country ? null : t('clusters.wizard.countryRequired')),
    city: (city: string, values: LocationValue) =>
      values.country === 'CN' && !city ? t('clusters.wizard.cityRequired') : null,
  };
}

/**
 * Cities of section 5.6 grouped under their province, so a search for a province shows its
 * cities. Provinces themselves are choosable too (the reference lists them as codes).
 */
function cityGroups() {
  const groups: { group: string; items: { value: string; label: string }[] }[] = [];
  for (const city of chinaCities) {
    if (city.code === 'unknown') continue;
    if (city.isProvince || groups.length === 0) groups.push({ group: city.name, items: [] });
    groups[groups.length - 1]?.items.push({ value: city.code, label: city.name });
  }
  return groups;
}

const cityOptions = cityGroups();

/**
 * Country (section 5.5) and, for China, city (section 5.6) pickers from the reference's code
 * tables. Other countries have no city codes; the console then sends the country code as the
 * city, as the reference's own example does.
 */
export function LocationFields({ value, onChange, errors, disabled }: LocationFieldsProps) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(
    () =>
      Object.keys(ucsCountries)
        .map((code) => ({
          value: code,
          label: `${countryName(code, i18n.language) ?? code} (${code})`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [i18n.language],
  );

  return (
    <Group grow align="flex-start">
      <Select
        label={t('clusters.wizard.country')}
        data={countries}
        value={value.country || null}
        onChange={(country) => onChange({ country: country ?? '', city: '' })}
        searchable
        required
        error={errors?.country}
        disabled={disabled}
      />
      {value.country === 'CN' && (
        <Select
          label={t('clusters.wizard.city')}
          data={cityOptions}
          value={value.city || null}
          onChange={(city) => onChange({ ...value, city: city ?? '' })}
          searchable
          required
          limit={200}
          error={errors?.city}
          disabled={disabled}
        />
      )}
    </Group>
  );
}

/** The `spec.country`/`spec.city` pair to send for a location. */
export function locationSpec(value: LocationValue): LocationValue {
  return { country: value.country, city: value.country === 'CN' ? value.city : value.country };
}
