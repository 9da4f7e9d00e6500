// Staff forms for a funding call and an event (/admin/funding/...).
import { Form, useNavigation } from "@remix-run/react";
import { APPLICANT_TYPES, EUROPE_REGIONS } from "~/domain/eligibility";
import { INTEREST_CODES } from "~/domain/interests";
import { useT } from "~/utils/i18n";
import { Field, TextArea } from "./field";
import { list, str, type FormValues } from "./form-values";

type Errors = Record<string, string>;

function CheckGroup({
  name,
  legend,
  options,
  selected,
  error,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
  error?: string;
}) {
  return (
    <fieldset aria-describedby={`${name}-error`}>
      <legend>{legend}</legend>
      <div className="check-grid">
        {options.map((o) => (
          <label key={o.value} className="check">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
      <p className="field-error" id={`${name}-error`}>
        {error ?? ""}
      </p>
    </fieldset>
  );
}

function TitleFields({ values, errors }: { values: FormValues; errors: Errors }) {
  const t = useT();
  return (
    <>
      <Field
        id="titleCs"
        label={t("fundingAdmin.titleCs")}
        required
        maxLength={300}
        defaultValue={str(values, "titleCs")}
        error={errors.titleCs}
      />
      <Field
        id="titleEn"
        label={t("fundingAdmin.titleEn")}
        required
        maxLength={300}
        defaultValue={str(values, "titleEn")}
        error={errors.titleEn}
      />
      <TextArea
        id="summaryCs"
        label={t("fundingAdmin.summaryCs")}
        maxLength={3000}
        defaultValue={str(values, "summaryCs")}
        error={errors.summaryCs}
      />
      <TextArea
        id="summaryEn"
        label={t("fundingAdmin.summaryEn")}
        maxLength={3000}
        defaultValue={str(values, "summaryEn")}
        error={errors.summaryEn}
      />
    </>
  );
}

function SaveButton() {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="actions">
      <button type="submit" name="intent" value="save" className="primary" disabled={busy}>
        {t("fundingAdmin.save")}
      </button>
    </div>
  );
}

export function CallForm({ values, errors }: { values: FormValues; errors: Errors }) {
  const t = useT();
  return (
    <Form method="post" className="card" noValidate aria-labelledby="call-form-title">
      <h3 id="call-form-title">{t("fundingAdmin.callDetails")}</h3>
      <Field
        id="programme"
        label={t("fundingAdmin.programme")}
        hint={t("fundingAdmin.programmeHint")}
        required
        maxLength={200}
        defaultValue={str(values, "programme")}
        error={errors.programme}
      />
      <TitleFields values={values} errors={errors} />
      <Field
        id="url"
        label={t("fundingAdmin.url")}
        type="url"
        maxLength={500}
        defaultValue={str(values, "url")}
        error={errors.url}
      />
      <div className="two-col">
        <Field
          id="opensOn"
          label={t("fundingAdmin.opensOn")}
          type="date"
          defaultValue={str(values, "opensOn")}
          error={errors.opensOn}
        />
        <Field
          id="deadline"
          label={t("fundingAdmin.deadline")}
          hint={t("fundingAdmin.deadlineHint")}
          type="date"
          defaultValue={str(values, "deadline")}
          error={errors.deadline}
        />
      </div>
      <CheckGroup
        name="themes"
        legend={t("fundingAdmin.themes")}
        options={INTEREST_CODES.map((c) => ({ value: c, label: t(`interest.${c}`) }))}
        selected={list(values, "themes")}
        error={errors.themes}
      />

      <h3>{t("fundingAdmin.rules")}</h3>
      <p className="field-hint">{t("fundingAdmin.rulesHint")}</p>
      <CheckGroup
        name="applicantTypes"
        legend={t("fundingAdmin.applicantTypes")}
        options={APPLICANT_TYPES.map((k) => ({
          value: k,
          label: t(`funding.applicant.${k}`),
        }))}
        selected={list(values, "applicantTypes")}
        error={errors.applicantTypes}
      />
      <Field
        id="leadCountries"
        label={t("fundingAdmin.leadCountries")}
        hint={t("fundingAdmin.leadCountriesHint")}
        maxLength={200}
        defaultValue={str(values, "leadCountries")}
        error={errors.leadCountries}
      />
      <Field
        id="partnerCountries"
        label={t("fundingAdmin.partnerCountries")}
        hint={t("fundingAdmin.partnerCountriesHint")}
        maxLength={200}
        defaultValue={str(values, "partnerCountries")}
        error={errors.partnerCountries}
      />
      <label className="check">
        <input type="checkbox" name="euMember" defaultChecked={str(values, "euMember") === "on"} />
        {t("fundingAdmin.euMember")}
      </label>
      <CheckGroup
        name="regions"
        legend={t("fundingAdmin.regions")}
        options={EUROPE_REGIONS.map((r) => ({
          value: r,
          label: t(`funding.area.${r}`),
        }))}
        selected={list(values, "regions")}
        error={errors.regions}
      />
      <Field
        id="minCountries"
        label={t("fundingAdmin.minCountries")}
        inputMode="numeric"
        defaultValue={str(values, "minCountries")}
        error={errors.minCountries}
      />
      <SaveButton />
    </Form>
  );
}

export function EventForm({
  values,
  errors,
  countries,
}: {
  values: FormValues;
  errors: Errors;
  countries: { code: string; name: string }[];
}) {
  const t = useT();
  return (
    <Form method="post" className="card" noValidate aria-labelledby="event-form-title">
      <h3 id="event-form-title">{t("fundingAdmin.eventDetails")}</h3>
      <TitleFields values={values} errors={errors} />
      <div className="two-col">
        <Field
          id="startsOn"
          label={t("fundingAdmin.startsOn")}
          type="date"
          required
          defaultValue={str(values, "startsOn")}
          error={errors.startsOn}
        />
        <Field
          id="endsOn"
          label={t("fundingAdmin.endsOn")}
          type="date"
          required
          defaultValue={str(values, "endsOn")}
          error={errors.endsOn}
        />
      </div>
      <div className="two-col">
        <Field
          id="city"
          label={t("fundingAdmin.city")}
          required
          maxLength={120}
          defaultValue={str(values, "city")}
          error={errors.city}
        />
        <div className="field">
          <label htmlFor="country">{t("fundingAdmin.country")}</label>
          <select
            id="country"
            name="country"
            defaultValue={str(values, "country")}
            aria-invalid={errors.country ? true : undefined}
            aria-describedby={errors.country ? "country-error" : undefined}
          >
            <option value="">—</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
          <p className="field-error" id="country-error">
            {errors.country ?? ""}
          </p>
        </div>
      </div>
      <Field
        id="url"
        label={t("fundingAdmin.url")}
        type="url"
        maxLength={500}
        defaultValue={str(values, "url")}
        error={errors.url}
      />
      <SaveButton />
    </Form>
  );
}
