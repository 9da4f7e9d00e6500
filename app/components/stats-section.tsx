// One block of /admin/stats: heading, what it counts, the chart, the same numbers
// as a table (for screen readers, printing and copying) and its CSV download.
import type { ReactNode } from "react";
import { formatNumber } from "~/i18n";
import { excelHref } from "~/utils/csv";
import { useLocale, useT } from "~/utils/i18n";
import { BarChart, type BarDatum } from "./bar-chart";

export function csvHref(name: string, year: string): string {
  return `/admin/stats/${name}.csv?year=${encodeURIComponent(year)}`;
}

/** "Download CSV" and its Excel variant, named after the section for a screen reader's list of links. */
export function CsvLink({ name, year, title }: { name: string; year: string; title: string }) {
  const t = useT();
  return (
    <>
      <a href={csvHref(name, year)} download className="button secondary">
        {t("stats.download")}
        <span className="visually-hidden"> – {title}</span>
      </a>{" "}
      <a href={excelHref(csvHref(name, year))} download className="button secondary">
        {t("csv.excel")}
        <span className="visually-hidden"> – {title}</span>
      </a>
    </>
  );
}

/** A one-sentence description of a count chart: the total and the largest bar. */
export function countSummary(
  t: ReturnType<typeof useT>,
  locale: ReturnType<typeof useLocale>,
  data: readonly BarDatum[],
): string {
  const total = data.reduce((sum, d) => sum + d.value, 0);
  if (total === 0) return t("stats.summaryNone");
  const top = data.reduce((best, d) => (d.value > best.value ? d : best));
  // The bars' own figures are formatted ("1 139"): the total reads the same way.
  return t("stats.summaryCounts", {
    total: formatNumber(total, locale),
    top: top.label,
    count: top.display,
  });
}

export function StatsSection({
  id,
  title,
  lead,
  data,
  summary,
  integer = true,
  formatTick,
  columns,
  table,
  csv,
  year,
  empty,
}: {
  id: string;
  title: string;
  lead: ReactNode;
  data: readonly BarDatum[];
  summary: string;
  integer?: boolean;
  formatTick?: (value: number) => string;
  /** Column headings of the table; its first column is each bar's label. */
  columns: readonly string[];
  /** The table's rows: the label first, then the values. */
  table: readonly (readonly ReactNode[])[];
  /** The CSV export of this section, when it has one of its own. */
  csv?: string;
  year: string;
  /** Nothing to show for the period: an empty-state sentence instead of a blank chart. */
  empty: boolean;
}) {
  const t = useT();
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {lead}
      {empty ? (
        <p className="empty">{t("stats.empty")}</p>
      ) : (
        <div className="two-col">
          <BarChart
            id={`${id}-chart`}
            title={title}
            summary={summary}
            data={data}
            integer={integer}
            formatTick={formatTick}
          />
          <table className="table">
            <caption>
              {title}: {t("stats.numbers").toLowerCase()}
            </caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {csv ? (
        <p>
          <CsvLink name={csv} year={year} title={title} />
        </p>
      ) : null}
    </section>
  );
}

/** A section of counts (offers, contacts, partnerships): a bar per row, the same rows as a table. */
export function CountSection({
  id,
  title,
  lead,
  data,
  labelColumn,
  csv,
  year,
}: {
  id: string;
  title: string;
  lead: string | null;
  data: readonly BarDatum[];
  labelColumn: string;
  csv: string;
  year: string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <StatsSection
      id={id}
      title={title}
      lead={lead ? <p>{lead}</p> : null}
      data={data}
      summary={countSummary(t, locale, data)}
      columns={[labelColumn, t("stats.count")]}
      table={data.map((d) => [d.label, d.display])}
      empty={data.every((d) => d.value === 0)}
      csv={csv}
      year={year}
    />
  );
}
