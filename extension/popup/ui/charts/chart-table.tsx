import type { ChartSpec, ChartUnit } from '../../../../shared/chart/chart-data';

/** The numbers of a chart as a real table: what screen readers read instead of the canvas. */
export function ChartTable({
  spec,
  caption,
  format,
}: {
  spec: ChartSpec;
  caption: string;
  format: (v: number | null, unit: ChartUnit) => string;
}) {
  return (
    <table class="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{spec.xTitle}</th>
          {spec.columns.map((c) => (
            <th scope="col" key={c.label}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spec.x.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {spec.columns.map((c) => (
              <td key={c.label}>{format(c.values[i] ?? null, c.unit)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
