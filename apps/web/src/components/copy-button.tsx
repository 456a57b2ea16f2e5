import { Copy } from 'lucide-react';
import { toast } from 'sonner';
import { Button } from './ui/button';

/**
 * Copies `value` and says whether it worked. Without a clipboard (a page not served over https or from
 * localhost has none) or when the browser refuses, it says to copy by hand rather than nothing at all.
 */
export async function copyToClipboard(value: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(value);
    toast.success('Copied');
  } catch {
    toast.error('Could not copy', { description: 'Select the text and copy it by hand.' });
  }
}

/** Copies `value` and says so. `label` names what is copied, for screen readers ("Copy wallet ID"). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  return (
    <Button
      variant="ghost"
      className="min-h-8 px-2 py-1"
      onClick={() => copyToClipboard(value)}
      aria-label={label}
      title={label}
    >
      <Copy aria-hidden="true" size={16} />
    </Button>
  );
}
