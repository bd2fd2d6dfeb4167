import { canonicalHeader } from '../../src/ingest/canonicalColumns';
import { formatCsv } from './csv';

export interface MarketEvent {
  date: string;
  label: string;
  kind: 'policy' | 'legal' | 'market' | 'platform' | 'business';
  source: string;
}

/**
 * The real event list, copied from the shared reference events.csv (same rows, same order) so the
 * project builds without it. test/sample-data.test.ts checks the copy when the reference exists.
 */
export const EVENTS: readonly MarketEvent[] = [
  {
    date: '2024-04-24',
    label: 'Protecting Americans from Foreign Adversary Controlled Applications Act signed',
    kind: 'policy',
    source: 'Epoch Times / Santa Clarita Valley Signal (2025-01-14)',
  },
  {
    date: '2024-12-06',
    label: 'D.C. Circuit upholds the divest-or-ban law',
    kind: 'legal',
    source: 'China Minutes (2025-01-14)',
  },
  {
    date: '2025-01-10',
    label: 'Supreme Court hears TikTok v. Garland',
    kind: 'legal',
    source: 'TikTok v. Garland, argued January 10, 2025',
  },
  {
    date: '2025-01-13',
    label: 'RedNote becomes the top free app on the US App Store',
    kind: 'market',
    source: 'NBC News via Hindustan Times (2025-01-15)',
  },
  {
    date: '2025-01-14',
    label: 'More than 700,000 new RedNote users in two days',
    kind: 'market',
    source: 'Reuters (2025-01-14)',
  },
  {
    date: '2025-01-17',
    label: 'Supreme Court unanimously upholds the law',
    kind: 'legal',
    source: 'TikTok v. Garland, No. 24-656 (per curiam, 2025-01-17)',
  },
  {
    date: '2025-01-18',
    label: 'TikTok goes dark in the US and leaves the Apple and Google stores',
    kind: 'platform',
    source: 'The Independent (2025-01-19); Broadband Breakfast',
  },
  {
    date: '2025-01-19',
    label: 'TikTok restores US service after about 13 hours offline',
    kind: 'platform',
    source: 'ReadWrite (2025-01-19)',
  },
  {
    date: '2025-01-20',
    label: 'Executive Order 14166 delays enforcement by 75 days',
    kind: 'policy',
    source: 'Federal Register, EO 14166 (90 FR 8611)',
  },
  {
    date: '2025-01-26',
    label: 'DeepSeek takes the top spot on the US App Store',
    kind: 'market',
    source: 'TechCrunch (2025-01-27)',
  },
  {
    date: '2025-02-13',
    label: 'TikTok returns to the Apple and Google stores in the US',
    kind: 'platform',
    source: 'AFP (2025-02-13); Reuters (2025-02-14)',
  },
  {
    date: '2025-04-04',
    label: 'Executive Order 14258 extends the delay to June 19',
    kind: 'policy',
    source: 'Federal Register, EO 14258',
  },
  {
    date: '2025-06-19',
    label: 'Enforcement delay extended by 90 days to September 17',
    kind: 'policy',
    source: 'Al Jazeera (2025-06-19)',
  },
  {
    date: '2025-09-16',
    label: 'Executive Order 14350 extends the delay to December 16',
    kind: 'policy',
    source: 'Federal Register, FR Doc 2025-18482',
  },
  {
    date: '2025-09-25',
    label: 'Executive Order 14352 approves the US joint-venture framework',
    kind: 'policy',
    source: 'Federal Register, EO 14352 (FR Doc 2025-19139)',
  },
  {
    date: '2025-12-18',
    label: 'Binding agreements for the TikTok US joint venture signed',
    kind: 'business',
    source: 'Variety (2025-12)',
  },
  {
    date: '2026-01-22',
    label: 'TikTok US joint venture formally established',
    kind: 'business',
    source: 'AsianFin (2026-01-22)',
  },
];

export function generateEventsCsv(): string {
  return formatCsv(
    canonicalHeader('events'),
    EVENTS.map((e) => [e.date, e.label, e.kind, e.source]),
  );
}
