/**
 * Assigns each marker (sorted by x) to the first lane where it does not overlap the previous
 * marker of that lane, so markers of events a day apart stack instead of covering each other.
 */
export function eventLanes(xs: readonly number[], minGap: number): number[] {
  const laneEnds: number[] = [];
  return xs.map((x) => {
    let lane = laneEnds.findIndex((end) => x - end >= minGap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x;
    return lane;
  });
}
