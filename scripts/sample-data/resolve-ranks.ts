import { MAX_RANK, SOCIAL_APPS, type AppId } from './apps';

/**
 * Integer ranks, unique within the chart: pinned (published) ranks are kept as they are, and the
 * other apps, best target first, take the nearest free rank at or below their target, so they
 * never jump above where their curve puts them. Apps pushed past MAX_RANK are not ranked.
 */
export function resolveRanks(
  targets: ReadonlyMap<AppId, number>,
  pinned: ReadonlyMap<AppId, number>,
): Map<AppId, number> {
  const ranks = new Map(pinned);
  const taken = new Set(pinned.values());
  const contenders = [...targets]
    .filter(([app]) => !pinned.has(app))
    .sort(([appA, a], [appB, b]) => a - b || (appA < appB ? -1 : 1));
  for (const [app, target] of contenders) {
    let rank = Math.max(1, Math.round(target));
    while (taken.has(rank)) rank += 1;
    if (rank > MAX_RANK) continue;
    taken.add(rank);
    ranks.set(app, rank);
  }
  return ranks;
}

/** Share of the overall chart taken by social apps that the sample does not track. */
const UNTRACKED_SOCIAL_SHARE = 0.06;

/**
 * Category ranks follow the overall order: an app's category rank counts the tracked social apps
 * at or above it plus an estimate of untracked ones above it. Strictly increasing, hence unique.
 */
export function socialCategoryRanks(overall: ReadonlyMap<AppId, number>): Map<AppId, number> {
  const social = [...overall].filter(([app]) => SOCIAL_APPS.has(app)).sort(([, a], [, b]) => a - b);
  return new Map(
    social.map(([app, rank], index) => [
      app,
      index + 1 + Math.floor((rank - 1) * UNTRACKED_SOCIAL_SHARE),
    ]),
  );
}
