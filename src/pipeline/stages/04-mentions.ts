import type {Article, Context, Mention, Sentence} from "../types.ts";
import {findArticleMentions} from "../actors/find-mentions.ts";

/**
 * Stage 04: actor mentions (gazetteer names, titles, capitalised chunks, roles), with lone
 * surnames resolved to the full name seen in the same article. Sub-modules: src/pipeline/actors/.
 *
 * @example findMentions(article, sentences, ctx).map((m) => m.name) // ["Vladimir Putin", "Peter Olsen", …]
 */
export function findMentions(article: Article, sentences: Sentence[], ctx: Context): Mention[] {
  return findArticleMentions(article, sentences, ctx);
}
