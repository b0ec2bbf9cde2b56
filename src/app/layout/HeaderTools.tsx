import '../styles/overlays';
import { Box, Group } from '@mantine/core';
import { ColorSchemeMenu } from './ColorSchemeMenu';
import { DemoMenu } from './DemoMenu';
import { FederationTasks } from './FederationTasks';
import { LanguageMenu } from './LanguageMenu';
import { PaletteButton } from './PaletteButton';
import { SessionMenu } from './SessionMenu';
import { SettingsMenu } from './SettingsMenu';
import classes from './HeaderTools.module.css';

/**
 * The header's menus and popovers, a chunk of their own loaded as the shell first renders: they
 * bring the positioning engine (floating-ui) and Mantine's menus, which the first paint of a
 * page does not need. The secondary controls show one by one on wide windows and fold into the
 * settings menu below 1600 px (HeaderTools.module.css), so nothing wraps or is cut at 1280.
 */
export function HeaderTools({ onOpenPalette }: { onOpenPalette: () => void }) {
  return (
    <Group gap="xs" wrap="nowrap" className={classes.tools}>
      <FederationTasks />
      <PaletteButton onOpen={onOpenPalette} />
      <Box className={classes.wide}>
        <DemoMenu />
      </Box>
      <SessionMenu />
      <Group gap="xs" wrap="nowrap" className={classes.wide}>
        <LanguageMenu />
        <ColorSchemeMenu />
      </Group>
      <Box className={classes.narrow}>
        <SettingsMenu />
      </Box>
    </Group>
  );
}

export { ModeBadge } from './ModeBadge';
