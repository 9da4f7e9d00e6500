import { krajByCode } from "~/domain/kraje";
import { isMunicipalityKind } from "~/domain/register";
import { formatDate, formatNumber } from "~/i18n";
import { useLocale, useT } from "~/utils/i18n";

/** The register's part of a municipality: shown as facts, never as form fields. */
export interface Official {
  code: string | null;
  kind: string | null;
  okres: string | null;
  orp: string | null;
  kraj: string;
  population: number;
  populationDate: string | null;
  ico: string | null;
}

export function pickOfficial(m: Official): Official {
  return {
    code: m.code,
    kind: m.kind,
    okres: m.okres,
    orp: m.orp,
    kraj: m.kraj,
    population: m.population,
    populationDate: m.populationDate,
    ico: m.ico,
  };
}

/** The source line the register's licence asks for, wherever its data is shown. */
export function RegisterAttribution() {
  const t = useT();
  return <p className="attribution small">{t("register.attribution")}</p>;
}

export function OfficialFacts({ official, note }: { official: Official; note?: string }) {
  const t = useT();
  const locale = useLocale();
  const o = official;
  return (
    <div className="official">
      <dl className="facts">
        {o.kind && isMunicipalityKind(o.kind) ? (
          <>
            <dt>{t("register.kind")}</dt>
            <dd>{t(`register.kind.${o.kind}`)}</dd>
          </>
        ) : null}
        <dt>{t("register.kraj")}</dt>
        <dd>{krajByCode(o.kraj)?.cs ?? o.kraj}</dd>
        {o.okres ? (
          <>
            <dt>{t("register.okres")}</dt>
            <dd>{o.okres}</dd>
          </>
        ) : null}
        {o.orp ? (
          <>
            <dt>{t("register.orp")}</dt>
            <dd>{o.orp}</dd>
          </>
        ) : null}
        <dt>{t("register.population")}</dt>
        <dd>
          {formatNumber(o.population, locale)}
          {o.populationDate
            ? ` (${t("register.populationOn", { date: formatDate(o.populationDate, locale) })})`
            : ""}
        </dd>
        {o.ico ? (
          <>
            <dt>{t("register.ico")}</dt>
            <dd>{o.ico}</dd>
          </>
        ) : null}
        {o.code ? (
          <>
            <dt>{t("register.code")}</dt>
            <dd>{o.code}</dd>
          </>
        ) : null}
      </dl>
      {note ? <p className="field-hint">{note}</p> : null}
      {o.code ? <RegisterAttribution /> : null}
    </div>
  );
}
