// The GET form of a list's filters (/offers, /municipalities, /partnerships, /map,
// /matches, /funding). On a phone its fields fold away under a <details> so the first
// result is on the first screen; the server opens it when a filter is in force, and says
// how many are. It works before hydration and without JavaScript. Beside the list (a
// wide screen) CSS keeps the fields shown and the toggle hidden (app.css, "Phone layout").
import { Form, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "~/utils/i18n";

/** How many filter values the address holds (each ticked box counts). */
export function countActiveFilters(params: URLSearchParams, names: readonly string[]): number {
  return names.reduce((sum, name) => sum + params.getAll(name).filter(Boolean).length, 0);
}

export function FilterForm({
  titleId,
  filterNames,
  children,
}: {
  /** The heading's id, which names the form. */
  titleId: string;
  /** The query parameters that narrow the list (not the page, the sort or the layers). */
  filterNames: readonly string[];
  children: ReactNode;
}) {
  const t = useT();
  const [params] = useSearchParams();
  const active = countActiveFilters(params, filterNames);
  return (
    <Form method="get" className="filters card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("offers.filters")}</h2>
      <details className="filter-panel" open={active > 0}>
        <summary>
          {t("filters.toggle")}
          {active > 0 ? (
            <span className="filter-count"> ({t("filters.active", { count: active })})</span>
          ) : null}
        </summary>
        <div className="filter-fields">{children}</div>
      </details>
    </Form>
  );
}
