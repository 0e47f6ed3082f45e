/**
 * What a date expression says, before it is resolved against the article. Stage 03 builds one
 * Spec per chrono result (`interpret.ts`) and resolves it (`resolve.ts`).
 */
export type Unit = "day" | "week" | "month" | "year";

export type Spec =
  /** Calendar fields as written: "October 7, 2023", "Oct. 7", "March", "on Monday", "in 2023". */
  | {
      kind: "calendar";
      year?: number;
      month?: number;
      day?: number;
      weekday?: number;
      /** "7 October of last year" → -1; "this year" → 0. */
      yearShift?: number;
      /** "last October": the month in the previous calendar year. "this March": the current year. */
      monthYear?: "last" | "this";
      /** "last Friday": strictly before publication; "next Friday": strictly after. */
      weekdayDir?: "last" | "next";
      /** "early", "mid", "late", "the end of"… kept for the record (precision stays month/year). */
      modifier?: string;
    }
  /** Counted from publication: yesterday = day -1, last week = week -1, earlier this year = year 0. */
  | {kind: "fromPublication"; unit: Unit; n: number; vague?: boolean}
  /**
   * Counted from another date: "the next day" = day +1 from the previous date in the article. `vague` true: at
   * month precision ("the following week"); false on a day 0: a first day or night ("on the first night"), which
   * counts from the date before it even when that date was background. `month` with unit "year": a month of the
   * year counted ("in March of that year" after "January 2012" is March 2012; find.ts joinMonthOfYear).
   */
  | {kind: "fromAnchor"; unit: Unit; n: number; vague?: boolean; anchor?: Spec; month?: number}
  /** A weekend: "last weekend", "this past weekend" (dir "last"), "over the weekend" (none), "next weekend". */
  | {kind: "weekend"; dir?: "last" | "next"}
  /**
   * A season without its year: "last summer" (dir "last"), "this winter", "next spring", "in the
   * autumn" (none). Resolved at year precision (`resolve.ts`).
   */
  | {kind: "season"; start: number; end: number; dir?: "last" | "this" | "next"}
  /** A day of the month alone, "on the 15th": the month comes from the date before it, else from publication. */
  | {kind: "dayOfMonth"; day: number};
