import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {findMentions} from "../../src/pipeline/stages/04-mentions.ts";
import type {Mention} from "../../src/pipeline/types.ts";
import {contextFrom, emptyContext, makeArticle, makeSentences, makeSentencesKeepingAbbreviations} from "../fixtures/actors/make-article.ts";

const gaz = contextFrom(readFileSync(new URL("../fixtures/actors/gazetteer.csv", import.meta.url), "utf8"));
const empty = emptyContext();

function run(text: string, ctx = gaz, published: string | null = "2023-02-08", headlines: number[] = []): Mention[] {
  const article = makeArticle(text, {published});
  return findMentions(article, makeSentences(text, headlines), ctx);
}

type Want = {text: string; name?: string; kind?: Mention["kind"]; title?: string | null; via?: string};

function has(ms: Mention[], w: Want): boolean {
  return ms.some((m) => m.text === w.text && (w.name === undefined || m.name === w.name) && (w.kind === undefined || m.kind === w.kind) && (w.title === undefined || m.title === w.title) && (w.via === undefined || m.via === w.via));
}

const show = (ms: Mention[]) => ms.map((m) => `${m.text}=${m.name}/${m.kind}/${m.via}${m.title ? "/" + m.title : ""}`).join("; ");

describe("stage 04 mentions with a gazetteer", () => {
  it.each<{label: string; text: string; want: Want[]; not?: string[]; published?: string | null}>([
    {label: "gazetteer person with diacritics", text: "Recep Tayyip Erdoğan visited the quake zone on Tuesday.", want: [{text: "Recep Tayyip Erdoğan", kind: "person", via: "gazetteer"}]},
    {label: "alias without diacritics", text: "Rescuers said Erdogan had promised new homes.", want: [{text: "Erdogan", name: "Recep Tayyip Erdoğan"}]},
    {label: "possessive excluded from offsets", text: "The quake hit Turkey’s south and Erdoğan's office issued a statement.", want: [{text: "Turkey", kind: "country"}, {text: "Erdoğan", name: "Recep Tayyip Erdoğan"}]},
    {label: "all-caps alias is case-sensitive", text: "Officials who spoke to WHO said the hospital was full.", want: [{text: "WHO", name: "World Health Organization"}], not: ["who"]},
    {label: "title before a gazetteer person", text: "Turkish President Recep Tayyip Erdoğan declared a state of emergency.", want: [{text: "Recep Tayyip Erdoğan", title: "Turkish President"}], not: ["Turkish President"]},
    {label: "role resolved at the publication date", text: "The Turkish president said rebuilding would take a year.", want: [{text: "The Turkish president", name: "Recep Tayyip Erdoğan", via: "role"}]},
    {label: "role resolved by validity dates (2020)", published: "2020-08-01", text: "Mining output fell, the Chilean president said.", want: [{text: "the Chilean president", name: "Sebastián Piñera", via: "role"}]},
    {label: "role resolved by validity dates (2023)", published: "2023-08-01", text: "Mining output fell, the Chilean president said.", want: [{text: "the Chilean president", name: "Gabriel Boric", via: "role"}]},
    {label: "Arabic particle alias", text: "Talks in Cairo were hosted by al-Sisi.", want: [{text: "al-Sisi", name: "Abdel Fattah el-Sisi"}, {text: "Cairo", name: "Egypt"}]},
    {label: "country glued to a person is split", text: "The ambassador to Chile Andrés Velasco arrived.", want: [{text: "Chile", kind: "country"}, {text: "Andrés Velasco", kind: "person"}]},
    {label: "gazetteer org word extension", text: "Chile Mining Ministry officials inspected the shaft.", want: [{text: "Chile Mining Ministry", kind: "organization"}]},
    {label: "U.S. with periods", text: "Aid from the U.S. arrived in Antakya.", want: [{text: "U.S.", name: "United States"}, {text: "Antakya", kind: "place"}]}
  ])("$label", ({text, want, not, published}) => {
    const ms = run(text, gaz, published === undefined ? "2023-02-08" : published);
    for (const w of want) expect(has(ms, w), `${JSON.stringify(w)} in ${show(ms)}`).toBe(true);
    for (const n of not ?? []) expect(ms.some((m) => m.text === n), `${n} absent from ${show(ms)}`).toBe(false);
    for (const m of ms) expect(m.text).toBe(makeArticle(text).text.slice(m.start, m.end));
  });

  it("a possessive role needs no article", () => {
    const ctx = contextFrom("name,kind,aliases,affiliation,roles\nRecep Tayyip Erdoğan,person,,,Turkey's president@2014-08-28/\n");
    const ms = run("Rescue work will go on, Turkey's president said.", ctx);
    expect(has(ms, {text: "Turkey's president", name: "Recep Tayyip Erdoğan", via: "role"})).toBe(true);
  });

  it("an ambiguous role without a date resolves to nobody", () => {
    const ms = run("Mining output fell, the Chilean president said.", gaz, null);
    expect(ms.some((m) => m.via === "role")).toBe(false);
  });

  it("a role followed by a name is a title, not a role mention", () => {
    const ms = run("The Turkish president Recep Tayyip Erdoğan spoke.", gaz);
    expect(ms.filter((m) => m.via === "role")).toEqual([]);
    expect(has(ms, {text: "Recep Tayyip Erdoğan"})).toBe(true);
  });
});

describe("stage 04 mentions with an EMPTY gazetteer", () => {
  it.each<{label: string; text: string; want: Want[]; not?: string[]}>([
    {label: "first name + surname", text: "Rescuers pulled Ayşe Yılmaz from the rubble.", want: [{text: "Ayşe Yılmaz", kind: "person"}]},
    {label: "title strip (capitalised)", text: "The strike was condemned by Deputy Foreign Minister Oleksandr Kovalenko on Monday.", want: [{text: "Oleksandr Kovalenko", kind: "person", title: "Deputy Foreign Minister"}], not: ["Deputy Foreign Minister Oleksandr Kovalenko", "Monday"]},
    {label: "lowercase title with organisation", text: "The claim was denied by ministry spokesman Yuriy Ihnat yesterday.", want: [{text: "Yuriy Ihnat", title: "ministry spokesman", via: "title"}]},
    {label: "title with a link word", text: "It was Chilean Ambassador to Peru Carlos Ominami who called.", want: [{text: "Carlos Ominami", title: "Chilean Ambassador to Peru"}]},
    {label: "honorific Rabbi", text: "Prayers were led by Rabbi Menachem Katzman.", want: [{text: "Menachem Katzman", title: "Rabbi"}]},
    {label: "honorific Sheikh", text: "Mediation was offered by Sheikh Abdullah Nahyan.", want: [{text: "Abdullah Nahyan", title: "Sheikh", kind: "person"}]},
    {label: "organisation words", text: "The Disaster Coordination Committee met the National Mining Agency.", want: [{text: "Disaster Coordination Committee", kind: "organization"}, {text: "National Mining Agency", kind: "organization"}]},
    {label: "organisation with 'of the'", text: "Help came from the International Federation of the Red Crescent.", want: [{text: "International Federation of the Red Crescent", kind: "organization"}]},
    {label: "country without gazetteer", text: "Aid reached Turkey and Syria by road.", want: [{text: "Turkey", kind: "country"}, {text: "Syria", kind: "country"}]},
    {label: "place after 'in'", text: "The shelter in Iskenderun was full.", want: [{text: "Iskenderun", kind: "place"}]},
    {label: "nationality adjectives are not actors", text: "Turkish and Syrian rescuers worked with Ukrainian-Chilean volunteers.", want: [], not: ["Turkish", "Syrian", "Ukrainian-Chilean", "Ukrainian", "Chilean"]},
    {label: "months and weekdays are not actors", text: "On Monday in February the miners were freed.", want: [], not: ["Monday", "February", "On Monday"]},
    {label: "lone surname resolves to the full name", text: "Ayşe Yılmaz was trapped for two days. Rescuers said Yılmaz was conscious.", want: [{text: "Yılmaz", name: "Ayşe Yılmaz", kind: "person"}]},
    {label: "lone first name resolves to the full name", text: "Mario Sepúlveda led the miners out. Mario waved to the crowd.", want: [{text: "Mario", name: "Mario Sepúlveda"}]},
    {label: "shared surname goes to the person named first", text: "Elena Kovalenko and Oleksandr Kovalenko were evacuated. Kovalenko said the train was late.", want: [{text: "Kovalenko", name: "Elena Kovalenko", via: "surname"}]},
    {label: "surname vs feminine form", text: "Oleksandr Kovalenko and Iryna Kovalenkova were evacuated. Later Kovalenkova spoke.", want: [{text: "Kovalenkova", name: "Iryna Kovalenkova"}]},
    {label: "curly possessive", text: "Officials praised Mario Sepúlveda’s courage. Sepúlveda’s wife cried.", want: [{text: "Sepúlveda", name: "Mario Sepúlveda"}]},
    {label: "Arabic name with particle", text: "The talks were hosted by Abdel Fattah el-Sisi in Cairo.", want: [{text: "Abdel Fattah el-Sisi", kind: "person"}]},
    {label: "sentence-initial common word is dropped", text: "Health officials counted 300 injured. Rescue teams arrived.", want: [], not: ["Health", "Rescue"]},
    {label: "acronym organisation", text: "The quake was measured by USGS seismologists.", want: [{text: "USGS", kind: "organization"}]},
    {label: "event names are not actors", text: "Volunteers from the Santiago Music Festival helped.", want: [], not: ["Santiago Music Festival"]},
    {label: "hyphenated -led keeps the name", text: "The Kurdish-led SDF Command said the road was open.", want: [{text: "SDF Command", kind: "organization"}]},
    {label: "initial possessive name survives", text: "Mario Sepúlveda walked out. Sepulveda's brother hugged him.", want: [{text: "Sepulveda"}]},
    {label: "place word makes a place", text: "Crews reached the Atacama Desert at dawn.", want: [{text: "Atacama Desert", kind: "place"}]},
    {label: "portfolio title before a name", text: "Officials said Civil Aviation Minister Ram Karki visited the site.", want: [{text: "Ram Karki", title: "Civil Aviation Minister", kind: "person"}], not: ["Civil Aviation Minister Ram Karki"]},
    {label: "contractions are not names", text: "Mario Sepúlveda said: I'd do it again.", want: [{text: "Mario Sepúlveda"}], not: ["I'd", "I"]},
    {label: "all-caps runs of function words are not names", text: "AT LEAST 30 miners were rescued in Copiapó.", want: [], not: ["AT LEAST"]},
    {label: "a dateline dash starts a sentence", text: "SANTIAGO (Agencia) - Rescuers pulled 33 miners out.", want: [], not: ["Rescuers"]},
    {label: "title containing organisation words", text: "Officials said Natural Resources Minister Ana Torres visited.", want: [{text: "Ana Torres", title: "Natural Resources Minister", kind: "person"}]},
    {label: "capitalised function word inside an organisation", text: "Staff of Engineers Without Borders arrived.", want: [{text: "Engineers Without Borders", kind: "organization"}]},
    {label: "sentence-initial descriptor noun before a name", text: "Survivor Ana Mendoza, 31, spoke from hospital.", want: [{text: "Ana Mendoza", kind: "person"}], not: ["Survivor Ana Mendoza"]},
    {label: "direction before a country", text: "Aid convoys reached South Sudan on Monday.", want: [{text: "South Sudan", kind: "country"}]},
    {label: "editor's brackets inside a name", text: "We call for the release of Ana Ruiz and [Pedro] Castillo.", want: [{text: "[Pedro] Castillo", name: "Pedro Castillo", kind: "person"}]},
    {label: "sentence-initial subject before a verb is kept", text: "Hezbollah said the strike killed two.", want: [{text: "Hezbollah"}]}
  ])("$label", ({text, want, not}) => {
    const ms = run(text, empty);
    for (const w of want) expect(has(ms, w), `${JSON.stringify(w)} in ${show(ms)}`).toBe(true);
    for (const n of not ?? []) expect(ms.some((m) => m.text === n), `${n} absent from ${show(ms)}`).toBe(false);
    for (const m of ms) expect(m.text).toBe(text.slice(m.start, m.end));
  });

  it("headline Title Case words count only when the body names them", () => {
    const text = "Rescuers Find Ayşe Yılmaz Alive After Four Days\nAyşe Yılmaz was pulled out in Antakya. Yılmaz is 34.";
    const ms = run(text, empty, null, [0]);
    const inHeadline = ms.filter((m) => m.sentenceIndex === 0).map((m) => m.text);
    expect(inHeadline).toEqual(["Ayşe Yılmaz"]);
  });

  it.fails("known miss: a single unknown word after 'to' is not taken for a place", () => {
    const ms = run("The convoy drove to Kahramanmaras overnight.", empty);
    expect(has(ms, {text: "Kahramanmaras", kind: "place"})).toBe(true);
  });

  it.fails("known miss: without a gazetteer a lone capital-city subject is guessed to be an organisation", () => {
    const ms = run("Pyongyang said Kim Yo Jong met officials.", empty);
    expect(has(ms, {text: "Pyongyang", kind: "place"})).toBe(true);
  });

  it("a lone Korean family name resolves to the full name by its first word", () => {
    const ms = run("Pyongyang said Kim Yo Jong met officials. Later Kim spoke.", empty);
    expect(has(ms, {text: "Kim", name: "Kim Yo Jong"})).toBe(true);
  });
});

describe("stage 04 titles with 'of' and ranks (empty gazetteer)", () => {
  function runRanks(text: string): Mention[] {
    return findMentions(makeArticle(text, {published: "2023-02-08"}), makeSentencesKeepingAbbreviations(text), empty);
  }

  it.each<{label: string; text: string; want: Want[]; not?: string[]}>([
    {label: "Minister of State", text: "Minister of State Kofi Mensah visited the flooded district on Monday.", want: [{text: "Kofi Mensah", kind: "person", title: "Minister of State"}], not: ["State Kofi Mensah"]},
    {label: "Secretary of State", text: "Secretary of State Laura Benning said the ceasefire talks would resume.", want: [{text: "Laura Benning", kind: "person", title: "Secretary of State"}], not: ["State Laura Benning"]},
    {label: "Minister of Foreign Affairs", text: "Minister of Foreign Affairs Tomas Varga met the mediators in Vienna.", want: [{text: "Tomas Varga", title: "Minister of Foreign Affairs"}], not: ["Foreign Affairs Tomas Varga"]},
    {label: "two links: Minister of State for Foreign Affairs", text: "Minister of State for Foreign Affairs Omar Haddad arrived in Geneva.", want: [{text: "Omar Haddad", title: "Minister of State for Foreign Affairs"}], not: ["Foreign Affairs", "State"]},
    {label: "Deputy Minister of Defence", text: "The strike was confirmed by Deputy Minister of Defence Ilse Dorn.", want: [{text: "Ilse Dorn", title: "Deputy Minister of Defence"}], not: ["Defence Ilse Dorn"]},
    {label: "Head of State", text: "Relief supplies were promised by Head of State Amadou Diallo.", want: [{text: "Amadou Diallo", title: "Head of State"}]},
    {label: "a title alone after 'of' names nobody", text: "The Secretary of State said the embassy would reopen.", want: [], not: ["State", "Secretary of State"]},
    {label: "portfolio after a link", text: "The Minister of State for Trade, Aisha Bello, opened the port.", want: [{text: "Aisha Bello", kind: "person"}], not: ["Trade", "State"]},
    {label: "General", text: "General Amos Kariuki said the troops would withdraw from the border.", want: [{text: "Amos Kariuki", kind: "person", title: "General"}]},
    {label: "Lt. Gen.", text: "Lt. Gen. Pavel Sorokin commanded the northern group.", want: [{text: "Pavel Sorokin", kind: "person", title: "Lt. Gen."}]},
    {label: "Colonel", text: "Colonel Nadia Petrenko told reporters the bridge was destroyed.", want: [{text: "Nadia Petrenko", title: "Colonel"}]},
    {label: "Major General", text: "Major General Sipho Ndlovu inspected the flood defences.", want: [{text: "Sipho Ndlovu", title: "Major General"}]},
    {label: "Brigadier", text: "Brigadier Kwame Asante led the rescue convoy.", want: [{text: "Kwame Asante", title: "Brigadier"}]},
    {label: "Admiral", text: "Admiral Rhea Lindqvist ordered the fleet back to port.", want: [{text: "Rhea Lindqvist", title: "Admiral"}]},
    {label: "Commander", text: "Commander Joaquin Ferreira of the coast guard confirmed the rescue.", want: [{text: "Joaquin Ferreira", title: "Commander"}]},
    {label: "Brig. Gen. (two abbreviations)", text: "Brig. Gen. Omar Saleh said the rebels had withdrawn.", want: [{text: "Omar Saleh", title: "Brig. Gen."}]},
    {label: "Cmdr. and Adm.", text: "Cmdr. Ana Silva and Adm. Jorge Reyes met on Tuesday.", want: [{text: "Ana Silva", title: "Cmdr."}, {text: "Jorge Reyes", title: "Adm."}], not: ["Adm"]},
    {label: "police rank: Chief Superintendent", text: "Chief Superintendent Alan Hughes confirmed two arrests after the riot.", want: [{text: "Alan Hughes", title: "Chief Superintendent"}], not: ["Superintendent"]},
    {label: "police rank: Detective Inspector", text: "Detective Inspector Mary Quinn appealed for witnesses to the crash.", want: [{text: "Mary Quinn", title: "Detective Inspector"}], not: ["Detective Inspector"]},
    {label: "hyphenated Commander-in-chief", text: "Commander-in-chief Aleksandr Gorin signed the order.", want: [{text: "Aleksandr Gorin", title: "Commander-in-chief"}]},
    {label: "Rear Admiral", text: "Rear Admiral Keiko Tanaka briefed the press on the typhoon.", want: [{text: "Keiko Tanaka", title: "Rear Admiral"}]}
  ])("$label", ({text, want, not}) => {
    const ms = runRanks(text);
    for (const w of want) expect(has(ms, w), `${JSON.stringify(w)} in ${show(ms)}`).toBe(true);
    for (const n of not ?? []) expect(ms.some((m) => m.text === n), `${n} absent from ${show(ms)}`).toBe(false);
  });

  // Was a known miss: "Jan" before a capitalised non-stop word is a given name (MONTH_GIVEN_NAMES in model/stop-caps.ts).
  it("a first name that is also a month abbreviation (\"State Secretary Jan Kowalski\")", () => {
    expect(has(runRanks("State Secretary Jan Kowalski signed the accord."), {text: "Jan Kowalski", title: "State Secretary"})).toBe(true);
  });
});

describe("stage 04 round-3 accuracy rules (own sentences)", () => {
  const gulf = contextFrom("name,kind,aliases,affiliation,roles\nOman,country,Sultanate of Oman,,\nUnited Arab Emirates,country,UAE,,\n");
  it.each<{label: string; text: string; want: Want[]; not?: string[]; ctx?: "gulf" | "gazetteer"}>([
    // A bare surname shared by two people: the person introduced first (the story's subject).
    {label: "shared surname → first full name (flood)", text: "Flood survivor Dana Kowal was rescued on Monday. Her mother, Irena Kowal, waited at the shelter. Kowal said the water rose fast.", want: [{text: "Kowal", name: "Dana Kowal", kind: "person", via: "surname"}]},
    {label: "shared surname → first full name (strike)", text: "Union leader Piet Maas addressed the dockers. His son Joris Maas joined the picket. Maas vowed to stay out.", want: [{text: "Maas", name: "Piet Maas", kind: "person"}]},
    {label: "shared surname, sentence-initial", text: "Nurse Greta Holm was freed by the rebels. Her brother Anders Holm had pleaded for her release. Holm is now home.", want: [{text: "Holm", name: "Greta Holm"}]},
    // A lone first name the first-name list does not know resolves to the in-article full name.
    {label: "unknown lone first name → in-article full name", text: "The pilot, Oscar Lindqvist, landed safely. Later Oscar smiled at the crew.", want: [{text: "Oscar", name: "Oscar Lindqvist", kind: "person", via: "first-name"}]},
    {label: "unknown first name in a quote", text: "The missing climber Tyra Bergqvist was found alive. “Tyra is tough,” her coach said.", want: [{text: "Tyra", name: "Tyra Bergqvist", via: "first-name"}]},
    // A nationality adjective before a person's name is not part of it.
    {label: "nationality before a name (miners)", text: "Canadian Martin Pelletier was among the miners rescued.", want: [{text: "Martin Pelletier", kind: "person"}], not: ["Canadian Martin Pelletier", "Canadian"]},
    {label: "nationality before a name (strike)", text: "The strike was called off after German Ingrid Vogel spoke.", want: [{text: "Ingrid Vogel", kind: "person"}], not: ["German Ingrid Vogel"]},
    {label: "nationality before a name, later surname", text: "Kenyan Wanjiru Otieno survived the bus crash. Otieno was flown home.", want: [{text: "Wanjiru Otieno"}, {text: "Otieno", name: "Wanjiru Otieno"}], not: ["Kenyan Wanjiru Otieno"]},
    {label: "hyphenated nationality before a name", text: "The freed engineer, Chilean-Swiss Ana Roth, thanked the rescuers.", want: [{text: "Ana Roth", kind: "person"}], not: ["Chilean-Swiss Ana Roth"]},
    {label: "two nationals in one sentence", text: "Dutch Pim Bakker and Irish Nora Keane were pulled from the river.", want: [{text: "Pim Bakker"}, {text: "Nora Keane"}], not: ["Dutch Pim Bakker", "Irish Nora Keane"]},
    {label: "a multi-word country stays whole", text: "Aid reached Saudi Arabia Monday.", want: [{text: "Saudi Arabia", kind: "country"}]},
    // Lowercase "at" never joins a person to the place after it.
    {label: "person at a hospital", text: "Doctor Helena Brandt at Riverside General Hospital said four were hurt.", want: [{text: "Helena Brandt", kind: "person"}, {text: "Riverside General Hospital", kind: "organization"}], not: ["Helena Brandt at Riverside General Hospital"]},
    {label: "person at a camp", text: "Volunteer Rui Tavares at Camp Esperanza handed out water.", want: [{text: "Rui Tavares", kind: "person"}], not: ["Rui Tavares at Camp Esperanza"]},
    {label: "hyphenated at- particle still joins", text: "Medic Hamza at-Tamimi treated the wounded.", want: [{text: "Hamza at-Tamimi", kind: "person"}]},
    // "<head> of the <Org> <Name>": the person with the title, the organisation apart.
    {label: "Secretary of the <Org> <Name>", text: "Secretary of the National Flood Council Marta Ruiz said the dams held.", want: [{text: "Marta Ruiz", kind: "person", title: "Secretary of the National Flood Council"}, {text: "National Flood Council", kind: "organization"}], not: ["National Flood Council Marta Ruiz"]},
    {label: "Director of the <Org> <Name>", text: "Relief convoys left at dawn, Director of the Mountain Rescue Service Jonas Eklund said.", want: [{text: "Jonas Eklund", kind: "person", title: "Director of the Mountain Rescue Service"}], not: ["Mountain Rescue Service Jonas Eklund"]},
    {label: "title through a gazetteer organisation with 'the'", ctx: "gazetteer", text: "Head of the Red Cross Hanna Solberg toured the flooded valley.", want: [{text: "Hanna Solberg", kind: "person", title: "Head of the Red Cross"}, {text: "Red Cross", kind: "organization", via: "gazetteer"}]},
    {label: "head of the <Org> alone names the organisation", text: "The head of the Flood Council resigned.", want: [{text: "Flood Council", kind: "organization"}]},
    // Country + title + Sheikh + bin/Al particles → the full person name.
    {label: "country, title, Sheikh, bin and Al", ctx: "gulf", text: "UAE President Sheikh Rashid bin Saif Al Marri hosted the flood talks.", want: [{text: "UAE", name: "United Arab Emirates"}, {text: "Sheikh Rashid bin Saif Al Marri", name: "Rashid bin Saif Al Marri", kind: "person"}]},
    {label: "nationality, minister, Sheikh", ctx: "gulf", text: "Talks were hosted by Omani Foreign Minister Sheikh Badr bin Salim Al Rawahi on Monday.", want: [{text: "Sheikh Badr bin Salim Al Rawahi", name: "Badr bin Salim Al Rawahi", kind: "person"}]},
    // Common Arabic given names (with spelling variants) make a person.
    {label: "Arabic first name Hussam", text: "Hussam Odeh said the bakery was destroyed.", want: [{text: "Hussam Odeh", kind: "person"}]},
    {label: "Arabic first name Husam", text: "Rescuers pulled Husam Qudsi from the rubble.", want: [{text: "Husam Qudsi", kind: "person"}]},
    {label: "Arabic first name Tareq as a lone word", text: "Tareq Nasr, a fisherman, lost his boat. Tareq said the storm came at night.", want: [{text: "Tareq", name: "Tareq Nasr"}]},
    {label: "Arabic first name Hamza splits a place", text: "In Mosul Hamza Jaber waited for news.", want: [{text: "Hamza Jaber", kind: "person"}]},
    // A bare "al-X" resolves to the in-article "<First> al-X".
    {label: "bare al-X after a comma", text: "Teacher Samir al-Haddad fled the flood. The school is gone, al-Haddad said.", want: [{text: "al-Haddad", name: "Samir al-Haddad", kind: "person"}], not: ["Haddad"]},
    {label: "capitalised Al-X at a sentence start", text: "Samira al-Khouri, 40, was freed on Friday. Al-Khouri thanked the mediators.", want: [{text: "Al-Khouri", name: "Samira al-Khouri"}]}
  ])("$label", ({text, want, not, ctx}) => {
    const ms = run(text, ctx === "gulf" ? gulf : ctx === "gazetteer" ? gaz : empty);
    for (const w of want) expect(has(ms, w), `${JSON.stringify(w)} in ${show(ms)}`).toBe(true);
    for (const n of not ?? []) expect(ms.some((m) => m.text === n), `${n} absent from ${show(ms)}`).toBe(false);
    for (const m of ms) expect(m.text).toBe(text.slice(m.start, m.end));
  });
});

describe("stage 04 round-3 known misses", () => {
  it("a word the article uses as a place is not the first name of a person there", () => {
    const ms = run("Relief worker Brooklyn Hayes arrived. Floods in Brooklyn rose. Crews said Brooklyn needs pumps.", empty);
    expect(has(ms, {text: "Brooklyn Hayes", kind: "person"})).toBe(true);
    const lone = ms.filter((m) => m.text === "Brooklyn");
    expect(lone.length, show(ms)).toBe(2);
    for (const m of lone) expect(m.name, show(ms)).toBe("Brooklyn");
  });

  it.fails("known miss: a lone word that is both a person's first name and an unmarked place (\"Floods hit Brooklyn\") goes to the person", () => {
    const ms = run("Relief worker Brooklyn Hayes arrived. Floods hit Brooklyn on Monday.", empty);
    expect(ms.some((m) => m.text === "Brooklyn" && m.name === "Brooklyn Hayes")).toBe(false);
  });

  it.fails("known miss: a sentence-initial occupation word outside the label list stays in the name (\"Climber Tyra Bergqvist\")", () => {
    expect(has(run("Climber Tyra Bergqvist was found alive.", empty), {text: "Tyra Bergqvist", kind: "person"})).toBe(true);
  });
});

describe("stage 04 nationality adjectives standing for a state", () => {
  it.each<{label: string; text: string; want: Want[]; not?: string[]; ctx?: "gazetteer" | "empty"}>([
    {label: "mediators (gazetteer country)", text: "Egyptian mediators met the rebel leaders in Cairo.", want: [{text: "Egyptian", name: "Egypt", kind: "country", via: "nationality"}]},
    {label: "officials", text: "Turkish officials said the quake toll had passed 40,000.", want: [{text: "Turkish", name: "Turkey", kind: "country", via: "nationality"}]},
    {label: "the … delegation", text: "The Chilean delegation arrived in Lima for the water talks.", want: [{text: "Chilean", name: "Chile", kind: "country", via: "nationality"}]},
    {label: "negotiators", text: "Norwegian negotiators presented a new proposal to both parties.", want: [{text: "Norwegian", name: "Norway", kind: "country"}]},
    {label: "the … side", text: "The Ukrainian side rejected the offer.", want: [{text: "Ukrainian", name: "Ukraine", kind: "country"}]},
    {label: "authorities", text: "Kenyan authorities confirmed the flood toll.", want: [{text: "Kenyan", name: "Kenya", kind: "country"}]},
    {label: "modifier between: security forces", text: "Syrian security forces raided the camp at dawn.", want: [{text: "Syrian", name: "Syria", kind: "country"}]},
    {label: "coordinated adjectives share the noun", text: "Kenyan and Ugandan officials inspected the border bridge.", want: [{text: "Kenyan", name: "Kenya"}, {text: "Ugandan", name: "Uganda"}]},
    {label: "no gazetteer: the country from the nationality list", ctx: "empty", text: "Peruvian troops reached the landslide.", want: [{text: "Peruvian", name: "Peru", kind: "country", via: "nationality"}]},
    {label: "not a hyphenated adjective", text: "A Chilean-Peruvian engineer was rescued from the mine.", want: [], not: ["Chilean", "Peruvian", "Chilean-Peruvian"]},
    {label: "not a private citizen", text: "A Turkish citizen was among the dead.", want: [], not: ["Turkish"]},
    {label: "not prisoners", text: "Syrian prisoners were released on Friday.", want: [], not: ["Syrian"]},
    {label: "not a woman", text: "A Kenyan woman was injured in the blast.", want: [], not: ["Kenyan"]},
    {label: "not a title before a name", text: "The Chilean envoy Carlos Ominami flew to Lima.", want: [{text: "Carlos Ominami", title: "Chilean envoy"}], not: ["Chilean"]},
    {label: "not a noun modifying a thing", text: "Syrian army positions were shelled overnight.", want: [], not: ["Syrian"]},
    {label: "not a region", text: "Crimean authorities said the ferry had sunk.", want: [], not: ["Crimean"]}
  ])("$label", ({text, want, not, ctx}) => {
    const ms = run(text, ctx === "empty" ? empty : gaz);
    for (const w of want) expect(has(ms, w), `${JSON.stringify(w)} in ${show(ms)}`).toBe(true);
    for (const n of not ?? []) expect(ms.some((m) => m.text === n), `${n} absent from ${show(ms)}`).toBe(false);
    for (const m of ms) expect(m.text).toBe(text.slice(m.start, m.end));
  });
});

describe("stage 04 robustness", () => {
  it.each([
    ["empty", ""],
    ["binary garbage", "\u0000\u0001\uffff\ud800abc"],
    ["only punctuation", "!!! ... ??? ,,, ’’’ ---"],
    ["one long capitalised line", "Abc ".repeat(50_000)],
    ["unicode letters", "Ёлка Ñandú Ωmega İstanbul ǅemal"],
    ["a 1 MB line of names (more candidates than a spread call allows)", "Ayşe Yılmaz met Mario Sepúlveda in Chile ".repeat(25_000)],
    ["a 1 MB Title Case line", "Rescuers Find Survivors ".repeat(42_000)]
  ])("does not throw on %s", (_label, text) => {
    const ms = run(text, gaz);
    for (const m of ms) expect(m.text).toBe(text.slice(m.start, m.end));
  });

  // Speed is measured by `npm run bench`; here only behaviour at volume is checked.
  it("one very long article (400 copies of a seed) gives 400× the mentions of one copy", () => {
    const para = readFileSync(new URL("../../data/corpus/000_0010e68eec831213.txt", import.meta.url), "utf8");
    const ctx = contextFrom(readFileSync(new URL("../../data/reference/actors.csv", import.meta.url), "utf8"));
    const count = (copies: number) => {
      const text = Array.from({length: copies}, () => para).join("\n");
      const found = findMentions(makeArticle(text), makeSentences(text), ctx);
      for (const m of found.slice(0, 200)) expect(m.text).toBe(text.slice(m.start, m.end));
      return found.length;
    };
    expect(count(400)).toBe(count(1) * 400);
  });
});

describe("stage 04 properties", () => {
  it("never throws and every mention's text is its slice of the article (random text)", async () => {
    const fc = await import("fast-check");
    const words = ["Hamas", "the", "Russian", "president", "said", "Mr.", "U.S.", "al-Sisi", "Kharkin’s", "O'Brien", "(ICJ)", "[Maxim]", "Deputy", "Minister", "Erdoğan", "and", "of", "—", "“", "”", ",", ".", "\n", "Ayşe", "Yılmaz", "in", "Turkey", "WHO", "who"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({maxLength: 6})), {maxLength: 60}), (parts) => {
        const text = parts.join(" ");
        const ms = run(text, gaz, "2024-01-01");
        for (const m of ms) expect(m.text).toBe(text.slice(m.start, m.end));
        expect(run(text, gaz, "2024-01-01")).toEqual(ms);
      }),
      {numRuns: 300}
    );
  });
});

describe("stage 04: a country's possessive before a titled person", () => {
  it.each<[string, string, string, string]>([
    ["portfolio title", "The envoy met Norway's Fisheries Minister Ingrid Solvang in Bergen.", "Ingrid Solvang", "Fisheries Minister"],
    ["deputy and portfolio", "Volunteers thanked Ghana's Deputy Water Minister Esi Boateng.", "Esi Boateng", "Deputy Water Minister"],
    ["a two-word country", "Rescuers were received by New Zealand's Civil Defence Minister Aroha Parata.", "Aroha Parata", "Civil Defence Minister"]
  ])("%s: the person, titled, and the country apart", (_label, text, person, title) => {
    const ms = run(text, empty);
    expect(has(ms, {text: person, kind: "person", title}), show(ms)).toBe(true);
    expect(ms.some((m) => m.kind === "country" && text.slice(m.end).startsWith("'s ")), show(ms)).toBe(true);
  });

  it("an organisation after the possessive names no person", () => {
    const ms = run("The envoy wrote to Norway's Fisheries Directorate in Bergen.", empty);
    expect(ms.some((m) => m.kind === "person"), show(ms)).toBe(false);
  });
});

describe("stage 04: church titles and hyphenated Ben- surnames", () => {
  it.each<[string, string, string, string | null]>([
    ["Monsignor is a title", "Monsignor Luis Ortega, the bishop of Tumaco, led the commission.", "Luis Ortega", "Monsignor"],
    ["Cardinal is a title", "The talks were led by Cardinal Pietro Amato.", "Pietro Amato", "Cardinal"],
    ["a hyphenated Ben- surname after an unlisted given name", "The negotiator, Gilor Ben-Ami, called on the mediators to act.", "Gilor Ben-Ami", null]
  ])("%s", (_label, text, person, title) => {
    const ms = run(text, empty);
    expect(has(ms, {text: person, kind: "person", title}), show(ms)).toBe(true);
  });

  it("a lone Ben before a surname is still a first name (the place before it is split off)", () => {
    const ms = run("The envoy to Kenya Ben Carter arrived.", empty);
    expect(has(ms, {text: "Ben Carter", kind: "person"}), show(ms)).toBe(true);
  });
});
