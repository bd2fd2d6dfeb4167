import type { HeatmapCell, RankHeatmapData } from '../../charts/rankHeatmap';
import { dayText, listText, spanText } from './altDates';

/** The rank a country's cells must reach to count as a breakthrough. */
const TOP = 10;

/** When the app first reached the top 10 somewhere, and how widely. */
function topText(entered: readonly { name: string; date: Date }[], countries: number): string {
  if (!entered.length) {
    return `It did not reach the top ${TOP} ${countries === 1 ? 'there' : 'in any of them'}.`;
  }
  const times = entered.map((e) => e.date.getTime());
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const on = `on ${dayText(new Date(first))}`;
  if (countries === 1) return `It reached the top ${TOP} ${on}.`;
  if (entered.length === 1) return `It reached the top ${TOP} only in ${entered[0]!.name}, ${on}.`;
  const firsts = entered.filter((e) => e.date.getTime() === first).map((e) => e.name);
  const all = entered.length === countries;
  if (last === first) {
    const share = all ? '' : `, ${entered.length} of the ${countries} countries`;
    return `It reached the top ${TOP} in ${listText(firsts)} ${on}${share}.`;
  }
  const how = all
    ? countries === 2
      ? 'both'
      : `all ${countries}`
    : `${entered.length} of the ${countries}`;
  const by = dayText(new Date(last));
  return `It reached the top ${TOP} first in ${listText(firsts)}, ${on}, and in ${how} countries by ${by}.`;
}

/**
 * Alt text for the rank heatmap, from its data: which country saw the app reach the top 10
 * first and when, in how many countries it did, and its best rank in each country.
 */
export function rankHeatmapAlt(data: RankHeatmapData): string {
  const { label, countries } = data;
  const n = countries.length;
  const opening =
    `Heatmap of the daily rank of ${label} in ${n} ${n === 1 ? 'country' : 'countries'}, ` +
    `${spanText(data.from, data.to)}.`;
  if (!n) return `Heatmap of the daily rank of ${label}: no country is selected.`;
  const cellsOf = new Map<string, HeatmapCell[]>(countries.map((c) => [c.code, []]));
  for (const cell of data.cells) cellsOf.get(cell.country)?.push(cell);
  if (![...cellsOf.values()].some((cells) => cells.length)) {
    return `${opening} ${label} was not ranked ${n === 1 ? 'there' : 'in any of them'}.`;
  }

  const entered = countries.flatMap((c) => {
    const top = cellsOf.get(c.code)!.filter((cell) => cell.rank <= TOP);
    const date = top.reduce<Date | null>((d, cell) => (d && d <= cell.date ? d : cell.date), null);
    return date ? [{ name: c.name, date }] : [];
  });
  const best = countries.map((c) => {
    const ranks = cellsOf.get(c.code)!.map((cell) => cell.rank);
    return `${c.name} ${ranks.length ? `#${Math.min(...ranks)}` : 'not ranked'}`;
  });
  return `${opening} ${topText(entered, n)} Best rank: ${best.join(', ')}.`;
}
