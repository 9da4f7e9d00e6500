// Filter fields of the GET forms on /offers, /matches, /map and /funding: each reads
// its current value from the URL, so a shared link shows the same choice. They are
// keyed by that value: an uncontrolled field ignores a new defaultValue, so without
// the key "Zrušit filtry" (a client-side link) left the old choice in the form.
import { useSearchParams } from "@remix-run/react";
import { INTEREST_CODES } from "~/domain/interests";
import { useT } from "~/utils/i18n";

/** A single choice with "any" first (country, topic, size). */
export function SelectFilter({
  name,
  label,
  anyLabel,
  options,
}: {
  name: string;
  label: string;
  anyLabel: string;
  options: { value: string; label: string }[];
}) {
  const [params] = useSearchParams();
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select
        key={params.get(name) ?? ""}
        id={name}
        name={name}
        defaultValue={params.get(name) ?? ""}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A whole number with a hint and, after a bad value, its error (population, minimum score). */
export function NumberFilter({
  name,
  label,
  hint,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  error: string | null;
}) {
  const [params] = useSearchParams();
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <p className="field-hint" id={`${name}-hint`}>
        {hint}
      </p>
      <input
        key={params.get(name) ?? ""}
        id={name}
        name={name}
        inputMode="numeric"
        defaultValue={params.get(name) ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
      />
      {/* A fixed slot, so an appearing error does not move the button below. */}
      <p className="field-error" id={`${name}-error`}>
        {error ?? ""}
      </p>
    </div>
  );
}

/** The country (from the given options) and topic choices /matches and /map share. */
export function CountryAndTopicFilters({
  countries,
}: {
  countries: { code: string; name: string }[];
}) {
  const t = useT();
  return (
    <>
      <SelectFilter
        name="country"
        label={t("offers.country")}
        anyLabel={t("offers.sizeAny")}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <SelectFilter
        name="topic"
        label={t("offers.topic")}
        anyLabel={t("offers.sizeAny")}
        options={INTEREST_CODES.map((code) => ({
          value: code,
          label: t(`interest.${code}`),
        }))}
      />
    </>
  );
}
