// The reader's chosen theme, set before the first paint so the page never
// flashes the other one. "light" or "dark" was chosen in the theme toggle
// (src/features/theme/theme-toggle.tsx, which keeps the same key); nothing
// stored means "follow the system", which the stylesheet's media query does.
// A classic blocking script from a file: the security policy allows no inline script.
try {
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked (private mode, embedded with storage off): follow the system.
}
