/**
 * Stand-ins for d3-color and d3-format, which the linear scale drags into the
 * chart chunk (vite.config.ts aliases both here; decision 022). The charts'
 * scales map numbers to pixels, so d3-interpolate never parses a colour
 * (`color` answering null makes a string interpolate as a string), and
 * recharts formats its own ticks, never calling `scale.tickFormat()`. Anything
 * else fails loudly: the browser tests fail on any console error.
 */
const unused = (name: string) => () => {
  throw new Error(`${name} is not bundled (src/features/charts/d3-unused.ts)`);
};

// d3-color, as d3-interpolate imports it.
export const color = (_specifier: string): null => null;
export const rgb = unused('d3-color rgb');
export const hsl = unused('d3-color hsl');
export const lab = unused('d3-color lab');
export const hcl = unused('d3-color hcl');
export const cubehelix = unused('d3-color cubehelix');

// d3-format, as d3-scale's tickFormat imports it.
export const format = unused('d3-format format');
export const formatPrefix = unused('d3-format formatPrefix');
export const formatSpecifier = unused('d3-format formatSpecifier');
export const precisionFixed = unused('d3-format precisionFixed');
export const precisionPrefix = unused('d3-format precisionPrefix');
export const precisionRound = unused('d3-format precisionRound');
