// A horizontal bar chart drawn as inline SVG on the server: no script, no
// library, prints as it shows. The picture is one image to assistive technology
// (role="img", named by its title, described by its summary); the numbers are in
// the table the page puts beside it.
import { barScale } from "~/domain/chart-scale";

export interface BarDatum {
  label: string;
  value: number;
  /** The value as the reader should see it (formatted, with a unit). */
  display: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 210;
const VALUE_ROOM = 70;
const ROW = 26;
const BAR = 18;
const AXIS = 26;
const TOP = 6;
const LABEL_CHARS = 30;

function shorten(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
}

export function BarChart({
  id,
  title,
  summary,
  data,
  integer = true,
  formatTick = String,
}: {
  id: string;
  title: string;
  summary: string;
  data: readonly BarDatum[];
  /** Counts: whole-number ticks only. */
  integer?: boolean;
  formatTick?: (value: number) => string;
}) {
  const plot = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const scale = barScale(
    data.map((d) => d.value),
    plot,
    { integer },
  );
  const height = TOP + data.length * ROW + AXIS;
  const axisY = TOP + data.length * ROW;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="bar-chart"
      fontSize="13"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {scale.ticks.map((tick) => {
        const x = LABEL_WIDTH + (tick / scale.max) * plot;
        return (
          <g key={tick}>
            <line x1={x} x2={x} y1={TOP} y2={axisY} stroke="#cfd6df" strokeWidth="1" />
            <text x={x} y={axisY + 17} textAnchor="middle" fill="#4a5666" fontSize="12">
              {formatTick(tick)}
            </text>
          </g>
        );
      })}
      {data.map((d, i) => {
        const y = TOP + i * ROW;
        const length = scale.lengths[i] ?? 0;
        return (
          <g key={`${d.label}-${i}`}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} textAnchor="end" fill="#1c2430">
              {shorten(d.label)}
            </text>
            {length > 0 ? (
              <rect
                x={LABEL_WIDTH}
                y={y + (ROW - BAR) / 2}
                width={Math.max(length, 2)}
                height={BAR}
                fill="#0b3d6e"
                rx="2"
              />
            ) : null}
            <text x={LABEL_WIDTH + length + 6} y={y + ROW / 2 + 4} fill="#1c2430" fontWeight="600">
              {d.display}
            </text>
          </g>
        );
      })}
      <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={TOP} y2={axisY} stroke="#4a5666" />
    </svg>
  );
}
