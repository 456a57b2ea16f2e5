import { X } from 'lucide-react';
import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface DialogProps {
  /** Shown while true; closing (Esc, the close button, the backdrop, or `onClose` from inside) sets it false. */
  open: boolean;
  onClose: () => void;
  title: string;
  /** One sentence under the title: what this does. */
  description?: ReactNode;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog> (showModal): the browser traps focus, Esc closes it, focus goes
 * back to what opened it, and the rest of the page is inert. A centred card on a wide screen and a sheet
 * from the bottom on a phone (index.css, .app-dialog), its motion off under prefers-reduced-motion.
 * A click on the backdrop closes it too.
 */
export function Dialog({ open, onClose, title, description, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a backdrop click is the pointer's Esc; the keyboard has Esc itself (native).
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className="app-dialog text-slate-900 dark:text-slate-100"
      onClose={onClose}
      onClick={(event) => {
        // The dialog element itself is hit only on its backdrop: its content fills the box.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="grid gap-4 p-5 sm:p-6">
        <div className="flex items-start justify-between gap-4">
          <div className="grid gap-1">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            {description ? (
              <p id={descriptionId} className="text-sm text-slate-600 dark:text-slate-400">
                {description}
              </p>
            ) : null}
          </div>
          <button
            type="button"
            onClick={onClose}
            className="-m-2 inline-flex size-10 shrink-0 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            aria-label="Close"
          >
            <X aria-hidden="true" size={18} />
          </button>
        </div>
        {/* Mounted only while open: a form in it starts fresh each time. */}
        {open ? children : null}
      </div>
    </dialog>
  );
}
