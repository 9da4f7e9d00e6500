import { Form, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { useT } from "~/utils/i18n";
import { Field } from "./field";
import { list, str, type FormValues } from "./form-values";
import { DescriptionLanguage, LanguageChecks, PartnerRange, TopicGrid } from "./form-parts";
import { OfficialFacts, type Official } from "./official-facts";
import type { CountryOption } from "./offer-form";
import { CharacterCount } from "./character-count";

/**
 * The Czech municipality's profile: the layer its account adds to the official
 * data (shown above the fields, not editable: it is the register's).
 */
export function ProfileForm({
  official,
  values,
  errors,
  countries,
  formError,
  submitLabel,
  intent,
}: {
  official: Official;
  values: FormValues;
  errors: Record<string, string>;
  countries: CountryOption[];
  formError?: string | null;
  submitLabel: string;
  /** Sent as `intent` when the page has several forms. */
  intent?: string;
}) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const [anyCountry, setAnyCountry] = useState(str(values, "seeksAnyCountry") === "on");
  const interests = new Set(list(values, "interests"));
  const languages = new Set(list(values, "languages", ["cs"]));
  const seeks = new Set(list(values, "seeksCountries"));
  const err = (key: string) => errors[key];

  return (
    <Form method="post" className="form wide card" noValidate>
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <fieldset>
        <legend>{t("profile.municipality")}</legend>
        <OfficialFacts official={official} note={t("register.readOnly")} />
      </fieldset>

      <fieldset aria-describedby="interests-error">
        <legend>{t("profile.interests")}</legend>
        <TopicGrid name="interests" selected={interests} />
        <p className="field-error" id="interests-error">
          {err("interests") ?? ""}
        </p>
      </fieldset>

      <LanguageChecks selected={languages} error={err("languages")} fixed={["cs"]} />

      <DescriptionLanguage values={values} fallback="cs" error={err("descriptionLang")} />

      <div className="field">
        <label htmlFor="description">{t("profile.description")}</label>
        <textarea
          id="description"
          name="description"
          rows={6}
          maxLength={4000}
          defaultValue={str(values, "description")}
          aria-invalid={err("description") ? true : undefined}
          aria-describedby="description-count description-error"
        />
        <CharacterCount field="description" max={4000} />
        <p className="field-error" id="description-error">
          {err("description") ?? ""}
        </p>
      </div>

      <fieldset>
        <legend>{t("profile.seeks")}</legend>
        <label className="check">
          <input
            type="checkbox"
            name="seeksAnyCountry"
            checked={anyCountry}
            onChange={(e) => setAnyCountry(e.target.checked)}
          />
          {t("profile.anyCountry")}
        </label>
        {/* A scrolling box takes focus, so keyboards can scroll it even while its
            checkboxes are disabled ("any country"). */}
        <div
          className="check-grid scroll"
          role="group"
          aria-label={t("profile.seeksCountries")}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
          tabIndex={0}
        >
          {countries.map((c) => (
            <label key={c.code} className="check">
              <input
                type="checkbox"
                name="seeksCountries"
                value={c.code}
                defaultChecked={seeks.has(c.code)}
                disabled={anyCountry}
              />
              {c.name}
            </label>
          ))}
        </div>
        <p className="field-error">{err("seeksCountries") ?? ""}</p>
        <PartnerRange values={values} errors={errors} />
      </fieldset>

      <p className="field-hint">{t("registry.profileHint")}</p>

      <fieldset>
        <legend>{t("offerForm.contact")}</legend>
        <p className="field-hint">{t("profile.contactPrivate")}</p>
        <Field
          id="contactName"
          label={t("form.contactName")}
          autoComplete="name"
          maxLength={120}
          defaultValue={str(values, "contactName")}
          error={err("contactName")}
        />
        <Field
          id="contactRole"
          label={t("form.contactRole")}
          maxLength={120}
          defaultValue={str(values, "contactRole")}
          error={err("contactRole")}
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

      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}
