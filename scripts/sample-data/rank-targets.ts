import { APPS, COUNTRIES, FIRST_DAY, STORES, type AppId, type Country, type Store } from './apps';
import { addDays, dayNumber } from './calendar';
import { logInterpolate } from './curve';
import { streamFor, unitAr1Noise } from './random';
import { COUNTRY_ECHO, RANK_CURVES, type Echo } from './rank-curves';

const NOISE_PERSISTENCE = 0.7;

/** Top ranks are sticky; ranks in the hundreds wander (log-rank standard deviation). */
function noiseScale(rank: number): number {
  return 0.03 + 0.02 * Math.log(Math.max(rank, 1));
}

function usCurveRank(app: AppId, store: Store, day: string): number {
  const curve = RANK_CURVES[app];
  if (store === 'ios') return logInterpolate(curve.ios, day);
  return curve.googlePlay === undefined
    ? curve.googlePlayFactor * logInterpolate(curve.ios, day)
    : logInterpolate(curve.googlePlay, day);
}

function echoFor(app: AppId, country: Exclude<Country, 'US'>): Echo {
  const base = COUNTRY_ECHO[country];
  const override = RANK_CURVES[app].echo ?? {};
  return {
    delayDays: override.delayDays ?? base.delayDays,
    strength: override.strength ?? base.strength,
    quietScale: base.quietScale * (override.quietScale ?? 1),
  };
}

/** The noiseless illustrative rank: the US curve, or a damped, delayed echo of it elsewhere. */
export function curveRank(app: AppId, store: Store, country: Country, day: string): number {
  if (country === 'US') return usCurveRank(app, store, day);
  const curve = RANK_CURVES[app];
  const echo = echoFor(app, country);
  const usQuiet = curve.quietRank * (store === 'ios' ? 1 : curve.googlePlayFactor);
  const usRank = usCurveRank(app, store, addDays(day, -echo.delayDays));
  const logRank = Math.log(usQuiet * echo.quietScale) + echo.strength * Math.log(usRank / usQuiet);
  return Math.exp(logRank);
}

/** Illustrative (unrounded) ranks with day-to-day noise, one independent noise stream per series. */
export function createRankTargets(
  seed: number,
  dayCount: number,
): (app: AppId, store: Store, country: Country, day: string) => number {
  const noise = new Map<string, number[]>();
  for (const app of APPS) {
    for (const store of STORES) {
      for (const country of COUNTRIES) {
        const key = `${app}|${store}|${country}`;
        noise.set(key, unitAr1Noise(streamFor(seed, `rank|${key}`), dayCount, NOISE_PERSISTENCE));
      }
    }
  }
  const firstDayNo = dayNumber(FIRST_DAY);
  return (app, store, country, day) => {
    const base = curveRank(app, store, country, day);
    const wobble = noise.get(`${app}|${store}|${country}`)?.[dayNumber(day) - firstDayNo] ?? 0;
    return base * Math.exp(noiseScale(base) * wobble);
  };
}
