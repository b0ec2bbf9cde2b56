import { useEffect } from 'react';
import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Marks the search box of a list page (`<TextInput data-list-search …>`); `/` focuses it. */
export const listSearchAttribute = 'data-list-search';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** `?` opens the shortcut sheet, `/` jumps to the current list's search (not while typing). */
export function useGlobalShortcuts(openSheet: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        openSheet();
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>(`[${listSearchAttribute}]`);
        if (search) {
          event.preventDefault();
          search.focus();
          search.select();
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openSheet]);
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function ShortcutsSheet({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const rows = [
    { keys: [isMac ? '⌘' : 'Ctrl', 'K'], what: t('shortcuts.palette') },
    { keys: ['?'], what: t('shortcuts.help') },
    { keys: ['/'], what: t('shortcuts.search') },
    { keys: ['Esc'], what: t('shortcuts.close') },
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} centered>
      <Table>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.what}>
              <Table.Td w={120}>
                {row.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' + '}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{row.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
