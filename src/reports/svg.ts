/**
 * The report's charts as plain SVG strings, written by small pure functions: no DOM, no charting
 * library, the same bytes for the same input. Every text is escaped here.
 *
 * @module
 */
import { escapeHtml } from '../core/html.js';
import { PLAN_SCHEDULE } from '../plan/schedule.js';

/** A coordinate with at most one decimal, so that the output is short and stable. */
const px = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * Splits a label into at most `maxLines` lines of at most `maxChars` characters, at spaces (a
 * longer word is cut); an ellipsis ends a label that does not fit.
 *
 * @internal
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    let rest = word;
    while (rest.length > maxChars) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      lines.push(rest.slice(0, maxChars));
      rest = rest.slice(maxChars);
    }
    if (line === '') line = rest;
    else if (line.length + 1 + rest.length <= maxChars) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] as string;
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}

/** A `<text>` of one or more lines, vertically centred on `y`. */
function textLines(lines: readonly string[], x: number, y: number, attrs: string, lineHeight: number): string {
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  const spans = lines.map((l, i) => `<tspan x="${px(x)}" y="${px(top + i * lineHeight)}">${escapeHtml(l)}</tspan>`).join('');
  return `<text ${attrs} dominant-baseline="middle">${spans}</text>`;
}

/** A step for about `ticks` gridlines up to `max`: 1, 2 or 5 times a power of ten (never below 1). */
export function niceStep(max: number, ticks = 5): number {
  if (max <= ticks) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** One part of a bar: its value, colour and name (the legend's). */
export type Segment = { readonly value: number; readonly color: string; readonly name: string };

/** One bar: its label, its parts, and the text written after it. */
export type Bar = { readonly label: string; readonly segments: readonly Segment[]; readonly valueText: string };

/** What a chart needs besides its data. */
export type ChartFrame = {
  /** The chart's accessible title (also its `<title>`). */
  readonly title: string;
  /** A stable id for the title element. */
  readonly id: string;
  /** Writes a number in the page's language. */
  readonly format: (n: number) => string;
};

const FONT = 'font-family="Liberation Sans, Arial, Helvetica, sans-serif"';
const WIDTH = 700;

/** A legend row: a square of each colour and its name, wrapped to the width. */
function legend(items: readonly { color: string; name: string }[], y: number): { svg: string; height: number } {
  let x = 0;
  let row = 0;
  const parts: string[] = [];
  for (const item of items) {
    const w = 18 + item.name.length * 6.2 + 16;
    if (x > 0 && x + w > WIDTH) {
      x = 0;
      row++;
    }
    const top = y + row * 18;
    parts.push(
      `<rect x="${px(x)}" y="${px(top)}" width="11" height="11" fill="${item.color}"/>`,
      `<text x="${px(x + 16)}" y="${px(top + 6)}" font-size="11" dominant-baseline="middle">${escapeHtml(item.name)}</text>`,
    );
    x += w;
  }
  return { svg: parts.join(''), height: (row + 1) * 18 };
}

/**
 * A horizontal stacked bar chart: a label on the left (wrapped to three lines), the bar, the
 * value after it, integer gridlines, and the legend of the parts above.
 *
 * @internal
 */
export function stackedBarChart(bars: readonly Bar[], legendItems: readonly { color: string; name: string }[], frame: ChartFrame): string {
  const labelWidth = 250;
  const valueWidth = 90;
  const barArea = WIDTH - labelWidth - valueWidth;
  const lineHeight = 13;
  const head = legend(legendItems, 0);
  const axisTop = head.height + 8;
  const max = Math.max(0, ...bars.map((b) => b.segments.reduce((s, x) => s + x.value, 0)));
  const step = niceStep(max);
  // At least 5 on the axis: a single nomination should not fill the whole width.
  const top = Math.max(5, Math.ceil(max / step) * step);
  const scale = barArea / top;
  const parts: string[] = [];
  let y = axisTop + 16;
  const rows: string[] = [];
  for (const bar of bars) {
    const lines = wrapText(bar.label, Math.floor(labelWidth / 6.4), 3);
    const rowHeight = Math.max(22, lines.length * lineHeight + 8);
    const mid = y + rowHeight / 2;
    rows.push(textLines(lines, labelWidth - 8, mid, 'font-size="11" text-anchor="end"', lineHeight));
    let x = labelWidth;
    // A bar of one colour needs no number inside: its total follows it.
    const parts = bar.segments.filter((s) => s.value > 0).length;
    for (const s of bar.segments) {
      if (s.value <= 0) continue;
      const w = s.value * scale;
      rows.push(
        `<rect x="${px(x)}" y="${px(mid - 8)}" width="${px(w)}" height="16" fill="${s.color}"><title>${escapeHtml(`${s.name}: ${frame.format(s.value)}`)}</title></rect>`,
      );
      if (parts > 1 && w >= 8 + 6 * frame.format(s.value).length) {
        rows.push(
          `<text x="${px(x + w / 2)}" y="${px(mid)}" font-size="10" fill="#fff" text-anchor="middle" dominant-baseline="middle">${escapeHtml(frame.format(s.value))}</text>`,
        );
      }
      x += w;
    }
    rows.push(
      `<text x="${px(x + 6)}" y="${px(mid)}" font-size="11" font-weight="bold" dominant-baseline="middle">${escapeHtml(bar.valueText)}</text>`,
    );
    y += rowHeight;
  }
  const height = y + 4;
  for (let v = 0; v <= top; v += step) {
    const x = labelWidth + v * scale;
    parts.push(`<line x1="${px(x)}" y1="${px(axisTop + 12)}" x2="${px(x)}" y2="${px(height - 4)}" stroke="#ccc" stroke-width="1"/>`);
    parts.push(
      `<text x="${px(x)}" y="${px(axisTop + 4)}" font-size="10" fill="#555" text-anchor="middle" dominant-baseline="middle">${escapeHtml(frame.format(v))}</text>`,
    );
  }
  return svgOf(frame, height, [head.svg, ...parts, ...rows].join(''));
}

function svgOf(frame: ChartFrame, height: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${px(height)}" width="100%" role="img" aria-labelledby="${escapeHtml(frame.id)}" ${FONT}>` +
    `<title id="${escapeHtml(frame.id)}">${escapeHtml(frame.title)}</title>${body}</svg>`
  );
}

/**
 * One bar across the width, split by share, with a legend of every part (name, value text).
 *
 * @internal
 */
export function shareChart(segments: readonly (Segment & { readonly valueText: string })[], frame: ChartFrame): string {
  const total = segments.reduce((s, x) => s + x.value, 0);
  const parts: string[] = [`<rect x="0" y="0" width="${WIDTH}" height="28" fill="#f4f4f4" stroke="#bbb"/>`];
  let x = 0;
  for (const s of segments) {
    if (s.value <= 0 || total === 0) continue;
    const w = (s.value / total) * WIDTH;
    parts.push(
      `<rect x="${px(x)}" y="0" width="${px(w)}" height="28" fill="${s.color}"><title>${escapeHtml(`${s.name}: ${s.valueText}`)}</title></rect>`,
    );
    if (w >= 34) {
      parts.push(
        `<text x="${px(x + w / 2)}" y="14" font-size="10" fill="#fff" text-anchor="middle" dominant-baseline="middle">${escapeHtml(s.valueText)}</text>`,
      );
    }
    x += w;
  }
  // The legend: two columns, every status with its count and share.
  const half = Math.ceil(segments.length / 2);
  segments.forEach((s, i) => {
    const col = i < half ? 0 : 1;
    const row = i < half ? i : i - half;
    const lx = col * (WIDTH / 2);
    const ly = 42 + row * 18;
    parts.push(
      `<rect x="${px(lx)}" y="${px(ly - 6)}" width="11" height="11" fill="${s.color}"/>`,
      `<text x="${px(lx + 16)}" y="${px(ly)}" font-size="11" dominant-baseline="middle">${escapeHtml(`${s.name}: ${s.valueText}`)}</text>`,
    );
  });
  return svgOf(frame, 42 + half * 18, parts.join(''));
}

/** Days since 1970-01-01 of a civil day (pure arithmetic, no time zone). */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** One lane of the timeline: a window, its colour, and the day its event was recorded. */
export type Lane = {
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly color: string;
  readonly on?: string;
  readonly status: string;
};

/**
 * The milestones on a timeline: one lane per window (label on the left), the window as a bar in
 * the colour of its standing, a dot on the day its event was recorded, year ticks, and a dashed
 * line on the report's day.
 *
 * @internal
 */
export function timelineChart(
  lanes: readonly Lane[],
  asOf: { readonly day: string; readonly label: string } | undefined,
  legendItems: readonly { color: string; name: string }[],
  frame: ChartFrame,
): string {
  const labelWidth = 250;
  const right = WIDTH - 10;
  const days = lanes.flatMap((l) => [l.from, l.to, ...(l.on === undefined ? [] : [l.on])]);
  if (asOf !== undefined) days.push(asOf.day);
  const sorted = [...days].sort();
  // Without a day, the plan's own span: from its first day (2022) to the end of its period.
  const firstYear = Number((sorted[0] ?? PLAN_SCHEDULE.firstDay).slice(0, 4));
  const lastYear = Number((sorted[sorted.length - 1] ?? `${PLAN_SCHEDULE.period.to}-12-31`).slice(0, 4));
  const start = dayNumber(`${firstYear}-01-01`);
  const end = dayNumber(`${lastYear + 1}-01-01`);
  const xOf = (day: string): number => labelWidth + ((dayNumber(day) - start) / (end - start)) * (right - labelWidth);
  const head = legend(legendItems, 0);
  const axisTop = head.height + 10;
  const parts: string[] = [head.svg];
  const lineHeight = 13;
  let y = axisTop + 14;
  const laneParts: string[] = [];
  for (const lane of lanes) {
    const lines = wrapText(lane.label, Math.floor(labelWidth / 6.4), 3);
    const rowHeight = Math.max(24, lines.length * lineHeight + 8);
    const mid = y + rowHeight / 2;
    laneParts.push(`<line x1="${labelWidth}" y1="${px(y + rowHeight)}" x2="${right}" y2="${px(y + rowHeight)}" stroke="#eee"/>`);
    laneParts.push(textLines(lines, labelWidth - 8, mid, 'font-size="11" text-anchor="end"', lineHeight));
    const x1 = xOf(lane.from);
    const x2 = xOf(lane.to) + (right - labelWidth) / (end - start);
    laneParts.push(
      `<rect x="${px(x1)}" y="${px(mid - 7)}" width="${px(Math.max(2, x2 - x1))}" height="14" rx="2" fill="${lane.color}"><title>${escapeHtml(`${lane.label}: ${lane.status}`)}</title></rect>`,
    );
    if (lane.on !== undefined) {
      laneParts.push(
        `<circle cx="${px(xOf(lane.on))}" cy="${px(mid)}" r="5" fill="#111" stroke="#fff" stroke-width="1.5"><title>${escapeHtml(lane.on)}</title></circle>`,
      );
    }
    y += rowHeight;
  }
  const bottom = y;
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const x = xOf(`${year}-01-01`);
    parts.push(`<line x1="${px(x)}" y1="${px(axisTop + 6)}" x2="${px(x)}" y2="${px(bottom)}" stroke="#bbb"/>`);
    if (year <= lastYear) {
      const mid = (x + xOf(`${year + 1}-01-01`)) / 2;
      parts.push(
        `<text x="${px(mid)}" y="${px(axisTop)}" font-size="11" font-weight="bold" text-anchor="middle" dominant-baseline="middle">${year}</text>`,
      );
    }
  }
  parts.push(...laneParts);
  let height = bottom + 6;
  if (asOf !== undefined) {
    const x = xOf(asOf.day);
    parts.push(
      `<line x1="${px(x)}" y1="${px(axisTop + 6)}" x2="${px(x)}" y2="${px(bottom + 4)}" stroke="#c62828" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    );
    const anchor = x > right - 80 ? 'end' : x < labelWidth + 80 ? 'start' : 'middle';
    parts.push(
      `<text x="${px(x)}" y="${px(bottom + 14)}" font-size="10" fill="#c62828" text-anchor="${anchor}" dominant-baseline="middle">${escapeHtml(asOf.label)}</text>`,
    );
    height = bottom + 24;
  }
  return svgOf(frame, height, parts.join(''));
}
