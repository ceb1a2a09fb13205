import type { Plugin } from 'vite';
import { paletteCss } from '../../src/ui/palette.ts';

const ID = 'virtual:palette.css';
const RESOLVED = `\0${ID}`;

/**
 * Serves src/ui/palette.ts as CSS custom properties, so the stylesheets and the
 * TypeScript read the same colours and neither keeps a copy.
 */
export function palettePlugin(): Plugin {
  return {
    name: 'palette',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? paletteCss() : undefined),
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('/src/ui/palette.ts')) return;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
