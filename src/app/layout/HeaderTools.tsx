import '../styles/overlays';
import { Group } from '@mantine/core';
import { ColorSchemeMenu } from './ColorSchemeMenu';
import { DemoMenu } from './DemoMenu';
import { FederationTasks } from './FederationTasks';
import { LanguageMenu } from './LanguageMenu';
import { PaletteButton } from './PaletteButton';
import { SessionMenu } from './SessionMenu';

/**
 * The header's menus and popovers, a chunk of their own loaded as the shell first renders: they
 * bring the positioning engine (floating-ui) and Mantine's menus, which the first paint of a
 * page does not need.
 */
export function HeaderTools({ onOpenPalette }: { onOpenPalette: () => void }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <FederationTasks />
      <PaletteButton onOpen={onOpenPalette} />
      <DemoMenu />
      <SessionMenu />
      <LanguageMenu />
      <ColorSchemeMenu />
    </Group>
  );
}

export { ModeBadge } from './ModeBadge';
