/**
 * Scoring the pipeline against hand-annotated gold. Pure: tables and gold in, numbers out.
 * The node side (src/cli/eval.ts) reads the files and runs the pipeline.
 */
export type * from "./types.ts";
export {scoreCorpus, combineScores, findArticle} from "./score.ts";
export {scoreStages, type StageScore} from "./stages.ts";
export {scoreArticleFigures} from "./figures.ts";
export {scoreArticleDates} from "./dates.ts";
export {scoreArticleInteractions} from "./interactions.ts";
export {scoreMerges, aliasIndex} from "./actors.ts";
export {prf} from "./prf.ts";
