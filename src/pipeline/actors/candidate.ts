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

/**
 * The fields are `declare`d and set by the constructor, not written as constructor parameter
 * properties: under target ES2022 those also emit class fields, which define every field as
 * undefined before the constructor sets it. That is one more function (V8's instance members
 * initializer) inlined into every place a row is built, twelve more stores per row, and fields
 * that start undefined, so V8 never keeps a number field as a small integer. Same fields, same order.
 */
class CandidateRow implements Candidate {
  declare sentenceIndex: number;
  declare start: number;
  declare end: number;
  declare keys: string[];
  declare name: string;
  declare kind: ActorKind;
  declare kindSure: boolean;
  declare gazetteerName: string | null;
  declare via: string;
  declare title: string | null;
  declare weak: Candidate["weak"];
  declare group?: number;
  constructor(sentenceIndex: number, start: number, end: number, keys: string[], name: string, kind: ActorKind, kindSure: boolean, gazetteerName: string | null, via: string, title: string | null, weak: Candidate["weak"], group?: number) {
    this.sentenceIndex = sentenceIndex;
    this.start = start;
    this.end = end;
    this.keys = keys;
    this.name = name;
    this.kind = kind;
    this.kindSure = kindSure;
    this.gazetteerName = gazetteerName;
    this.via = via;
    this.title = title;
    this.weak = weak;
    this.group = group;
  }
}
