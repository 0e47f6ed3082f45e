import type {Actor, ArticleExtraction, Context, MergeSuggestion} from "../types.ts";
import {mergeActorForms} from "../actors/merge.ts";

/**
 * Stage 09 (corpus): merge mentions into actors across the corpus (name variants,
 * transliterations), giving every mention an actor id. Uncertain pairs become suggestions.
 * Sub-modules: src/pipeline/actors/ (merge.ts, translit.ts, person-name.ts).
 *
 * @example mergeActors(extractions, ctx).mentionActors[0][2] // actor id of article 0's mention 2
 */
export function mergeActors(
  extractions: ArticleExtraction[],
  ctx: Context
): {actors: Actor[]; mentionActors: string[][]; suggestions: MergeSuggestion[]} {
  return mergeActorForms(extractions, ctx);
}
