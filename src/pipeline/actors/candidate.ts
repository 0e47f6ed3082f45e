import type {ActorKind} from "../types.ts";

/** A mention before in-article resolution (stage 04 internals). */
export interface Candidate {
  sentenceIndex: number;
  start: number;
  end: number;
  /** Token keys of the name part ("samir", "abu", "hamdan"). */
  keys: string[];
  name: string;
  kind: ActorKind;
  /** False when the kind is a default guess a later resolution may overwrite. */
  kindSure: boolean;
  gazetteerName: string | null;
  via: string;
  title: string | null;
  /** Needs corroboration elsewhere in the article: a Title Case headline run or a sentence-initial lone word. */
  weak: "headline" | "initial" | null;
  /** Headline tokens of one capitalised run share a group (their first token's offset). */
  group?: number;
}
