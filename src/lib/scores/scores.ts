/**
 * Freedom on the Net scores run 0 = most free until the 2018 edition and 0 = least free
 * from 2019. To compare years honestly, every score also gets a freedom value on one
 * direction: higher = freer, out of the same maximum.
 */
export type ScaleDirection = 'lower-is-freer' | 'higher-is-freer';

export function freedomValue(score: number, max: number, direction: ScaleDirection): number {
  if (score < 0 || score > max) throw new RangeError(`score ${score} is outside 0–${max}`);
  return direction === 'higher-is-freer' ? score : max - score;
}

export function scaleDescription(direction: ScaleDirection): string {
  return direction === 'higher-is-freer' ? '0 = least free, higher = freer' : '0 = most free, higher = less free';
}

export interface IndicatorScore {
  code: string;
  score: number;
}

/**
 * The one score the sources lost (2020's C3) is derived from its category total: the
 * total minus every other indicator of that category. Returns undefined unless the
 * arithmetic is certain, i.e. exactly one indicator is unknown and the result fits 0–max.
 */
export function deriveMissingIndicator(categoryTotal: number, known: readonly IndicatorScore[], missingMax: number): number | undefined {
  const value = categoryTotal - known.reduce((sum, i) => sum + i.score, 0);
  return value >= 0 && value <= missingMax ? value : undefined;
}
