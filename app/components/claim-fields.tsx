import { useT } from "~/utils/i18n";
import { Field } from "./field";

/** The claimant's office and phone, and the promise that they speak for the municipality. */
export function ClaimFields({
  values,
  errors,
}: {
  values?: Record<string, string>;
  errors: Record<string, string | undefined>;
}) {
  const t = useT();
  return (
    <>
      <Field
        id="claimantRole"
        label={t("claim.role")}
        hint={t("claim.roleHint")}
        required
        maxLength={120}
        defaultValue={values?.claimantRole}
        error={errors.claimantRole}
      />
      <Field
        id="claimantPhone"
        label={t("claim.phone")}
        hint={t("claim.phoneHint")}
        type="tel"
        autoComplete="tel"
        maxLength={40}
        defaultValue={values?.claimantPhone}
        error={errors.claimantPhone}
      />
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            name="confirm"
            value="on"
            defaultChecked={values?.confirm === "on"}
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby="confirm-error"
          />
          {t("claim.confirm")}
        </label>
        <p className="field-error" id="confirm-error">
          {errors.confirm ?? ""}
        </p>
      </div>
    </>
  );
}
