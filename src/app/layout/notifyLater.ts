import type { NotificationData } from '@mantine/notifications';

/**
 * `notifications.show` for the shell, which must not carry the notifications package in the
 * first download: the package (and the container that shows them) loads with the first one.
 */
export function notifyLater(notification: NotificationData): void {
  void import('@mantine/notifications').then(({ notifications }) =>
    notifications.show(notification),
  );
}
