import type { Plugin } from 'vite';

/**
 * The site's security policy, in one place: the build writes it into every
 * page as a <meta> (what any static host serves), into `_headers` (read by
 * Netlify and Cloudflare Pages), and scripts/cli/serve.ts sends it as headers.
 *
 * Scripts and styles come from the site itself only, with no inline script.
 * Frames: any site may embed the explorer (the embed mode of the URL contract),
 * and `frame-ancestors` only works as a header, so the <meta> leaves it out.
 */
const POLICY: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': '*',
};

const policy = (skip: string[] = []) =>
  Object.entries(POLICY)
    .filter(([name]) => !skip.includes(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': policy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

export function securityPlugin(): Plugin {
  return {
    name: 'security',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: policy(['frame-ancestors']),
          },
          injectTo: 'head-prepend',
        },
        {
          tag: 'meta',
          attrs: { name: 'referrer', content: SECURITY_HEADERS['Referrer-Policy'] },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}
