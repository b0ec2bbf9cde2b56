import './styles/overlays';

// Where notifications show, with their styles: loaded by AppProviders after the first paint.
export { Notifications } from '@mantine/notifications';
