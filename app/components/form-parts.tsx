// Pieces the offer, profile and preview forms share: grids of checkboxes (topics,
// languages) and the wished partner size. No map here: the home page's previews
// use these, and Leaflet must load only where there is a map (location-fields.tsx).
import { INTEREST_CODES } from "~/domain/interests";
import { WORKING_LANGUAGES } from "~/domain/languages";
import { languageName } from "~/i18n";
import { useLocale, useT } from "~/utils/i18n";
import { Field } from "./field";
import { str, type FormValues } from "./form-values";

/** Working languages as checkboxes; `fixed` ones are always on (Czech for a Czech municipality). */
export function LanguageChecks({
  selected,
  error,
  fixed = [],
}: {
  selected: Set<string>;
  error?: string;
  fixed?: string[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <fieldset aria-describedby="languages-error">
      <legend>{t("offer.languages")}</legend>
      <div className="check-grid">
        {WORKING_LANGUAGES.map((code) => (
          <label key={code} className="check">
            <input
              type="checkbox"
              name="languages"
              value={code}
              defaultChecked={fixed.includes(code) || selected.has(code)}
              disabled={fixed.includes(code)}
            />
            {languageName(code, locale)}
          </label>
        ))}
      </div>
      <p className="field-error" id="languages-error">
        {error ?? ""}
      </p>
    </fieldset>
  );
}

/** The wished partner population range. */
/** Which language a description is written in: one of the working languages. */
export function DescriptionLanguage({
  values,
  fallback,
  error,
}: {
  values: FormValues;
  fallback: string;
  error?: string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="field">
      <label htmlFor="descriptionLang">{t("offerForm.descriptionLang")}</label>
      <select
        id="descriptionLang"
        name="descriptionLang"
        defaultValue={str(values, "descriptionLang", fallback)}
        aria-invalid={error ? true : undefined}
        aria-describedby="descriptionLang-error"
      >
        {WORKING_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {languageName(code, locale)}
          </option>
        ))}
      </select>
      <p className="field-error" id="descriptionLang-error">
        {error ?? ""}
      </p>
    </div>
  );
}

export function PartnerRange({
  values,
  errors,
}: {
  values: FormValues;
  errors: Record<string, string>;
}) {
  const t = useT();
  return (
    <div className="coords">
      <Field
        id="partnerMin"
        label={t("form.partnerMin")}
        inputMode="numeric"
        defaultValue={str(values, "partnerMin")}
        error={errors.partnerMin}
      />
      <Field
        id="partnerMax"
        label={t("form.partnerMax")}
        inputMode="numeric"
        defaultValue={str(values, "partnerMax")}
        error={errors.partnerMax}
      />
      <Field
        id="maxDistance"
        label={t("form.maxDistance")}
        hint={t("form.maxDistanceHint")}
        inputMode="numeric"
        defaultValue={str(values, "maxDistance")}
        error={errors.maxDistance}
      />
    </div>
  );
}

/** Checkboxes in a grid, one per option, all sent under one name. */
export function CheckGrid({
  name,
  options,
  selected,
  disabled,
}: {
  name: string;
  options: readonly { value: string; label: string }[];
  selected: ReadonlySet<string>;
  disabled?: boolean;
}) {
  return (
    <div className="check-grid">
      {options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            defaultChecked={selected.has(o.value)}
            disabled={disabled}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}

/** The cooperation topics as checkboxes, labelled in the reader's language. */
export function TopicGrid(props: {
  name: string;
  selected: ReadonlySet<string>;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <CheckGrid
      {...props}
      options={INTEREST_CODES.map((code) => ({
        value: code,
        label: t(`interest.${code}`),
      }))}
    />
  );
}
