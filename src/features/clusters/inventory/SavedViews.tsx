import { useState } from 'react';
import { ActionIcon, Button, Group, Menu, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLocalStorage } from '@mantine/hooks';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormModal, FormShell } from '@/components/form/FormShell';
import { modeStorageKey } from '@/api/mode';

export interface SavedView {
  name: string;
  /** The list's URL parameters (filters, sort, page size), as in a shared link. */
  search: string;
}

const storageKey = modeStorageKey('clusters:views');

interface SavedViewsProps {
  /**
   * The current view's parameters, asked when the operator saves: a function rather than the
   * string, so that typing a search does not render the menu again with every key.
   */
  currentView: () => string;
  onApply: (search: string) => void;
}

/** Named filter sets, kept in this browser: save the current view, recall or delete one. */
export function SavedViews({ currentView, onApply }: SavedViewsProps) {
  const { t } = useTranslation();
  const [views, setViews] = useLocalStorage<SavedView[]>({
    key: storageKey,
    defaultValue: [],
    getInitialValueInEffect: false,
  });
  const [naming, setNaming] = useState(false);
  const list = Array.isArray(views) ? views : [];

  const save = (name: string) => {
    // Saving under an existing name replaces that view.
    setViews([...list.filter((view) => view.name !== name), { name, search: currentView() }]);
    setNaming(false);
  };

  return (
    <>
      <Menu position="bottom-end" shadow="md" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} aria-hidden />}>
            {t('clusters.views.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown miw={240}>
          <Menu.Item
            leftSection={<IconBookmarkPlus size={16} aria-hidden />}
            onClick={() => setNaming(true)}
          >
            {t('clusters.views.save')}
          </Menu.Item>
          {list.length > 0 && <Menu.Divider />}
          {list.length > 0 && <Menu.Label>{t('clusters.views.saved')}</Menu.Label>}
          {list.map((view) => (
            <Group key={view.name} gap={0} wrap="nowrap">
              <Menu.Item onClick={() => onApply(view.search)}>{view.name}</Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('clusters.views.delete', { name: view.name })}
                onClick={() => setViews(list.filter((other) => other.name !== view.name))}
              >
                <IconTrash size={14} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Menu.Dropdown>
      </Menu>
      <FormModal
        opened={naming}
        onClose={() => setNaming(false)}
        title={t('clusters.views.save')}
        size="md"
      >
        <SaveViewForm onSave={save} onCancel={() => setNaming(false)} />
      </FormModal>
    </>
  );
}

/** The name to save the current view under; mounted per opening, so it starts empty. */
function SaveViewForm({
  onSave,
  onCancel,
}: {
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { name: '' } });
  const trimmed = form.values.name.trim();
  return (
    <FormShell
      form={form}
      onSubmit={() => {
        if (trimmed) onSave(trimmed);
      }}
      onCancel={onCancel}
      submitLabel={t('clusters.views.saveButton')}
      disabled={!trimmed}
    >
      <TextInput
        label={t('clusters.views.name')}
        {...form.getInputProps('name')}
        data-autofocus
        required
      />
    </FormShell>
  );
}
