import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { PlaceSearch } from "./place-search";

export interface Candidate {
  id: number;
  name: string;
  okres: string | null;
  population: number;
}

/**
 * Choosing one's municipality from the register: suggestions as you type, each
 * with its okres and size; without JavaScript the typed name, and when several
 * bear it (the fourteen Nová Ves) the server's candidates to pick from.
 */
export function MunicipalityChooser({
  candidates,
  error,
  typed,
  chosen,
}: {
  candidates: Candidate[];
  error?: string;
  typed?: string;
  chosen?: { id: number; name: string } | null;
}) {
  const t = useT();
  if (candidates.length > 0) {
    return (
      <fieldset aria-describedby="municipality-error">
        <legend>{t("signup.municipality.choose")}</legend>
        {candidates.map((c) => (
          <label key={c.id} className="radio">
            <input type="radio" name="municipality" value={c.id} />
            {c.name} — {c.okres ? `${t("place.okres", { okres: c.okres })} · ` : ""}
            {t("offer.population", { count: c.population })}
          </label>
        ))}
        <p className="field-error" id="municipality-error">
          {error ?? ""}
        </p>
      </fieldset>
    );
  }
  return (
    <PlaceSearch
      id="municipalityName"
      valueName="municipality"
      label={t("signup.municipality")}
      hint={t("signup.municipalityHint")}
      error={error}
      defaultName={typed ?? chosen?.name}
      defaultPlaceId={chosen?.id ?? null}
      country="CZ"
      limit={20}
      claimedNote={t("signup.municipality.claimedNote")}
      onSelect={() => undefined}
      notFound={(name) => (
        <>
          {t("signup.municipality.notFoundHint", { name })}{" "}
          <Link to={`/municipalities?q=${encodeURIComponent(name)}`}>
            {t("signup.municipality.directory")}
          </Link>
        </>
      )}
    />
  );
}
