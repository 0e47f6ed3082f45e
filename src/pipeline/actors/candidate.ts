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
  /**
   * Needs corroboration elsewhere in the article: a Title Case headline run, a sentence-initial
   * lone word, or a lone organisation word after "the" ("the Synod": kept as the one organisation
   * of the article ending in it, "Anglican Synod").
   */
  weak: "headline" | "initial" | "head" | null;
  /** Headline tokens of one capitalised run share a group (their first token's offset). */
  group?: number;
}

/**
 * Builds a Candidate with a constructor instead of an object literal. Why: V8 may start
 * allocating a literal's objects straight in the old generation ("pretenuring") after one
 * collection in which most of them were still alive (a long article holds hundreds of
 * candidates at once); those old candidates then keep every young keys array and string they
 * point to alive through each young-generation collection, and stage 04 ran 2× slower. Objects
 * made by a constructor are never pretenured that way.
 *
 * @example candidate(0, 4, 9, ["olsen"], "Olsen", "person", false, null, "chunk", null, "initial")
 */
export function candidate(
  sentenceIndex: number,
  start: number,
  end: number,
  keys: string[],
  name: string,
  kind: ActorKind,
  kindSure: boolean,
  gazetteerName: string | null,
  via: string,
  title: string | null,
  weak: Candidate["weak"],
  group?: number
): Candidate {
  return new CandidateRow(sentenceIndex, start, end, keys, name, kind, kindSure, gazetteerName, via, title, weak, group);
}

class CandidateRow implements Candidate {
  constructor(
    public sentenceIndex: number,
    public start: number,
    public end: number,
    public keys: string[],
    public name: string,
    public kind: ActorKind,
    public kindSure: boolean,
    public gazetteerName: string | null,
    public via: string,
    public title: string | null,
    public weak: Candidate["weak"],
    public group?: number
  ) {}
}
