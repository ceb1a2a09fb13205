/**
 * The public path a build is served under, written the way Vite wants it:
 * `/` or `/sub/path/`. Shared by the build (vite.config.ts, BASE_PATH) and the
 * static server (scripts/cli/serve.ts, --base), so both read a path alike.
 */
export function normaliseBase(value: string | undefined): string {
  if (!value) return '/';
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
