import { Popover, Tooltip, type MantineThemeOverride } from '@mantine/core';

/**
 * The console's theme adapted to jsdom, which has no layout: every element measures 0×0 in a 0×0
 * viewport, so a popover that hides when its target is off-screen (Mantine's `hideDetached`)
 * would hide itself as soon as its position is computed, a moment after it opened. Whether a
 * test saw the dropdown then depended on how fast the machine was.
 */
export const jsdomTheme: MantineThemeOverride = {
  components: {
    Popover: Popover.extend({ defaultProps: { hideDetached: false } }),
    Tooltip: Tooltip.extend({ defaultProps: { hideDetached: false } }),
  },
};
