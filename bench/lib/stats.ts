/** Small statistics for benchmark samples. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
  samples: number[];
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

export function summarise(values: number[]): Summary {
  const rounded = values.map((v) => Math.round(v * 10) / 10);
  return {
    median: Math.round(median(values) * 10) / 10,
    min: Math.min(...rounded),
    max: Math.max(...rounded),
    n: values.length,
    samples: rounded,
  };
}

/** a ÷ b to two decimals; NaN when either is missing. */
export const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
