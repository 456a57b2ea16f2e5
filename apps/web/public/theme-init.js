// Apply the remembered theme (or the system's) before first paint, so nothing flashes. A file rather
// than an inline script, so the Content-Security-Policy can forbid inline scripts.
(() => {
  const saved = localStorage.getItem('wallet-theme');
  const dark = saved ? saved === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.classList.toggle('dark', dark);
})();
