import { CharacterCount } from "./character-count";
import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";

/**
 * A labelled input whose error sits beside it (aria-invalid + aria-describedby)
 * in a slot of fixed height, so the layout does not jump when it appears.
 */
export function Field({
  id,
  label,
  hint,
  error,
  ...input
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
} & InputHTMLAttributes<HTMLInputElement>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [hintId, error ? errorId : undefined].filter(Boolean).join(" ") || undefined
        }
        {...input}
      />
      <p className="field-error" id={errorId}>
        {error ?? ""}
      </p>
    </div>
  );
}

/** From this limit on, a text field counts its characters (./character-count.tsx). */
export const COUNTED_FROM = 500;

/** A labelled textarea with its error beside it, like Field; a long one counts its characters. */
export function TextArea({
  id,
  label,
  error,
  ...props
}: { id: string; label: string; error?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const counted = (props.maxLength ?? 0) >= COUNTED_FROM;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={id}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={counted ? `${id}-count ${id}-error` : `${id}-error`}
        {...props}
      />
      {counted ? <CharacterCount field={id} max={props.maxLength ?? 0} /> : null}
      <p className="field-error" id={`${id}-error`}>
        {error ?? ""}
      </p>
    </div>
  );
}

/** A field that people never see; bots that fill every input give themselves away. */
export function Honeypot() {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="website">Website</label>
      <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}
