// Coordinates with the map picker (offer forms). Kept apart from form-parts.tsx so
// that pages without a map do not load the map's code.
import { useT } from "~/utils/i18n";
import { Field } from "./field";
import { LocationPicker } from "./map/small-map";

function toCoordinate(value: string): number | null {
  return value && !Number.isNaN(Number(value)) ? Number(value) : null;
}

/** Latitude and longitude inputs bound to a map: click the map, or type (keyboard, no JS). */
export function LocationFields({
  lat,
  lon,
  onChange,
  errors,
}: {
  lat: string;
  lon: string;
  onChange: (lat: string, lon: string) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  return (
    <>
      <div className="coords">
        <Field
          id="lat"
          label={t("form.lat")}
          inputMode="decimal"
          value={lat}
          onChange={(e) => onChange(e.target.value, lon)}
          error={errors.lat}
        />
        <Field
          id="lon"
          label={t("form.lon")}
          inputMode="decimal"
          value={lon}
          onChange={(e) => onChange(lat, e.target.value)}
          error={errors.lon}
        />
      </div>
      <LocationPicker
        lat={toCoordinate(lat)}
        lon={toCoordinate(lon)}
        onPick={(p) => onChange(p.lat.toFixed(5), p.lon.toFixed(5))}
        ariaLabel={t("form.mapPick")}
        height={260}
      />
    </>
  );
}
