import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { DEFAULT_LOCALE, isLocale, loadMessages } from "./i18n";

function hydrate() {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
}

// The page's messages first, as the server marked them on <html> (root.tsx): hydration
// must render the same text. If they cannot load, the page stays as the server sent
// it, which works without JavaScript.
const html = document.documentElement;
loadMessages(
  isLocale(html.lang) ? html.lang : DEFAULT_LOCALE,
  html.dataset.messages === "core" ? ["core"] : ["core", "more"],
).then(hydrate, (error: unknown) =>
  console.error("The page's messages could not be loaded:", error),
);
