/**
 * The recharts part of the topics panel, loaded lazily. No animation on data
 * change: the numbers should simply be right after a click.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  ACTIVITY_KEYS,
  type ActivityRow,
  type OutcomeRow,
  type TopicBar,
} from '../../data/chart-data.ts';
import { KIND_COLORS } from '../../ui/palette.ts';

const KEY_COLORS = { ...KIND_COLORS, none: '#5a6678' } as const;
const KEY_LABELS = {
  country: 'Country',
  organization: 'Organisation',
  company: 'Company',
  none: 'No partner',
};
const SELECTED = '#0f3d5e';
const UNSELECTED = '#7fa3c0';

/**
 * recharts copies a row's `id` onto the SVG element's id attribute; dataset ids
 * must never become DOM ids (they could clash with the page's own), so rename it.
 */
function chartRow<T extends { id: string }>({ id, ...rest }: T) {
  return { ...rest, rowId: id };
}

function height(rows: number): number {
  return Math.max(120, rows * 26 + 40);
}

type Props =
  | { kind: 'topics'; topics: TopicBar[]; onToggleTopic: (id: string) => void }
  | { kind: 'activity'; activity: ActivityRow[] }
  | { kind: 'outcomes'; outcomes: OutcomeRow[] };

export function TopicCharts(props: Props) {
  if (props.kind === 'topics') {
    const anySelected = props.topics.some((t) => t.selected);
    return (
      <div aria-hidden="true" className="chart-canvas" data-testid="topic-chart">
        <ResponsiveContainer
          width="100%"
          height={height(props.topics.length)}
          initialDimension={{ width: 400, height: height(props.topics.length) }}
        >
          <BarChart
            accessibilityLayer={false}
            data={props.topics.map(chartRow)}
            layout="vertical"
            margin={{ left: 8, right: 24, top: 4, bottom: 4 }}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis
              type="category"
              dataKey="label"
              width={150}
              tick={{ fontSize: 12 }}
              interval={0}
            />
            <Tooltip cursor={{ fill: 'rgba(15, 61, 94, 0.08)' }} />
            <Bar
              dataKey="count"
              name="Meetings"
              isAnimationActive={false}
              cursor="pointer"
              onClick={(entry) => {
                const id = (entry as { payload?: { rowId?: string } }).payload?.rowId;
                if (id) props.onToggleTopic(id);
              }}
            >
              {props.topics.map((t) => (
                <Cell
                  key={t.id}
                  data-topic={t.id}
                  fill={t.selected || !anySelected ? SELECTED : UNSELECTED}
                />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    );
  }
  if (props.kind === 'activity') {
    return (
      <div aria-hidden="true" className="chart-canvas">
        <ResponsiveContainer
          width="100%"
          height={240}
          initialDimension={{ width: 400, height: 240 }}
        >
          <BarChart
            accessibilityLayer={false}
            data={props.activity}
            margin={{ left: 0, right: 8, top: 4, bottom: 4 }}
          >
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={8} />
            <YAxis allowDecimals={false} width={32} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {ACTIVITY_KEYS.map((key) => (
              <Bar
                key={key}
                dataKey={key}
                name={KEY_LABELS[key]}
                stackId="kind"
                fill={KEY_COLORS[key]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    );
  }
  return (
    <div aria-hidden="true" className="chart-canvas">
      <ResponsiveContainer
        width="100%"
        height={height(props.outcomes.length)}
        initialDimension={{ width: 400, height: height(props.outcomes.length) }}
      >
        <BarChart
          accessibilityLayer={false}
          data={props.outcomes.map(chartRow)}
          layout="vertical"
          margin={{ left: 8, right: 24, top: 4, bottom: 4 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar
            dataKey="signed"
            name="Signed"
            stackId="o"
            fill="#1b6e3a"
            isAnimationActive={false}
          />
          <Bar
            dataKey="planned"
            name="Planned"
            stackId="o"
            fill="#b07a12"
            isAnimationActive={false}
          />
          <Bar
            dataKey="commitment"
            name="Commitment"
            stackId="o"
            fill="#7fa3c0"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
