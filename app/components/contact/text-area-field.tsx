/** A labelled textarea with its error beside it, as Field does for inputs. */
export function TextAreaField({
  id,
  name,
  label,
  hint,
  error,
  required,
  defaultValue,
  rows = 3,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  defaultValue?: string;
  rows?: number;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={2000}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={described.join(" ") || undefined}
      />
      <p className="field-error" id={`${id}-error`}>
        {error ?? ""}
      </p>
    </div>
  );
}
