import { Link, useSearchParams } from "@remix-run/react";
import { useT } from "~/utils/i18n";

/** Previous / "page N of M" / next, keeping every other query parameter (filters). */
export function Pagination({
  page,
  pages,
  param = "page",
  of,
}: {
  page: number;
  pages: number;
  /** The query parameter carrying the page (two lists on one page need two). */
  param?: string;
  /** The id of the list's heading, when a page has several: each navigation gets its own name. */
  of?: string;
}) {
  const t = useT();
  const [params] = useSearchParams();
  if (pages <= 1) return null;
  const link = (p: number) => {
    const next = new URLSearchParams(params);
    next.set(param, String(p));
    return `?${next}`;
  };
  return (
    <nav
      className="pagination"
      {...(of
        ? { "aria-labelledby": `${param}-pagination ${of}` }
        : { "aria-label": t("offers.pagination") })}
    >
      {of ? (
        <span id={`${param}-pagination`} hidden>
          {t("offers.pagination")}
        </span>
      ) : null}
      {page > 1 ? <Link to={link(page - 1)}>{t("offers.prev")}</Link> : null}
      <span>{t("offers.page", { page, pages })}</span>
      {page < pages ? <Link to={link(page + 1)}>{t("offers.next")}</Link> : null}
    </nav>
  );
}
