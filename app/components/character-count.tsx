// How much of a long text field is used, under the field (as GOV.UK's character count
// does): before the page's script runs, and without it, the limit alone ("At most 4,000
// characters."); then the count as one types. A screen reader hears how many are left once
// typing pauses, not at every keystroke. The field keeps its maxLength: the browser stops
// at the limit, the server refuses more.
import { useEffect, useRef, useState } from "react";
import { useT } from "~/utils/i18n";

/** Said after typing has paused this long. */
const ANNOUNCE_AFTER_MS = 1_000;
/** From this share of the limit on, the count is marked as a warning. */
const WARN_FROM = 0.9;

export function CharacterCount({ field, max }: { field: string; max: number }) {
  const t = useT();
  const [count, setCount] = useState<number | null>(null);
  const [said, setSaid] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>();
  // The latest translator, without subscribing to the field again when it changes.
  const translate = useRef(t);
  translate.current = t;

  useEffect(() => {
    const input = document.getElementById(field) as HTMLTextAreaElement | null;
    if (!input) return;
    const update = () => {
      const length = input.value.length;
      setCount(length);
      clearTimeout(timer.current);
      timer.current = setTimeout(
        () => setSaid(translate.current("field.charsLeft", { count: Math.max(0, max - length) })),
        ANNOUNCE_AFTER_MS,
      );
    };
    setCount(input.value.length);
    input.addEventListener("input", update);
    return () => {
      input.removeEventListener("input", update);
      clearTimeout(timer.current);
    };
  }, [field, max]);

  return (
    <>
      <p
        id={`${field}-count`}
        className={`field-hint char-count${count !== null && count >= max * WARN_FROM ? " near-limit" : ""}`}
      >
        {count === null ? t("field.charsMax", { max }) : t("field.charsUsed", { count, max })}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </>
  );
}
