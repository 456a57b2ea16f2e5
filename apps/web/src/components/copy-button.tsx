import { Copy } from 'lucide-react';
import { toast } from 'sonner';
import { Button } from './ui/button';

/** Copies `value` and says so. `label` names what is copied, for screen readers ("Copy wallet ID"). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      toast.success('Copied');
    } catch {
      toast.error('Could not copy', { description: 'Select the text and copy it by hand.' });
    }
  }
  return (
    <Button variant="ghost" className="min-h-8 px-2 py-1" onClick={copy} aria-label={label} title={label}>
      <Copy aria-hidden="true" size={16} />
    </Button>
  );
}
