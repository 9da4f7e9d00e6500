import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useLocale, useT } from "~/utils/i18n";

export interface PlaceOption {
  id: number;
  name: string;
  matchedName: string | null;
  country: string;
  countryName: string;
  kraj: string | null;
  krajName: string | null;
  population: number;
  lat: number;
  lon: number;
  /** Czech municipalities (the register): their okres tells the fourteen Nová Ves apart. */
  okres?: string | null;
  /** An account already speaks for this municipality. */
  claimed?: boolean;
}

/**
 * Town name with suggestions as you type (an ARIA 1.2 combobox): GeoNames towns
 * abroad, the official register for Czech municipalities. The chosen place's id
 * goes into a hidden input; typing again clears it, so a name that is not found
 * is simply entered by hand (or, where a choice is required, the server says so).
 * Without JavaScript it is a plain text field.
 */
export function PlaceSearch({
  id,
  label,
  hint,
  error,
  defaultName,
  defaultPlaceId,
  country,
  onSelect,
  onManual,
  valueName = "placeId",
  inputName,
  limit = 8,
  notFound,
  claimedNote,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  defaultName?: string;
  defaultPlaceId?: number | null;
  /** Restrict suggestions to one country (CZ for municipalities). */
  country?: string;
  onSelect: (place: PlaceOption) => void;
  onManual?: () => void;
  /** The hidden input's name (the chosen id). */
  valueName?: string;
  /** The text input's name when it differs from its id (two searches on one page). */
  inputName?: string;
  /** How many suggestions to ask for (all fourteen Nová Ves need 20). */
  limit?: number;
  /** Shown when nothing matches what was typed: what to do instead. */
  notFound?: (typed: string) => ReactNode;
  /** Beside a suggestion an account already speaks for. */
  claimedNote?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const listId = useId();
  const [name, setName] = useState(defaultName ?? "");
  const [placeId, setPlaceId] = useState<number | null>(defaultPlaceId ?? null);
  const [options, setOptions] = useState<PlaceOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The query nothing was found for (cleared by the next answer with results).
  const [missing, setMissing] = useState<string | null>(null);
  // Suggest only for what the person types, not for the name the form starts with.
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current) return;
    const q = name.trim();
    if (q.length < 2) {
      setOptions([]);
      setMissing(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ q, limit: String(limit), lang: locale });
      if (country) params.set("country", country);
      try {
        const response = await fetch(`/api/places?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { results: PlaceOption[] };
        setOptions(body.results);
        setOpen(body.results.length > 0);
        setMissing(body.results.length === 0 ? q : null);
        setActive(-1);
      } catch {
        // Aborted or offline: keep typing by hand.
      }
    }, 200);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [name, country, locale, limit]);

  function choose(place: PlaceOption) {
    typed.current = false;
    setName(place.name);
    setPlaceId(place.id);
    setOpen(false);
    onSelect(place);
  }

  const describedBy = [hint ? `${id}-hint` : null, `${id}-status`, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field place-search">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={inputName ?? id}
        type="text"
        role="combobox"
        autoComplete="off"
        maxLength={120}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={name}
        onChange={(event) => {
          typed.current = true;
          setName(event.target.value);
          if (placeId !== null) {
            setPlaceId(null);
            onManual?.();
          }
        }}
        onKeyDown={(event) => {
          if (!open || options.length === 0) return;
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setActive((a) => (a + 1) % options.length);
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
          } else if (event.key === "Enter" && active >= 0) {
            event.preventDefault();
            const option = options[active];
            if (option) choose(option);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(options.length > 0 && placeId === null)}
      />
      <input type="hidden" name={valueName} value={placeId ?? ""} />
      <ul id={listId} role="listbox" className="suggestions" hidden={!open} aria-label={label}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? "active" : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            <strong>{option.name}</strong>
            {option.matchedName ? ` (${option.matchedName})` : ""}
            <span className="muted">
              {" — "}
              {option.okres
                ? t("place.okres", { okres: option.okres })
                : (option.krajName ?? option.countryName)}{" "}
              · {t("offer.population", { count: option.population })}
              {option.claimed && claimedNote ? ` · ${claimedNote}` : ""}
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" id={`${id}-status`} aria-live="polite">
        {placeId !== null
          ? t("place.chosen")
          : open
            ? t("place.suggestions", { count: options.length })
            : missing && notFound
              ? t("place.none")
              : ""}
      </p>
      {missing && notFound && placeId === null && name.trim() === missing ? (
        <div className="field-hint not-found" role="status">
          {notFound(missing)}
        </div>
      ) : null}
      <p className="field-error" id={`${id}-error`}>
        {error ?? ""}
      </p>
    </div>
  );
}
