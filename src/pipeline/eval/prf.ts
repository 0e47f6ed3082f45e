import type {Prf} from "./types.ts";

/**
 * Precision, recall and F1 from counts; 1 when there is nothing to find and nothing was predicted
 * (an article with no gold figures and no predictions is perfect, not undefined).
 *
 * @example prf(8, 2, 0) // {tp: 8, fp: 2, fn: 0, precision: 0.8, recall: 1, f1: 0.888…}
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {tp, fp, fn, precision, recall, f1};
}

/**
 * Share of `right` in `total`, 1 when total is 0.
 *
 * @example ratio(19, 20) // 0.95
 */
export function ratio(right: number, total: number): number {
  return total === 0 ? 1 : right / total;
}
