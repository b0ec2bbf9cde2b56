import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './permissions.module.css';

/**
 * Mantine's Modal with what this feature's dialogs all need: a named close button (Mantine's
 * has no accessible name) and the page's readable error colour (dialogs render in a portal,
 * outside the page).
 */
export function FeatureModal(props: ModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      classNames={{ content: classes.page }}
      {...props}
    />
  );
}
