import { formatAmount } from '../../src/format/salary-format.ts';
import { labelLines } from './model/chart-label.ts';
import type { PayGroup } from './model/pay-chart-data.ts';

const W = 760;
const LABEL_W = 290;
/** A row's height: one line of label, or two when a label needs them. */
const STEP = 24;
const STEP_TWO_LINES = 38;
/** Characters of a label line that fit beside the bars (LABEL_W at the label's font). */
const LABEL_CHARS = 40;
const BAR_H = 14;
const AXIS_H = 26;

const short = (n: number) =>
  n >= 1_000_000
    ? `${+(n / 1_000_000).toFixed(2)}M`
    : n >= 1000
      ? `${+(n / 1000).toFixed(1)}k`
      : String(n);

function vsTarget(low: number, high: number, target: number | null): string {
  if (target === null) return '';
  if (low >= target) return 'at or above target';
  return high >= target ? 'target within range' : 'below target';
}

/** One currency's roles as horizontal pay bars on one axis, with the target line if set. */
function PayGroupChart({ group, index }: { group: PayGroup; index: number }) {
  const { currency, bars, target, axisMax, total } = group;
  const x = (v: number) => LABEL_W + ((W - LABEL_W - 10) * v) / axisMax;
  const labels = bars.map((b) => labelLines(b.label, LABEL_CHARS));
  const step = labels.some((l) => l.length > 1) ? STEP_TWO_LINES : STEP;
  const height = bars.length * step + AXIS_H + 8;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * axisMax);
  const id = `jl-pay-${index}`;
  const caption =
    `Pay per year in ${currency}${target !== null ? `, against your target of ${formatAmount(target)} (dashed line)` : ''}` +
    (bars.length < total ? ` (the ${bars.length} best paid of ${total})` : '');
  return (
    <figure class="jl-chart" data-currency={currency} data-testid="joblens-pay-group">
      <figcaption id={`${id}-cap`}>{caption}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>{caption}</title>
        <desc id={`${id}-d`}>The same data is in the table that follows.</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line class="jl-grid" x1={x(t)} x2={x(t)} y1={0} y2={bars.length * step} />
            <text class="jl-chart-value" x={x(t)} y={bars.length * step + 16} text-anchor="middle">
              {short(t)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const y = i * step + (step - BAR_H) / 2;
          const lines = labels[i] ?? [];
          return (
            <g key={b.key} data-testid="joblens-pay-bar" data-key={b.key} data-label={b.label}>
              <title>{`${b.label}: ${b.text}`}</title>
              <text
                class="jl-chart-label"
                x={LABEL_W - 8}
                y={lines.length > 1 ? y + 4 : y + 11}
                text-anchor="end"
              >
                {lines.map((line, k) => (
                  <tspan key={line} x={LABEL_W - 8} dy={k === 0 ? 0 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect
                class="jl-bar"
                x={x(b.low)}
                y={y}
                width={Math.max(3, x(b.high) - x(b.low))}
                height={BAR_H}
                rx={2}
              />
              {b.open === 'high' && (
                <path
                  class="jl-bar"
                  d={`M${x(b.high) + 4} ${y} l7 ${BAR_H / 2} l-7 ${BAR_H / 2} z`}
                />
              )}
            </g>
          );
        })}
        {target !== null && (
          <g data-testid="joblens-pay-target">
            <line
              class="jl-target"
              x1={x(target)}
              x2={x(target)}
              y1={0}
              y2={bars.length * step + 2}
            />
          </g>
        )}
      </svg>
      <table class="jl-visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Pay per year</th>
            {target !== null && <th scope="col">Against your target</th>}
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.label}</th>
              <td>{b.text}</td>
              {target !== null && <td>{vsTarget(b.low, b.high, target)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

interface Props {
  groups: readonly PayGroup[];
  withoutPay: number;
}

/** Pay of the listed roles per currency; other currencies are charted apart, not converted. */
export function PayChart({ groups, withoutPay }: Props) {
  return (
    <div data-testid="joblens-pay-chart" data-groups={groups.length}>
      {groups.length === 0 && <p class="jl-muted">None of these roles states its pay.</p>}
      {groups.map((g, i) => (
        <PayGroupChart key={g.currency} group={g} index={i} />
      ))}
      {groups.length > 1 && (
        <p class="jl-muted">Amounts in different currencies are shown apart and never converted.</p>
      )}
      {withoutPay > 0 && <p class="jl-muted">{withoutPay} of these roles state no pay.</p>}
    </div>
  );
}
