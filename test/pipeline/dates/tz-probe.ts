/**
 * Run in a child process with a TZ set (see dates-context.test.ts): prints the date rows of a
 * few texts as JSON, so the test can compare them with the parent process's rows.
 */
import {datesOf} from "./helpers.ts";
import {TZ_CASES} from "./tz-cases.ts";

process.stdout.write(JSON.stringify(TZ_CASES.map(([text, published, dayFirst]) => datesOf(text, published, dayFirst))));
