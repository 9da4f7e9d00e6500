import { Form, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { KRAJE } from "~/domain/kraje";
import { useT } from "~/utils/i18n";
import { Field } from "./field";
import { list, str, type FormValues } from "./form-values";
import { DescriptionLanguage, LanguageChecks, PartnerRange, TopicGrid } from "./form-parts";
import { LocationFields } from "./location-fields";
import { PlaceSearch } from "./place-search";
import { CharacterCount } from "./character-count";

export interface CountryOption {
  code: string;
  name: string;
}

/**
 * The partnership request form, for a foreign town's representative and for
 * staff entering a request on its behalf. Server-validated; a failed submit
 * comes back with the typed values and one error beside each field.
 */
export function OfferForm({
  values,
  errors,
  countries,
  mode,
  canSubmit,
  formError,
  hidden = {},
}: {
  values: FormValues;
  errors: Record<string, string>;
  countries: CountryOption[];
  mode: "create" | "edit";
  /** Whether "send for review" is offered (drafts and requests sent back for changes). */
  canSubmit: boolean;
  formError?: string | null;
  /** Extra fields the page needs back (the news item's date when staff import one). */
  hidden?: Record<string, string>;
}) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const [country, setCountry] = useState(str(values, "country"));
  const [population, setPopulation] = useState(str(values, "population"));
  const [lat, setLat] = useState(str(values, "lat"));
  const [lon, setLon] = useState(str(values, "lon"));
  const [openToAny, setOpenToAny] = useState(str(values, "openToAnyTopic") === "on");
  const topics = new Set(list(values, "topics"));
  const kraje = new Set(list(values, "preferredKraje"));
  const languages = new Set(list(values, "languages"));
  const err = (key: string) => errors[key];

  return (
    <Form method="post" className="form wide card" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <fieldset>
        <legend>{t("offerForm.town")}</legend>
        <PlaceSearch
          id="town"
          label={t("offerForm.townName")}
          hint={t("offerForm.townHint")}
          error={err("town")}
          defaultName={str(values, "town")}
          defaultPlaceId={str(values, "placeId") ? Number(str(values, "placeId")) : null}
          country={country && country !== "CZ" ? country : undefined}
          onSelect={(place) => {
            setCountry(place.country);
            setPopulation(String(place.population));
            setLat(String(place.lat));
            setLon(String(place.lon));
          }}
        />
        <div className="field">
          <label htmlFor="country">{t("offer.country")}</label>
          <select
            id="country"
            name="country"
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            aria-invalid={err("country") ? true : undefined}
            aria-describedby="country-error"
          >
            <option value="">{t("offerForm.choose")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <p className="field-error" id="country-error">
            {err("country") ?? ""}
          </p>
        </div>
        <Field
          id="region"
          label={t("offer.region")}
          maxLength={120}
          defaultValue={str(values, "region")}
          error={err("region")}
        />
        <Field
          id="population"
          label={t("offer.populationLabel")}
          inputMode="numeric"
          value={population}
          onChange={(e) => setPopulation(e.target.value)}
          error={err("population")}
        />
        <LocationFields
          lat={lat}
          lon={lon}
          onChange={(newLat, newLon) => {
            setLat(newLat);
            setLon(newLon);
          }}
          errors={errors}
        />
      </fieldset>

      <fieldset aria-describedby="topics-error">
        <legend>{t("offer.topics")}</legend>
        <label className="check">
          <input
            type="checkbox"
            name="openToAnyTopic"
            checked={openToAny}
            onChange={(e) => setOpenToAny(e.target.checked)}
          />
          {t("offer.anyTopic")}
        </label>
        <TopicGrid name="topics" selected={topics} disabled={openToAny} />
        <p className="field-error" id="topics-error">
          {err("topics") ?? ""}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t("offerForm.partner")}</legend>
        <PartnerRange values={values} errors={errors} />
        <p className="field-hint">{t("offerForm.kraje")}</p>
        <div className="check-grid">
          {KRAJE.map((k) => (
            <label key={k.code} className="check">
              <input
                type="checkbox"
                name="preferredKraje"
                value={k.code}
                defaultChecked={kraje.has(k.code)}
              />
              {k.cs}
            </label>
          ))}
        </div>
        <p className="field-error">{err("preferredKraje") ?? ""}</p>
      </fieldset>

      <LanguageChecks selected={languages} error={err("languages")} />

      <fieldset>
        <legend>{t("offerForm.description")}</legend>
        <DescriptionLanguage values={values} fallback="en" error={err("descriptionLang")} />
        <TextArea
          id="description"
          label={t("offerForm.descriptionOriginal")}
          values={values}
          error={err("description")}
          required
        />
        <TextArea
          id="descriptionCs"
          label={t("offerForm.descriptionCs")}
          values={values}
          error={err("descriptionCs")}
        />
        <TextArea
          id="descriptionEn"
          label={t("offerForm.descriptionEn")}
          values={values}
          error={err("descriptionEn")}
        />
      </fieldset>

      <fieldset>
        <legend>{t("offerForm.contact")}</legend>
        <p className="field-hint">{t("offerForm.contactPrivate")}</p>
        <Field
          id="contactName"
          label={t("form.contactName")}
          autoComplete="name"
          maxLength={120}
          defaultValue={str(values, "contactName")}
          error={err("contactName")}
        />
        <Field
          id="contactEmail"
          label={t("form.contactEmail")}
          type="email"
          autoComplete="email"
          maxLength={254}
          defaultValue={str(values, "contactEmail")}
          error={err("contactEmail")}
        />
        <Field
          id="contactPhone"
          label={t("form.contactPhone")}
          type="tel"
          autoComplete="tel"
          maxLength={40}
          defaultValue={str(values, "contactPhone")}
          error={err("contactPhone")}
        />
      </fieldset>

      <Field
        id="expiresOn"
        label={t("offerForm.expiresOn")}
        hint={t("offerForm.expiresHint")}
        type="date"
        defaultValue={str(values, "expiresOn")}
        error={err("expiresOn")}
      />

      <div className="actions">
        {canSubmit ? (
          <button type="submit" name="intent" value="submit" className="primary" disabled={busy}>
            {t("offerForm.submit")}
          </button>
        ) : null}
        <button
          type="submit"
          name="intent"
          value="save"
          className={canSubmit ? "secondary" : "primary"}
          disabled={busy}
        >
          {mode === "create" ? t("offerForm.saveDraft") : t("offerForm.save")}
        </button>
      </div>
    </Form>
  );
}

function TextArea({
  id,
  label,
  values,
  error,
  required,
}: {
  id: string;
  label: string;
  values: FormValues;
  error?: string;
  required?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={id}
        rows={5}
        maxLength={4000}
        required={required}
        defaultValue={str(values, id)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count ${id}-error`}
      />
      <CharacterCount field={id} max={4000} />
      <p className="field-error" id={`${id}-error`}>
        {error ?? ""}
      </p>
    </div>
  );
}
