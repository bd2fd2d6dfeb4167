import type { AppId, Country } from './apps';
import type { Keyframes } from './curve';

/** How strongly, how late and how far down another country follows the US curve. */
export interface Echo {
  /** Days by which the country lags the US. */
  delayDays: number;
  /** 0: the country ignores US swings; 1: it copies them (in log rank). */
  strength: number;
  /** The country's quiet rank as a multiple of the US one (smaller markets list fewer of these apps). */
  quietScale: number;
}

export interface RankCurve {
  /** Typical US iOS rank away from the surge: the level the other countries echo around. */
  quietRank: number;
  /** US iOS top free overall, before noise and before published ranks are pinned. */
  ios: Keyframes;
  /** US Google Play, where its shape differs from iOS (otherwise iOS times `googlePlayFactor`). */
  googlePlay?: Keyframes;
  googlePlayFactor: number;
  /** Replaces the country's strength or delay; multiplies its quietScale. */
  echo?: Partial<Echo>;
}

export const COUNTRY_ECHO: Readonly<Record<Exclude<Country, 'US'>, Echo>> = {
  CA: { delayDays: 1, strength: 0.85, quietScale: 1.1 },
  GB: { delayDays: 2, strength: 0.6, quietScale: 1.4 },
  AU: { delayDays: 2, strength: 0.65, quietScale: 1.3 },
  DE: { delayDays: 3, strength: 0.4, quietScale: 2.2 },
};

/** Illustrative US curves; the keyframes agree with every rank in milestones.ts on its day. */
export const RANK_CURVES: Readonly<Record<AppId, RankCurve>> = {
  tiktok: {
    quietRank: 3,
    googlePlayFactor: 1.2,
    // Sliding while users try the alternatives, then #1 again the day after it returns.
    ios: [
      ['2024-12-01', 3],
      ['2024-12-20', 2],
      ['2025-01-11', 2],
      ['2025-01-13', 3],
      ['2025-01-14', 4],
      ['2025-01-15', 5],
      ['2025-01-16', 7],
      ['2025-01-17', 8],
      ['2025-01-18', 6],
      ['2025-02-14', 1],
      ['2025-02-17', 2],
      ['2025-02-24', 3],
      ['2025-03-31', 4],
    ],
    // The ban was a US affair: elsewhere TikTok holds its place.
    echo: { strength: 0 },
  },
  xiaohongshu: {
    quietRank: 380,
    googlePlayFactor: 1.5,
    ios: [
      ['2024-12-01', 420],
      ['2024-12-31', 360],
      ['2025-01-07', 300],
      ['2025-01-09', 200],
      ['2025-01-10', 120],
      ['2025-01-11', 45],
      ['2025-01-12', 8],
      ['2025-01-13', 1],
      ['2025-01-23', 1],
      ['2025-01-25', 2],
      ['2025-01-26', 3],
      ['2025-01-28', 6],
      ['2025-02-01', 14],
      ['2025-02-10', 35],
      ['2025-02-20', 70],
      ['2025-03-01', 110],
      ['2025-03-31', 190],
    ],
    // Google Play lagged by about two days (#34 on the 13th, #2 on the 15th).
    googlePlay: [
      ['2024-12-01', 600],
      ['2025-01-07', 480],
      ['2025-01-10', 320],
      ['2025-01-12', 130],
      ['2025-01-13', 34],
      ['2025-01-14', 6],
      ['2025-01-15', 2],
      ['2025-01-16', 1],
      ['2025-01-22', 1],
      ['2025-01-24', 2],
      ['2025-01-27', 5],
      ['2025-02-01', 20],
      ['2025-02-15', 60],
      ['2025-03-01', 130],
      ['2025-03-31', 260],
    ],
  },
  lemon8: {
    quietRank: 12,
    googlePlayFactor: 1.2,
    ios: [
      ['2024-12-01', 14],
      ['2024-12-10', 9],
      ['2024-12-20', 5],
      ['2024-12-28', 3],
      ['2025-01-03', 2],
      ['2025-01-06', 2],
      ['2025-01-07', 1],
      ['2025-01-08', 1],
      ['2025-01-10', 2],
      ['2025-01-14', 2],
      ['2025-01-16', 3],
      ['2025-01-18', 4],
      ['2025-02-14', 30],
      ['2025-02-24', 45],
      ['2025-03-31', 70],
    ],
    googlePlay: [
      ['2024-12-01', 16],
      ['2024-12-20', 6],
      ['2025-01-05', 3],
      ['2025-01-08', 2],
      ['2025-01-12', 2],
      ['2025-01-13', 1],
      ['2025-01-15', 1],
      ['2025-01-16', 2],
      ['2025-01-18', 3],
      ['2025-02-14', 35],
      ['2025-03-31', 85],
    ],
    echo: { quietScale: 2.5 },
  },
  capcut: {
    quietRank: 8,
    googlePlayFactor: 1.3,
    ios: [
      ['2024-12-01', 8],
      ['2025-01-18', 9],
      ['2025-02-14', 5],
      ['2025-02-20', 7],
      ['2025-03-31', 9],
    ],
    echo: { strength: 0.3 },
  },
  instagram: {
    quietRank: 12,
    googlePlayFactor: 1.2,
    ios: [
      ['2024-12-01', 12],
      ['2025-01-12', 12],
      ['2025-01-16', 10],
      ['2025-01-20', 8],
      ['2025-01-27', 11],
      ['2025-03-31', 12],
    ],
    echo: { strength: 0.3 },
  },
  clapper: {
    quietRank: 350,
    googlePlayFactor: 1.4,
    ios: [
      ['2024-12-01', 380],
      ['2025-01-10', 320],
      ['2025-01-12', 140],
      ['2025-01-13', 25],
      ['2025-01-14', 3],
      ['2025-01-16', 5],
      ['2025-01-18', 4],
      ['2025-01-19', 3],
      ['2025-01-20', 4],
      ['2025-01-22', 8],
      ['2025-01-25', 25],
      ['2025-02-01', 80],
      ['2025-02-14', 200],
      ['2025-03-31', 380],
    ],
    echo: { quietScale: 2 },
  },
  flip: {
    quietRank: 500,
    googlePlayFactor: 1.4,
    ios: [
      ['2024-12-01', 520],
      ['2025-01-12', 420],
      ['2025-01-15', 130],
      ['2025-01-18', 35],
      ['2025-01-20', 10],
      ['2025-01-22', 14],
      ['2025-01-25', 32],
      ['2025-02-05', 130],
      ['2025-03-31', 480],
    ],
    echo: { quietScale: 1.5 },
  },
  likee: {
    quietRank: 650,
    // Likee's audience is mostly on Android.
    googlePlayFactor: 0.6,
    ios: [
      ['2024-12-01', 700],
      ['2025-01-15', 600],
      ['2025-01-17', 420],
      ['2025-01-18', 160],
      ['2025-01-19', 6],
      ['2025-01-20', 2],
      ['2025-01-21', 3],
      ['2025-01-23', 8],
      ['2025-01-26', 25],
      ['2025-02-05', 90],
      ['2025-02-20', 250],
      ['2025-03-31', 600],
    ],
  },
  favorited: {
    quietRank: 900,
    googlePlayFactor: 1.3,
    ios: [
      ['2024-12-01', 950],
      ['2025-01-14', 750],
      ['2025-01-17', 220],
      ['2025-01-19', 35],
      ['2025-01-20', 15],
      ['2025-01-22', 20],
      ['2025-01-26', 60],
      ['2025-02-10', 260],
      ['2025-03-31', 850],
    ],
    echo: { quietScale: 1.5 },
  },
  deepseek: {
    quietRank: 50,
    googlePlayFactor: 1.3,
    ios: [
      ['2025-01-10', 800],
      ['2025-01-15', 450],
      ['2025-01-20', 130],
      ['2025-01-23', 45],
      ['2025-01-24', 14],
      ['2025-01-25', 3],
      ['2025-01-26', 1],
      ['2025-01-28', 1],
      ['2025-01-30', 2],
      ['2025-02-03', 5],
      ['2025-02-10', 14],
      ['2025-02-20', 28],
      ['2025-03-10', 45],
      ['2025-03-31', 55],
    ],
    googlePlay: [
      ['2025-01-10', 1000],
      ['2025-01-20', 350],
      ['2025-01-24', 60],
      ['2025-01-25', 20],
      ['2025-01-26', 6],
      ['2025-01-27', 2],
      ['2025-01-28', 1],
      ['2025-01-31', 2],
      ['2025-02-10', 14],
      ['2025-03-31', 70],
    ],
    // DeepSeek's rise was worldwide and almost simultaneous.
    echo: { strength: 1, delayDays: 1, quietScale: 0.55 },
  },
};
