import { type RefObject, useEffect, useRef, useState } from 'react';
import './popover.css';

/**
 * Local UI state of a button that opens a panel beside it (give the panel the
 * `popover` class): a press elsewhere
 * closes it, and so does Escape, which gives focus back to the button (and is
 * kept from whatever is behind, such as the meeting view, which closes on it).
 */
export function usePopover(): {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Close, with focus back on the button. */
  close: () => void;
  rootRef: RefObject<HTMLDivElement | null>;
  buttonRef: RefObject<HTMLButtonElement | null>;
} {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', onEscape, true);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', onEscape, true);
    };
  }, [open]);

  return { open, setOpen, close, rootRef, buttonRef };
}
