import { Moon, Sun } from 'lucide-react';
import type { Theme } from '../lib/theme';
import { Button } from './ui/button';

export function ThemeToggle({ theme, onToggle }: { theme: Theme; onToggle: () => void }) {
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <Button
      variant="ghost"
      onClick={onToggle}
      aria-label={`Switch to ${next} mode`}
      title={`Switch to ${next} mode`}
    >
      {theme === 'dark' ? <Sun aria-hidden="true" size={18} /> : <Moon aria-hidden="true" size={18} />}
      <span className="sr-only sm:not-sr-only">{theme === 'dark' ? 'Light' : 'Dark'} mode</span>
    </Button>
  );
}
