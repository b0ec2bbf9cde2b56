import './styles/overlays';
import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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
