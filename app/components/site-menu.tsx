// The header's navigation behind a menu button on a phone; CSS decides the width (app.css,
// "Phone layout") and shows the navigation as it is on a wider screen. Before hydration,
// and without JavaScript, it is a <details> disclosure, which opens on its own; once
// hydrated it is a <button aria-expanded aria-controls>, the disclosure screen readers
// know best, which also closes on Escape and when a link is followed.
import { useLocation } from "@remix-run/react";
import { useEffect, useRef, useState, type ReactNode } from "react";

export function SiteMenu({
  navId,
  label,
  children,
}: {
  /** The id of the <nav> inside, which the button controls. */
  navId: string;
  label: string;
  children: ReactNode;
}) {
  const location = useLocation();
  const button = useRef<HTMLButtonElement>(null);
  const [hydrated, setHydrated] = useState(false);
  // Open for one location: following a link closes it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;

  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenAt(null);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  if (!hydrated) {
    return (
      <details className="site-menu">
        <summary className="menu-button">{label}</summary>
        {children}
      </details>
    );
  }
  return (
    <div className="site-menu" data-open={open ? "" : undefined}>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={navId}
        onClick={() => setOpenAt(open ? null : location.key)}
      >
        {label}
      </button>
      {children}
    </div>
  );
}
