/** Texts whose dates sit near day, month and year edges, where a time-zone slip would show. */
export const TZ_CASES: Array<[string, string | null, boolean]> = [
  ["The ferry sank yesterday, on Sunday, three days ago and last week.", "2024-01-01", false],
  ["Crews returned on Dec. 31 and the next day; the levee broke last month.", "2024-03-01", false],
  ["The flood peaked on 03.02.2025 and again on 2025-02-28, one day later than forecast.", "2025-03-01", true],
  ["Polls closed on Saturday, December 30, 2023. The following day, counting began.", "2024-01-01", false],
  ["Voting resumes next Monday; the strike began in December and 10 days ago.", "2025-01-01", false]
];
