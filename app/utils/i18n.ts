// The page's language and translate function, from the root loader's data.
import { useRouteLoaderData } from "@remix-run/react";
import type { Locale } from "../../db/schema";
import { DEFAULT_LOCALE, translator, type Translate } from "~/i18n";
import type { loader as rootLoader } from "~/root";

export function useLocale(): Locale {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  return data?.locale ?? DEFAULT_LOCALE;
}

export function useT(): Translate {
  return translator(useLocale());
}
