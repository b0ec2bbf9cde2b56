import {
  createTheme,
  mergeThemeOverrides,
  type CSSVariablesResolver,
  type DrawerProps,
  type MantineThemeOverride,
  type ModalProps,
} from '@mantine/core';

// System font stacks only: the console loads nothing from outside its own origin.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif',
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  defaultRadius: 'sm',
  headings: { fontWeight: '600' },
  // Users who ask their system for less motion get dialogs and menus without transitions.
  respectReducedMotion: true,
});

/**
 * Mantine's default dimmed grey and light-variant text (badges, the active navigation link) fall
 * under WCAG AA's 4.5:1 in the light scheme; these shades keep them readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolvedTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.keys(resolvedTheme.colors).map((color) => [
        `--mantine-color-${color}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${color}-9) 85%, black)`,
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});

/**
 * The theme with the strings Mantine renders itself (dialogs' close buttons) in the UI
 * language, so no dialog has an unnamed button.
 */
export function localizedTheme(closeLabel: string): MantineThemeOverride {
  // Plain objects, not `Modal.extend(…)`: that would put the dialog components in the first
  // download for the sake of a default prop.
  const closeButtonProps = { 'aria-label': closeLabel };
  const modal: { defaultProps: Partial<ModalProps> } = { defaultProps: { closeButtonProps } };
  const drawer: { defaultProps: Partial<DrawerProps> } = { defaultProps: { closeButtonProps } };
  // A notification may quote an API name or message of any length: it wraps, and scrolls.
  const notification = {
    styles: { description: { overflowWrap: 'anywhere', maxHeight: '12rem', overflowY: 'auto' } },
  };
  return mergeThemeOverrides(theme, {
    components: { Modal: modal, Drawer: drawer, Notification: notification },
  });
}
