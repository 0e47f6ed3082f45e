import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {findMentions} from "../../src/pipeline/stages/04-mentions.ts";
import {findLabels} from "../../src/pipeline/stages/08-labels.ts";
import {contextFrom, emptyContext, makeArticle, makeSentences} from "../fixtures/actors/make-article.ts";

const gaz = contextFrom(readFileSync(new URL("../fixtures/actors/gazetteer.csv", import.meta.url), "utf8"));

function labels(text: string, ctx = gaz) {
  const article = makeArticle(text, {published: "2023-02-08"});
  const sentences = makeSentences(text);
  const mentions = findMentions(article, sentences, ctx);
  const out = findLabels(article, sentences, mentions, ctx);
  for (const l of out) expect(l.label).toBe(text.slice(l.start, l.end).replace(/\s+/g, " "));
  return out.map((l) => ({actor: mentions[l.mention].name, label: l.label, rule: l.rule}));
}

describe("stage 08 labels", () => {
  it.each<{label: string; text: string; want: {actor: string; label: string; rule?: string}[]}>([
    {label: "appositive with determiner", text: "The quake struck Hatay, and AFAD, the Turkish disaster agency, said 300 people died.", want: [{actor: "AFAD", label: "Turkish disaster agency", rule: "appositive"}]},
    {label: "pre-nominal descriptor", text: "Rescue teams were sent by the Turkish disaster agency AFAD on Monday.", want: [{actor: "AFAD", label: "Turkish disaster agency", rule: "prenominal"}]},
    {label: "pre-nominal person descriptor", text: "Crowds cheered Chilean mine worker Mario Sepúlveda at the exit.", want: [{actor: "Mario Sepúlveda", label: "Chilean mine worker", rule: "prenominal"}]},
    {label: "copular a/an", text: "The Red Cross is a humanitarian organisation based in Geneva.", want: [{actor: "Red Cross", label: "humanitarian organisation", rule: "copular"}]},
    {label: "relative designation", text: "Al-Shabaab, which is designated a terrorist organization by the United States, claimed the attack.", want: [{actor: "Al-Shabaab", label: "terrorist organization", rule: "relative-designation"}]},
    {label: "coordinated subjects share a designation", text: "Al-Shabaab and Boko Haram are both recognised as terrorist groups in several countries.", want: [{actor: "Al-Shabaab", label: "terrorist groups", rule: "designation"}, {actor: "Boko Haram", label: "terrorist groups", rule: "designation"}]},
    {label: "designation with agent and quotes", text: "Hezbollah is listed by the US government as a “foreign terrorist organization”.", want: [{actor: "Hezbollah", label: "foreign terrorist organization", rule: "designation"}]},
    {label: "appositive without determiner (title)", text: "Carlos Ominami, president of the Chilean Mining Society, toured the site.", want: [{actor: "Carlos Ominami", label: "president of the Chilean Mining Society", rule: "appositive"}]},
    {label: "appositive trimmed at participle", text: "Boko Haram, a jihadist group allied with other militias, claimed it.", want: [{actor: "Boko Haram", label: "jihadist group", rule: "appositive"}]},
    {label: "appositive with former", text: "Jens Stoltenberg, a former Norwegian prime minister, spoke.", want: [{actor: "Jens Stoltenberg", label: "former Norwegian prime minister", rule: "appositive"}]},
    {label: "title from stage 04", text: "Ukrainian President Volodymyr Zelensky visited Odesa.", want: [{actor: "Volodymyr Zelensky", label: "Ukrainian President", rule: "title"}]},
    {label: "lowercase title", text: "The figure was confirmed by ministry spokesman Yuriy Ihnat.", want: [{actor: "Yuriy Ihnat", label: "ministry spokesman", rule: "title"}]},
    {label: "dual nationality descriptor", text: "Officials named dual Turkish-German citizen Ayşe Yılmaz among the rescued.", want: [{actor: "Ayşe Yılmaz", label: "dual Turkish-German citizen", rule: "prenominal"}]}
  ])("$label", ({text, want}) => {
    const got = labels(text);
    for (const w of want) expect(got, JSON.stringify(got)).toContainEqual(expect.objectContaining(w));
  });

  it.each([
    ["copula with 'the' is not a label", "Hezbollah is the reason talks failed."],
    ["relative clause with a verb is not a label", "Recep Tayyip Erdoğan, who visited Hatay, said aid was coming."],
    ["a list of names is not an appositive", "Gabriel Boric, Sebastián Piñera and Michelle Bachelet met."],
    ["a verb before a nationality is not part of a descriptor", "Officials will release Turkish citizen Ayşe Yılmaz today."],
    // A head word's -s form after who/which or an adverb is the clause's verb: "chairs", "heads".
    ["a head's -s form after 'who' is a verb", "Ngozi Okonjo-Iweala, who chairs Gavi, opened the meeting."],
    ["a head's -s form after 'which also' is a verb", "The bank, which also heads Oxfam, said nothing."]
  ])("%s", (label, text) => {
    const got = labels(text);
    if (label.startsWith("a verb")) expect(got.map((g) => g.label)).toEqual(["Turkish citizen"]);
    else expect(got.filter((g) => g.actor !== "Ngozi Okonjo-Iweala")).toEqual([]);
  });

  it("a plural head after a noun is still a descriptor: 'rescue workers' before two names", () => {
    expect(labels("Crowds cheered Chilean mine workers Mario Sepúlveda and Luis Urzúa at the exit.")).toContainEqual(expect.objectContaining({actor: "Mario Sepúlveda", label: "Chilean mine workers"}));
  });

  it.each([
    ["a plural head before one name is a clause's object: 'two miners Vale hired'", "He was one of two miners Vale hired in May.", "Vale"],
    ["… also without a number: 'the soldiers Chad captured'", "The soldiers Chad captured were paraded on television.", "Chad"],
    ["a courtesy title alone is no label: 'Ms Halvorsen'", "Ms Ingrid Halvorsen thanked the rescuers.", "Ingrid Halvorsen"],
    ["… nor 'Mr.' with a stop", "Mr. Tomas Varga denied the charges.", "Tomas Varga"]
  ])("%s", (_label, text, actor) => {
    expect(labels(text).filter((g) => g.actor === actor)).toEqual([]);
  });

  it("a plural head before a list of names still labels them, and a singular one a lone name", () => {
    expect(labels("Police named aid workers Lena Brandt and Omar Haddad as the missing.")).toContainEqual(expect.objectContaining({actor: "Lena Brandt", label: "aid workers"}));
    expect(labels("Police named aid worker Lena Brandt as the missing.")).toContainEqual(expect.objectContaining({actor: "Lena Brandt", label: "aid worker"}));
    expect(labels("Madam Speaker Rosa Lindqvist opened the session.").map((g) => g.label)).not.toContain("Madam");
  });

  it.each([
    ["a past tense ends the descriptor: 'named aid worker X'", "Police named aid worker Lena Brandt as the missing.", "aid worker"],
    ["… 'cheered mine workers X and Y'", "Crowds cheered mine workers Lena Brandt and Omar Haddad at the exit.", "mine workers"],
    ["a participle that describes stays: 'alleged activist'", "Troops arrested alleged activist Omar Haddad near the border.", "alleged activist"],
    ["an 'un…ed' adjective stays", "The unarmed farmer Omar Haddad was shot.", "unarmed farmer"],
    ["a hyphenated -ed compound stays", "Rebels freed Norway-based journalist Lena Brandt.", "Norway-based journalist"],
    ["an age compound is dropped whole, in words", "Among them was twenty-one-year-old teacher Lena Brandt.", "teacher"],
    ["… and in digits", "Among them was 21-year-old teacher Lena Brandt.", "teacher"]
  ])("%s", (_label, text, label) => {
    const got = labels(text).filter((g) => g.rule === "prenominal" || g.rule === "title");
    expect(got.map((g) => g.label)).toContain(label);
  });

  it("works with an empty gazetteer", () => {
    expect(labels("Rescue teams were sent by the Turkish disaster agency AFAD on Monday.", emptyContext())).toContainEqual(expect.objectContaining({actor: "AFAD", label: "Turkish disaster agency"}));
  });

  it("does not throw on hostile input", () => {
    for (const text of ["", ", , , is a", "X is a ".repeat(10_000), "\u0000\uffff", "A, the group, " + "very ".repeat(5000) + "group"]) labels(text);
  });

  it("descriptor before a comma-separated name (\"his lawyer, Juan Pérez,\")", () => {
    expect(labels("The case was filed by his lawyer, Juan Pérez, on Friday.")).toContainEqual(expect.objectContaining({actor: "Juan Pérez", label: "lawyer", rule: "appositive-before"}));
  });

  it.each<{label: string; text: string; want: {actor: string; label: string}}>([
    {label: "the … activist, Name, said", text: "The rights activist, Maria Olsen, said the dam had been poorly maintained.", want: {actor: "Maria Olsen", label: "rights activist"}},
    {label: "a local farmer, Name, and …", text: "The flood killed a local farmer, Ravi Sharma, and his two sons.", want: {actor: "Ravi Sharma", label: "local farmer"}},
    {label: "possessive pronoun: Her husband, Name,", text: "Her husband, Tomas Berg, was rescued by helicopter.", want: {actor: "Tomas Berg", label: "husband"}},
    {label: "title head: A union spokesman, Name,", text: "A union spokesman, Lars Nilsen, said the strike would continue.", want: {actor: "Lars Nilsen", label: "union spokesman"}},
    {label: "after a possessive noun: The town's mayor, Name,", text: "The town's mayor, Ana Lind, said 40 homes were destroyed.", want: {actor: "Ana Lind", label: "mayor"}},
    {label: "organisation: The company, Name,", text: "The mining company, Northwind Energy, denied responsibility.", want: {actor: "Northwind Energy", label: "mining company"}},
    {label: "name at the sentence end", text: "The appeal was signed by her brother, Pedro Rojas.", want: {actor: "Pedro Rojas", label: "brother"}}
  ])("descriptor before a name: $label", ({text, want}) => {
    expect(labels(text)).toContainEqual({...want, rule: "appositive-before"});
  });

  it.each([
    ["a non-label noun before a comma", "Rescuers reached the village, Kandahari, late on Monday."],
    ["an organisation in a list", "Officials from the army, Al-Shabaab, and the UN met on Monday."],
    ["the name is not closed by a comma", "The strike was called by the union, Lars Nilsen said."],
    ["a relative clause, not a name", "We spoke to the doctor, who asked not to be named."]
  ])("no descriptor before a name: %s", (_label, text) => {
    expect(labels(text).filter((l) => l.rule === "appositive-before")).toEqual([]);
  });

  it("a nationality adjective standing for a state gets no label (\"Egyptian mediators\")", () => {
    const text = "Egyptian mediators, the main go-betweens, met the rebel leaders in Cairo.";
    const article = makeArticle(text, {published: "2023-02-08"});
    const sentences = makeSentences(text);
    const mentions = findMentions(article, sentences, gaz);
    const state = mentions.findIndex((m) => m.via === "nationality");
    expect(state).toBeGreaterThanOrEqual(0);
    expect(findLabels(article, sentences, mentions, gaz).filter((l) => l.mention === state)).toEqual([]);
  });

  it("appositive opened by a nationality", () => {
    expect(labels("Boko Haram, Islamist insurgents, claimed it.")).toContainEqual(expect.objectContaining({actor: "Boko Haram", label: "Islamist insurgents"}));
  });

  it.fails("known miss: an anaphoric description (\"The jihadist group also said\") is not linked to the actor named before", () => {
    expect(labels("Boko Haram claimed the attack on Monday. The jihadist group also said more would follow.")).toContainEqual(expect.objectContaining({actor: "Boko Haram", label: "jihadist group"}));
  });
});

describe("stage 08 properties", () => {
  it("labels never throw and offsets always match (random text)", async () => {
    const fc = await import("fast-check");
    const words = ["Hamas", "the", "a", "is", "are", "both", "recognised", "as", "group", "militant", "Palestinian", ",", "which", "designated", "by", "AFAD", "agency", "and", "“", "”", ".", "Mario", "Sepúlveda", "president", "of", "The"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({maxLength: 5})), {maxLength: 50}), (parts) => {
        labels(parts.join(" "));
      }),
      {numRuns: 300}
    );
  });
});
