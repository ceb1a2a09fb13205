import type { Plugin } from 'vite';
import { DARK_COLORS, paletteCss, UI_COLORS } from '../../src/ui/palette.ts';

const ID = 'virtual:palette.css';
const RESOLVED = `\0${ID}`;

/**
 * The browser's own bar (`theme-color`), one per system theme, in the header's
 * colour. The user's explicit choice cannot reach a `media` attribute without
 * script; both colours are the header's deep blue, so the difference is slight.
 */
export function themeColorTags() {
  return [
    { scheme: 'light', colour: UI_COLORS.brand },
    { scheme: 'dark', colour: DARK_COLORS.ui.brand },
  ].map(({ scheme, colour }) => ({
    tag: 'meta',
    attrs: { name: 'theme-color', media: `(prefers-color-scheme: ${scheme})`, content: colour },
    injectTo: 'head' as const,
  }));
}

/**
 * Serves src/ui/palette.ts as CSS custom properties (light, and dark when
 * chosen or when the system is dark), so the stylesheets and the TypeScript
 * read the same colours and neither keeps a copy; and writes the page's
 * `theme-color` from the same palette.
 */
export function palettePlugin(): Plugin {
  return {
    name: 'palette',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? paletteCss() : undefined),
    transformIndexHtml: () => themeColorTags(),
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('/src/ui/palette.ts')) return;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
