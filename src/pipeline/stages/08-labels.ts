import type {Article, Context, LabelMention, Mention, Sentence} from "../types.ts";
import {findArticleLabels} from "../labels/find-labels.ts";

/**
 * Stage 08: descriptors an outlet attaches to an actor — titles ("Kremlin spokesman"),
 * pre-nominal ("the Palestinian militant group Hamas"), appositives ("Hamas, the Palestinian
 * militant group,") and copular/designation statements ("… are recognised as terrorist
 * organisations"). Sub-modules: src/pipeline/labels/.
 *
 * @example findLabels(article, sentences, mentions, ctx).map((l) => l.label) // ["Palestinian militant group"]
 */
export function findLabels(article: Article, sentences: Sentence[], mentions: Mention[], ctx: Context): LabelMention[] {
  void ctx;
  return findArticleLabels(article, sentences, mentions);
}
