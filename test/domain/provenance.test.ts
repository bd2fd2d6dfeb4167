import { describe, expect, it } from 'vitest';
import { rankOnlySource, sourceOfMeasure } from '../../src/domain/provenance';

describe('provenance of a drawn value', () => {
  it('credits the publisher of a published rank', () => {
    expect(sourceOfMeasure(rankOnlySource('Engadget'), 'rank')).toBe('Engadget');
  });

  it('calls the downloads of a published rank row illustrative', () => {
    expect(sourceOfMeasure(rankOnlySource('Engadget'), 'downloads')).toBe('illustrative');
  });

  it('keeps any other source as it is, whatever is drawn', () => {
    for (const source of ['illustrative', 'Sensor Tower', 'Fox (2025)']) {
      expect(sourceOfMeasure(source, 'rank')).toBe(source);
      expect(sourceOfMeasure(source, 'downloads')).toBe(source);
    }
  });
});
