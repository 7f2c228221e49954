// The rules that came from strict blind reads of real text (issue 10): each
// test is a pattern a careful reader rejected, written as a short paragraph of
// our own, and checks that no active question shows it, while the fact next to
// it is still asked.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { analyzeArticle } from "@/lib/domain/generation/analyze";
import { findDatedEvents } from "@/lib/domain/generation/events";
import { answerable, countedByList, isExampleSentence, isFamousPerson, statedNotAsked } from "@/lib/domain/generation/facts";
import { asideWeight, isCutBadly, isEverydayWord, opensAsFragment as opensAsFragmentForTest, sexOfSlot } from "@/lib/domain/generation/forms";
import { generateQuestions, type GeneratedQuestion } from "@/lib/domain/generation";
import { checkAnswerNotInStem, checkFalseStatement, checkNoUnresolvedPronoun, checkWholeName } from "@/lib/domain/generation/checks";
import { everydayRank } from "@/lib/domain/generation/lists/everyday-words";
import { isGroupWord } from "@/lib/domain/generation/typed-choices";
import { typeByHead } from "@/lib/domain/generation/type-by-head";
import { normalize } from "@/lib/domain/generation/text";
import { readsWithThe } from "@/lib/domain/generation/candidate";
import { cleanDisplay } from "@/lib/domain/generation/forms";
import { whQuestionFor } from "@/lib/domain/generation/wh";
import { MAX_PER_ANSWER, selectActive } from "@/lib/domain/generation/select";
import { splitSentences } from "@/lib/domain/article/segment";
import { isVariantOf as isVariantOfForTest } from "@/lib/domain/generation/variants";
import { gradeResponse } from "@/lib/domain/grading/grade";

const generate = (body: string, date?: string): GeneratedQuestion[] => generateQuestions({ slug: "t", body, ...(date ? { date } : {}) }).questions;
const active = (body: string, date?: string) => generate(body, date).filter((q) => q.status === "active");
const answers = (qs: GeneratedQuestion[]) => qs.filter((q) => q.kind !== "true_false" && q.kind !== "ordering").map((q) => q.answer);

describe("the article's subject is not an answer", () => {
  test("the subject country's people, in the plural", () => {
    const body = [
      "Tunisia held elections in 2014 after the revolution.",
      "Tunisia is a small country in North Africa with about 11 million people.",
      "Many Tunisians accuse the Islamists of failing to act.",
      "Tunisia depends on tourism from Europe.",
      "Tourists from Italy visited Tunisia in large numbers in 2013.",
    ].join("\n\n");
    expect(answers(active(body))).not.toContain("Tunisians");
  });

  test("a news story's leading person, even when another person is nearly as frequent", () => {
    const body = [
      "Benjamin Netanyahu won the Israeli election on Tuesday after a bitter campaign.",
      "Netanyahu had promised voters in Tel Aviv that he would resist a deal with Iran.",
      "Barack Obama called Netanyahu on Thursday to congratulate him.",
      "Obama and Netanyahu have clashed over settlements since 2009.",
      "Netanyahu addressed Congress in March at the invitation of John Boehner.",
      "Obama did not meet him during that visit to Washington.",
      "Netanyahu is expected to form a coalition with the Kulanu party within weeks.",
      "Analysts at the Brookings Institution said Obama would now review his approach.",
      "Netanyahu’s Likud party won 30 seats in the Knesset.",
    ].join("\n\n");
    const got = answers(active(body));
    expect(got.some((a) => /Netanyahu/.test(a))).toBe(false);
    expect(got).toContain("Likud");
  });

  test("a name written in a fifth of the sentences, counting its uses inside longer names", () => {
    const body = [
      "Lucasfilm is planning a celebration of the Star Wars Saga in Orlando this April.",
      "The first Star Wars film opened in 1977 and made George Lucas famous.",
      "In 1997 Lucasfilm spent $15 million to remaster the Star Wars trilogy.",
      "The Special Editions added new scenes and changed old ones.",
      "Fans of Star Wars have asked for the original cuts ever since.",
      "Industrial Light & Magic restored the negatives in Marin County.",
      "Disney bought Lucasfilm in 2012 for about $4 billion.",
      "A restored release would sell well on Blu-ray, analysts at Variety said.",
    ].join("\n\n");
    const got = answers(active(body));
    expect(got.filter((a) => /Star Wars/.test(a))).toEqual([]);
    expect(got.length).toBeGreaterThan(0);
  });

  test("a name does not take in the sentence's first word ('If Lucasfilm')", () => {
    const a = analyzeArticle({ body: "If Lucasfilm releases the original cuts, fans in Ohio will buy them." });
    expect(a.sentences[0]!.mentions.map((m) => m.text)).toContain("Lucasfilm");
    expect(a.sentences[0]!.mentions.map((m) => m.text)).not.toContain("If Lucasfilm");
  });
});

describe("not worth asking", () => {
  test("who reported it: an outlet before 'adds'/'reports', in 'X's story', after 'published at'", () => {
    const body = [
      "Heise Online adds that the conflict seemed to be about moving some production to China.",
      "As Hackaday's March story explains, the new IDE calls boards made by Arduino SRL uncertified.",
      "Banzi broke his silence in an interview published at MAKEzine in 2015.",
    ].join("\n\n");
    const got = answers(active(body));
    for (const outlet of ["Heise Online", "Hackaday", "MAKEzine"]) expect(got).not.toContain(outlet);
    expect(got).toContain("Arduino SRL");
  });

  test("a famous person named in passing after their title, but not one the article keeps returning to", () => {
    const body = "Aside from Russian President Vladimir Putin, few foreign leaders stand up to Obama so openly.\n\nThe talks in Geneva ended in 2015.";
    expect(answers(active(body))).not.toContain("Vladimir Putin");
    const a = analyzeArticle({ body });
    expect(isFamousPerson(a, "Vladimir Putin")).toBe(true);
    const often = analyzeArticle({ body: ["Vladimir Putin met Merkel.", "Vladimir Putin spoke in Sochi.", "Vladimir Putin left in 2015."].join("\n\n") });
    expect(isFamousPerson(often, "Vladimir Putin")).toBe(false);
  });

  test("a quoted speaker's affiliation", () => {
    const body = "“Nothing has changed,” said Mr. Reeves, a senior fellow at the Bagnoud Center at Harvard University.\n\nThe sanctions were lifted in 2017 by the Treasury.";
    expect(answers(active(body))).not.toContain("Harvard University");
  });
});

describe("blanks cut in the wrong place", () => {
  test.each([
    { label: "a figure out of a version number", body: "Arduino LLC released version 1.6.0 of the Arduino IDE in February 2015.", not: ["1.6", "0", "6.0"] },
    { label: "the second year of a one-year span", body: "In the 2012-2013 season, Butler coached Cedar Stars Academy in New Jersey.", not: ["2013"] },
    { label: "a name cut before its particle", body: "The court charged President Omar Hassan al-Bashir with genocide in 2009 in The Hague.", not: ["Omar Hassan"] },
    { label: "half of an institution's name joined by 'and'", body: "Eric Reeves joined the Bagnoud Center for Health and Human Rights in Boston in 2012.", not: ["Human Rights", "Bagnoud Center for Health"] },
    { label: "an abbreviation right after the name it shortens", body: "In 2011, Industrial Light & Magic (ILM) began remastering the films in Marin County.", not: ["ILM"] },
    { label: "the rest of a name after its initials", body: "In 1991, President George H.W. Bush held back loan guarantees to Israel.", not: ["Bush"] },
    { label: "an outlet that ran a series", body: "Hackaday has run a two-part series on the dispute between Arduino LLC and Arduino SRL since 2015.", not: ["Hackaday"] },
    { label: "a unit conversion in brackets", body: "New Zealand lies some 2,000 kilometres (1,200 mi) east of Australia across the Tasman Sea.", not: ["1,200"] },
    { label: "a name its pronunciation spells out", body: "New Zealand (Māori: Aotearoa [aɔˈtɛaɾɔa]) is an island country in the Pacific Ocean.", not: ["Aotearoa"] },
    { label: "the end of a name after its particle", body: "Jerónimo de Ayanz y Beaumont received patents in 1606 for fifty steam powered inventions in Spain.", not: ["Beaumont"] },
    { label: "a country's capital", body: "New Zealand's capital city is Wellington, while its most populous city is Auckland.", not: ["Wellington"] },
    { label: "a state that only locates the town before it", body: "Harry McPherson died on February 16, 2012, in Bethesda, Maryland.", not: ["Maryland"] },
    { label: "a country whose demonym is in the stem", body: "SRL is the Italian equivalent of LLC, and Smart Projects was incorporated in Italy in 2004.", not: ["Italy"] },
  ])("$label", ({ body, not }) => {
    const got = answers(active(body));
    for (const x of not) expect(got).not.toContain(x);
  });

  test("blanks never start on a preposition nor end on a verb", () => {
    const body = [
      "Wired Italy reports that Martino resisted the plans of the other four founders in 2014.",
      "The USPTO set disclosure dates for August and October of 2015 in Alexandria.",
      "Smart Projects disapproved of licensing the hardware to factories in China.",
    ].join("\n\n");
    for (const q of active(body)) {
      if (q.kind !== "cloze") continue;
      expect(q.answer).not.toMatch(/^(?:for|of|in|on|at|to|and|that)\s/i);
      expect(q.answer).not.toMatch(/\s(?:reports|said|says)$/);
    }
  });
});

describe("light blanks: everyday words", () => {
  test("the list ranks everyday words and leaves out terms a text teaches", () => {
    expect(everydayRank("the")).toBe(3);
    expect(isEverydayWord("speech")).toBe(true);
    expect(isEverydayWord("communities")).toBe(true); // by its lemma
    for (const term of ["thylakoid", "inertia", "photosynthesis", "trademark"]) expect(isEverydayWord(term)).toBe(false);
  });

  test("an everyday adjective with an everyday noun is not a blank", () => {
    const got = answers(active("The town of Kelso opened its new public library on Saturday, three years after a fire destroyed the old building on Market Street.\n\nThe library cost 4.2 million pounds and was designed by the Edinburgh architect Fiona MacLeod."));
    expect(got).not.toContain("old building");
    expect(got.length).toBeGreaterThan(0);
  });

  test("an everyday word the article repeats is not a blank; a repeated term is", () => {
    const body = [
      "Mozilla believes in equality and freedom of speech, its founders said in 1998.",
      "The speech of its chief executive in 2014 caused a boycott by OkCupid.",
      "A second speech followed at a conference in Berlin.",
      "Light reactions take place in the thylakoid, a membrane sac inside the chloroplast.",
      "Each thylakoid holds chlorophyll that absorbs light.",
      "Stacks of thylakoid discs are called grana in the older literature.",
    ].join("\n\n");
    const got = answers(active(body));
    expect(got).not.toContain("speech");
    expect(got).toContain("thylakoid");
  });
});

describe("sentences that are not the article's facts", () => {
  test("a clause without a verb of its own gives no question", () => {
    const qs = active("Several islands are self-governing. The Cook Islands and Niue.");
    expect(qs.filter((q) => /Cook Islands and/.test(q.prompt))).toEqual([]);
  });

  test("a fragment whose only verbs are -ing forms gives no question", () => {
    const qs = generate("Butler coached Oratory Preparatory School from 2007.\n\nWinning the Manhattan Kickoff Classic, Jefferson Cup, and DTS Winter Invitational.");
    expect(qs.filter((q) => q.evidenceText.startsWith("Winning"))).toEqual([]);
  });

  test("a first-person block quotation gives no question, a roman numeral is not 'I'", () => {
    const qs = generate("Our apprehension of the danger to us in Vietnam was the same in 1963 as in 1954.\n\nWorld War I ended in 1918 with the Armistice of Compiègne.");
    expect(qs.filter((q) => q.evidenceText.startsWith("Our"))).toEqual([]);
    expect(qs.some((q) => q.evidenceText.startsWith("World War I") && q.status === "active")).toBe(true);
  });
});

describe("reported speech set out as a list", () => {
  test("the introduction ending in a colon and its one-paragraph items give no question; the report after them does", () => {
    const body = [
      "In a wide-ranging interview in Washington, President Obama also said:",
      "The UK must stay in the EU to have influence on the world stage.",
      "Syria needs a political solution in order to defeat the Islamic State group.",
      "Mr Obama was speaking to the BBC before departing for Kenya in July 2015.",
    ].join("\n\n");
    const qs = generate(body);
    expect(qs.filter((q) => /^(?:In a wide|The UK|Syria)/.test(q.evidenceText))).toEqual([]);
    expect(qs.some((q) => q.evidenceText.startsWith("Mr Obama") && q.status === "active")).toBe(true);
  });
});

describe("stems read on their own", () => {
  test("a clause loses a cleft opening ('What is clear is that')", () => {
    const qs = active("What is clear is that Smart Projects filed a petition with the US Patent and Trademark Office in October 2014.");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).not.toMatch(/What is clear/);
  });

  test("a clause loses its leading 'But'", () => {
    const qs = active("But the Shusha Declaration took the alliance between Türkiye and Azerbaijan to a new level in 2021.");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).not.toMatch(/^But\b/);
  });

  test("no active stem has an unpaired quotation mark", () => {
    const qs = active("Palestinian Authority President Mahmoud Abbas “has put aside efforts to shortcut the pursuit of peace in Gaza.\n\nIsrael froze tax revenue in January 2015.");
    for (const q of qs) {
      expect((q.prompt.match(/“/g) ?? []).length).toBe((q.prompt.match(/”/g) ?? []).length);
    }
  });

  test.each([
    { stem: "American officials said Sudan had shown progress on a number of these fronts.", unresolved: true },
    { stem: "Neither has Sudan’s status as a sponsor of terrorism changed since 1993.", unresolved: true },
    { stem: "One day later, Jamie Zawinski registered the domain mozilla.org.", unresolved: true },
    { stem: "This is why astronauts experience weightlessness in orbit around the Earth.", unresolved: true },
    { stem: "That is, the first law contradicts the belief that a force keeps an object moving.", unresolved: false },
    { stem: "Mr Obama has faced criticism in the country after the US legalised gay marriage.", unresolved: true },
    { stem: "Shortly afterwards, he was invited to Washington by a cousin.", unresolved: true },
    { stem: "When the Korean War broke out in 1950, he enlisted in the Air Force.", unresolved: true },
    { stem: "When Harry McPherson graduated in 1949, he enlisted in the Air Force.", unresolved: false },
    { stem: "Intending to be a poet and a writer, he enrolled at Columbia University.", unresolved: true },
    { stem: "This process exerts a downward pressure on wages in most markets.", unresolved: true },
    { stem: "This year Nordvolt opened a factory in Wrocław.", unresolved: false },
    { stem: "McPherson’s A Political Education, covering the years 1956 to 1969, concludes as follows.", unresolved: true },
    { stem: "The Acadians, both those captured in arms and those who had sworn the oath, were expelled.", unresolved: false },
    { stem: "That movie, in turn, was inspired by a 1929 travelogue by William Seabrook.", unresolved: true },
    { stem: "That's good news for travellers like the Petersons of Ohio.", unresolved: true },
    { stem: "The public did, the director told Live Science.", unresolved: true },
    { stem: "The measure failed, as 32.9% of the electorate did not, or had been unable to, vote.", unresolved: false },
    { stem: "This made the 4-cylinder triple-expansion engine popular with large passenger liners.", unresolved: true },
    { stem: "Reflecting this, the culture is mainly derived from Māori and early British settlers.", unresolved: true },
    { stem: "The ideal thermodynamic cycle used to analyze this process is called the Rankine cycle.", unresolved: true },
    { stem: "How long is this section?", unresolved: true },
    { stem: "Although the vote was 51.6% in favour of a Scottish Assembly, this figure did not equal the 40% threshold.", unresolved: false },
  ])("words pointing back to an earlier sentence: $stem", ({ stem, unresolved }) => {
    expect(checkNoUnresolvedPronoun(stem) === "unresolved-pronoun").toBe(unresolved);
  });
});

test("a dateline is not part of a stem", () => {
  expect(cleanDisplay("CAIRO — Gunmen opened fire on visitors at the museum.")).toBe("Gunmen opened fire on visitors at the museum.");
  expect(cleanDisplay("WASHINGTON, D.C. — The Senate voted on Tuesday.")).toBe("The Senate voted on Tuesday.");
  expect(cleanDisplay("NATO — the alliance — met in Brussels.")).toBe("NATO — the alliance — met in Brussels.");
  expect(cleanDisplay("(CNN) -- The storm struck the East Coast on Wednesday.")).toBe("The storm struck the East Coast on Wednesday.");
  expect(cleanDisplay("WASHINGTON (Reuters) - The Senate voted on Tuesday.")).toBe("The Senate voted on Tuesday.");
  // what is left when the clause cutter drops "(CNN)" as an aside
  expect(cleanDisplay("-- The storm struck the East Coast on Wednesday.")).toBe("The storm struck the East Coast on Wednesday.");
  const qs = active("(CNN) -- A winter storm struck the East Coast on Wednesday and closed 40 schools in Ohio.");
  expect(qs.length).toBeGreaterThan(0);
  expect(answers(qs)).not.toContain("CNN");
  for (const q of qs) expect(q.prompt).not.toMatch(/CNN|^\s*-/);
});

describe("quoted sources and vox pops", () => {
  const body = [
    "A winter storm struck the eastern United States on Wednesday and closed 40 schools in Ohio.",
    "\"We dodged a bullet,\" said Mark Dunlow, a spokesman for the Ohio Department of Transportation.",
    "Karen Blevitt said she drove from Columbus to Chicago on Tuesday to reach her daughter before the storm.",
    "Snow fell on Cleveland overnight, where the Cuyahoga River froze over.",
  ].join("\n\n");
  const qs = active(body);

  test("the name of someone the story only quotes is not asked, nor who they are", () => {
    expect(answers(qs).filter((a) => /Dunlow|Blevitt/.test(a))).toEqual([]);
    expect(qs.filter((q) => /Dunlow|Blevitt/.test(q.prompt) && q.kind !== "cloze" && q.kind !== "true_false")).toEqual([]);
  });

  test("what a quoted passer-by says about themselves gives no question; the story's facts do", () => {
    expect(qs.filter((q) => /Blevitt/.test(q.evidenceText))).toEqual([]);
    expect(answers(qs)).toContain("Cleveland");
  });

  test("no 'Who said ...?': readers rejected it even about someone the story shows acting (blind11: Accomazzo)", () => {
    const story = (extra: string[]) => [
      "A thaw in New York on Tuesday set off 40 manhole fires in Manhattan.",
      "The thaw worried Tasos Georgelis, deputy commissioner at the Department of Environmental Protection.",
      "“When you get a freeze and a thaw, the ground around the water mains moves,” Georgelis said.",
      ...extra,
      "Con Edison repaired 120 cables in Queens in January.",
      "Con Edison spent $40 million on new cables in 2013.",
      "The utility has replaced 300 miles of cable in Brooklyn since 2008.",
      "Mayor Eric Adams asked Con Edison for a report on the fires in February.",
      "Eric Adams blamed road salt for most of the fires.",
      "Salt was spread on 6,000 miles of streets in the Bronx in January.",
      "Eric Adams promised 80 new inspectors for the utility in March.",
      "Eric Adams visited the burnt cables on Canal Street in April.",
    ].join("\n\n");
    const who = (qs: GeneratedQuestion[]) => qs.filter((q) => /^Who said/.test(q.prompt));
    expect(who(active(story([])))).toEqual([]);
    // (once he orders the repairs too he is part of the story, but who said it is still attribution; his act is asked)
    const actor = active(story(["Georgelis ordered new valves for the mains in 2014."]));
    expect(who(actor)).toEqual([]);
    expect(actor.some((q) => /Georgelis ordered/.test(q.prompt))).toBe(true);
  });

  test("a quoted expert's words are still the story's facts", () => {
    const expert = active("Dr. Tomás Ibáñez, a geochemist at the National Autonomous University of Mexico, said mining could destroy 14 vent fields by 2030.");
    expect(answers(expert).length).toBeGreaterThan(0);
    expect(answers(expert)).not.toContain("Tomás Ibáñez");
  });
});

describe("blanks the next words give away", () => {
  test("the owner before a name's possessive, a name's end after a capital 'The' or inside a title, a time zone", () => {
    const body = [
      "Strong winds threatened the balloons in Macy's Thanksgiving Day Parade on Thursday in Manhattan.",
      "In 1997 researchers published three cases of zombification in the medical journal The Lancet.",
      "A decision will be made on Thursday before the parade's 9 a.m. ET start in Manhattan.",
      "In 1997 the Cat in the Hat balloon struck a pole on Central Park West.",
    ].join("\n\n");
    const got = answers(active(body));
    for (const a of ["Macy", "Lancet", "ET", "Hat"]) expect(got).not.toContain(a);
    expect(got.length).toBeGreaterThan(0);
  });

  test("where a quoted source works, and the affiliate they spoke to, are attribution", () => {
    const body = [
      "A storm closed 40 schools in Ohio and Indiana on Wednesday.",
      "The National Weather Service expects 14 inches of snow in Cleveland by Friday.",
      "\"It's ugly out there,\" CNN meteorologist Todd Borek said.",
      "Governor Mike DeWine closed state offices in Columbus on Thursday.",
      "\"It was a small fortune,\" Carla Penn, a nurse from Dayton, told CNN affiliate WUSA.",
    ].join("\n\n");
    const got = answers(active(body));
    for (const a of ["CNN", "WUSA", "Todd Borek", "Carla Penn", "Dayton"]) expect(got).not.toContain(a);
  });

  test("a distinctive word of the answer elsewhere in the stem gives it away; the article's everyday vocabulary does not", () => {
    expect(checkAnswerNotInStem("At the end of 2013, Mozilla announced a deal with _____ whereby Firefox would use a Cisco-provided codec.", "Cisco Systems", [], new Set())).toBe("answer-in-stem");
    expect(checkAnswerNotInStem("McPherson believed the Vietnam War was unwinnable and urged a halt to the bombing of _____.", "North Vietnam", [], new Set())).toBe("answer-in-stem");
    // "Khan" runs through an article on the Mongols: no give-away
    expect(checkAnswerNotInStem("Before Genghis Khan died, he assigned _____ as his successor.", "Ögedei Khan", [], new Set(["khan"]))).toBe(null);
  });

  test("a phrase is not cut before the noun it modifies ('the problem of district | gerrymandering')", () => {
    const qs = active("Direct representation removes the problem of district gerrymandering because it does not divide the land into districts.");
    expect(answers(qs)).not.toContain("problem of district");
  });

  test("a bare noun the sentence before explained points back ('The trend is ...')", () => {
    expect(checkNoUnresolvedPronoun("The trend is, in part, inspired by video games like Resident Evil.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("The trend of rising sea levels began in 1900.")).toBe(null);
  });
});

describe("sentences cut where the writer cut them", () => {
  test("a single capital letter ends a sentence before 'Further', 'Moreover' and the like", () => {
    const spans = splitSentences("Three candidates run: A, B, and C. Further suppose that A receives 90,000 votes.");
    expect(spans).toHaveLength(2);
  });

  test("a relative clause cut from a fronted phrase leaves its comma ('by Richard Matheson, George Romero')", () => {
    const qs = active('Working off the 1954 novel "I Am Legend," by Richard Matheson, which tells the story of the last man standing in a world of monsters, George Romero and John Russo told their own tale in 1968.');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).not.toMatch(/Matheson George|_____ George|Matheson _____/);
  });
});

describe("wh-questions a teacher would write", () => {
  const q = (clause: string, ans: string, type: string) => {
    const s = clause.indexOf(ans);
    return whQuestionFor(clause, s, s + ans.length, { type });
  };
  test("a holiday is no place, and a capitalised opener the article names nothing with is lower-cased", () => {
    const qs = active("Forecasters see mostly smooth sailing into Thanksgiving across the Midwest.\n\nAirlines reported 12 delays in Chicago on Wednesday.");
    expect(qs.filter((q) => /which place/i.test(q.prompt))).toEqual([]);
    const wh = whQuestionFor("Forecasters predicted heavy snow in Chicago.", 36, 43, { type: "city" }, undefined, () => false);
    expect(wh).toMatch(/ forecasters /);
  });

  test("a title before a name keeps its capital", () => {
    expect(q("In 1997, President Bill Clinton imposed a trade embargo against Sudan.", "1997", "year")).toBe("When did President Bill Clinton impose a trade embargo against Sudan?");
  });
  test("a city is asked 'in which city', which its country does not answer", () => {
    expect(q("Osama bin Laden lived in Khartoum in the mid-1990s.", "Khartoum", "city")).toBe("In which city did Osama bin Laden live in the mid-1990s?");
  });
  test("a fronted description is dropped, not moved to the end", () => {
    expect(q("A prominent Washington lawyer since 1969, McPherson was awarded the Lifetime Achievement Award in 2008.", "2008", "year")).toBe("When was McPherson awarded the Lifetime Achievement Award?");
  });
  test("an everyday word opening the subject is lower-cased, a name is not", () => {
    expect(whQuestionFor("Professional and labor organizations may limit the supply of workers.", 51, 69, { type: "concept" }, undefined, () => false)).toBe("What may professional and labor organizations limit?");
    expect(q("Bush visited Kenya in 1991.", "1991", "year")).toBe("When did Bush visit Kenya?");
  });
  test("nothing is asked out of a coordination of phrases ('in 1551 and by Giovanni Branca in 1629')", () => {
    expect(q("A steam turbine device was described by Taqi al-Din in 1551 and by Giovanni Branca in 1629.", "Giovanni Branca", "person")).toBeNull();
  });
  test("the question stops before a second clause with its own subject", () => {
    const out = q("Trevithick visited the Newcastle area in 1804 and the colliery railways in England became the centre of locomotive building.", "Trevithick", "person");
    expect(out).toBe("Who visited the Newcastle area in 1804?");
  });
  test("the question stops before a relative clause, and is not formed inside 'the Jamaica national team' or after a possessive", () => {
    expect(q("Butler entered Southern New Hampshire University where he played soccer.", "Southern New Hampshire University", "organisation")).toBe("Which organisation did Butler enter?");
    expect(q("In 1985, Butler started his career with the Jamaica national football team.", "Jamaica", "country")).toBeNull();
    expect(q("McPherson was awarded American Lawyer magazine’s Lifetime Achievement Award in 2008.", "Lifetime Achievement Award", "event")).toBeNull();
  });
});

describe("wrong answers of the right kind", () => {
  const israel = [
    "The Palestinian Authority said it would join the International Criminal Court at The Hague on April 1.",
    "Israel pledged to punish the Palestinian Authority by freezing its tax revenue in January.",
    "The United States gives hundreds of millions of dollars of aid to the Palestinian Authority.",
    "President Obama flew to Jerusalem aboard Air Force One in March 2013.",
    "The Brookings Institution and the ICC both commented on the vote in Tel Aviv.",
    "Iran and Syria criticised the decision in Geneva.",
  ].join("\n\n");

  test("a false statement never swaps who said something", () => {
    const body = [
      "Josh Earnest added that the election would force the administration to reconsider its approach in 2015.",
      "Mahmoud Abbas said envoys would meet in Ramallah in 2014.",
      "Martin Indyk said the relationship was damaged in March.",
      "Yitzhak Shamir said he opposed the Madrid peace talks in 1991.",
      "Dennis Ross said Cairo would host talks in 2010.",
    ].join("\n\n");
    expect(generate(body).some((x) => x.kind === "true_false" && x.answer === "false" && x.prompt.startsWith("Josh Earnest"))).toBe(false);
    for (const q of generate(body).filter((x) => x.kind === "true_false" && x.answer === "false")) {
      expect(q.prompt).not.toMatch(/^(?:Mahmoud Abbas|Martin Indyk) added/);
      expect(q.prompt).not.toMatch(/^(?:Josh Earnest|Mahmoud Abbas) said/);
    }
  });

  test("a false statement swaps in only names the article gives", () => {
    const qs = active(israel).filter((q) => q.kind === "true_false" && q.answer === "false");
    for (const q of qs) {
      for (const name of q.prompt.match(/\p{Lu}[\p{L}-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]+)*/gu) ?? []) expect(israel).toContain(name.replace(/^The /, ""));
    }
  });

  test("no multiple-choice question offers names outside the article for an organisation", () => {
    const orgs = ["Palestinian Authority", "International Criminal Court", "Brookings Institution", "ICC", "Air Force One"];
    for (const q of active(israel).filter((x) => x.kind === "multiple_choice" && orgs.includes(x.answer))) {
      for (const c of q.choices ?? []) expect(israel).toContain(c);
    }
  });

  test("in a 'the _____' slot every choice reads with 'the'", () => {
    for (const q of active(israel).filter((x) => x.kind === "multiple_choice" && / the _____/.test(x.prompt))) {
      if (!readsWithThe(q.answer)) continue;
      for (const c of q.choices ?? []) expect(readsWithThe(c)).toBe(true);
    }
    expect(readsWithThe("United States")).toBe(true);
    expect(readsWithThe("Iran")).toBe(false);
  });

  test("a group is offered groups, not individuals; a country its neighbours, not another continent's", () => {
    const body = [
      "Tunisian Islamists and secular forces have worked together since 2011 in Tunis.",
      "Hundreds of Salafists assaulted the embassy in 2012, Habib Essid said.",
      "Ajmi Lourimi of Ennahda said the attack would unite the parties.",
      "Officials worry about militants trained in Libya, Egypt and Algeria.",
      "President Kenyatta of Kenya met leaders of Ethiopia, Uganda and Somalia in Nairobi.",
    ].join("\n\n");
    const qs = generate(body).filter((q) => q.kind === "multiple_choice");
    for (const q of qs.filter((x) => isGroupWord(x.answer))) for (const c of q.choices ?? []) expect(isGroupWord(c)).toBe(true);
    for (const q of qs.filter((x) => x.answer === "Kenya")) for (const c of q.choices ?? []) expect(["Germany", "Italy", "Iran", "Cuba", "Japan"]).not.toContain(c);
    expect(isGroupWord("Islamists")).toBe(true);
    expect(isGroupWord("Habib Essid")).toBe(false);
  });

  test("a country the gazetteer lacks is offered its own region's countries, not the article's European ones", () => {
    const body = [
      "Officials in Rome and Berlin met on Monday to discuss migration across the Mediterranean.",
      "Italy and Germany pledged 40 million euros for coast guards.",
      "Security officials are concerned by the collapse of Libya, where armed groups are entrenched.",
      "Many migrants leave from Libya for Italy in small boats.",
    ].join("\n\n");
    const mcs = generate(body).filter((x) => x.kind === "multiple_choice" && x.answer === "Libya");
    expect(mcs.length).toBeGreaterThan(0);
    for (const q of mcs) {
      expect(q.choices).not.toContain("Germany");
      expect(q.choices).not.toContain("Italy");
    }
  });

  test("every multiple-choice question, draft or active, has at least three choices", () => {
    for (const q of generate(israel).filter((x) => x.kind === "multiple_choice")) expect(q.choices?.length ?? 0).toBeGreaterThanOrEqual(3);
  });
});

describe("ordering items read as events", () => {
  test("no item starts on an -ing word or an indefinite subject, or keeps the hole a removed date left", () => {
    const body = [
      "Following up on the first Blu-ray release in 2011, ILM began remastering the films.",
      "In a report released in November 2012, Mozilla reported that its revenue for 2011 was $163 million.",
      "Netscape released its source code in 1998.",
      "AOL reduced its involvement with Mozilla in July 2003.",
      "Mozilla promoted Brendan Eich to chief executive in March 2014.",
    ].join("\n\n");
    const labels = findDatedEvents(analyzeArticle({ body: `${body}\n\nTrevithick visited the Newcastle area later in 1804.\n\nIn 2009 the Geographic Board discovered that the name had never been made official.` })).map((e) => e.label);
    for (const l of labels) expect(l).not.toMatch(/\blater$|discovered$/);
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) {
      expect(l).not.toMatch(/^\p{L}+ing\b/u);
      expect(l).not.toMatch(/^(?:A|An|Some)\s/);
      expect(l).not.toMatch(/\b(?:for|in|on|of)\s+(?:was|were|is|are)\b/);
    }
  });
});

describe("counts written in words", () => {
  test("a count in words is asked as a blank, with words for choices", () => {
    const body = [
      "While the Mercury capsule could carry one astronaut, the Apollo spacecraft would carry three astronauts to the Moon.",
      "Twelve actors have headlined the series since 1963.",
    ].join("\n\n");
    const qs = active(body);
    expect(answers(qs)).toContain("three");
    for (const q of qs.filter((x) => x.kind === "multiple_choice" && /^\p{L}+$/u.test(x.answer))) {
      for (const c of q.choices ?? []) expect(c).toMatch(/^\p{L}+$/u);
    }
    expect(qs.filter((q) => /^How many/.test(q.prompt) && /^\p{L}+$/u.test(q.answer))).toEqual([]);
  });

  test("not when the sentence spells it out, it is a time, one of two counts, or things already counted", () => {
    const body = [
      "Temüjin had three brothers named Hasar, Hachiun and Temüge in the Mongol steppe.",
      "Four years ago, Türkiye and Azerbaijan signed the Shusha Declaration in Shusha.",
      "Such engines use either three or four expansion stages in the Royal Navy.",
      "Only four main interactions are known: strong, electromagnetic, weak, and gravitational.",
      "The declaration elevated relations between the two countries in 2021.",
    ].join("\n\n");
    const got = answers(generate(body));
    for (const w of ["three", "Four", "four", "two"]) expect(got).not.toContain(w);
  });
});

describe("half a date or half a name", () => {
  test("a day without its year is asked whole, never its day alone; a name joined by a slash is not halved", () => {
    const body = [
      "On April 20, Kennedy sent a memo to Vice President Lyndon B. Johnson about the space program.",
      "On October 25, three study contracts were awarded to General Dynamics/Convair and General Electric.",
    ].join("\n\n");
    const got = answers(generate(body).filter((q) => q.status === "active"));
    expect(got).not.toContain("20");
    expect(got).not.toContain("25");
    expect(got).not.toContain("Dynamics");
    expect(got).not.toContain("Convair");
    expect(answers(generate(body))).toContain("April 20");
  });
});

describe("from a fresh read of a New Jersey report, Bodmin and neon signs", () => {
  test("no blank on a title's abbreviation, the name after 'St.', half a case name, a source's year in brackets, a figure after a slash", () => {
    const body = [
      "TRENTON — Gov. Chris Christie's speech on Tuesday angered Senator Michael Doherty of Warren County.",
      "St. Petroc founded a monastery in Bodmin in the 6th century.",
      "The districts still receive money under Abbott v. Burke, a ruling of 1985 in Trenton.",
      "Arthur Langdon (1896) records three Cornish crosses at Bodmin.",
      "Neon turned ordinary buildings in Paris into 24/7 billboards by 1930.",
    ].join("\n\n");
    const got = answers(active(body));
    for (const a of ["Gov", "Petroc", "Abbott", "Burke", "1896", "7", "24"]) expect(got).not.toContain(a);
    expect(got.length).toBeGreaterThan(0);
  });

  test("a person's party and district in brackets is no abbreviation to expand", () => {
    const qs = generate("State Sen. Michael Doherty (R-Warren) criticised the budget in Trenton on Tuesday.\n\nDoherty voted against the plan in 2014.");
    expect(qs.filter((q) => /R-Warren/.test(q.prompt) && q.kind !== "cloze" && q.kind !== "true_false")).toEqual([]);
  });

  test("one member of a roll of names is not asked (blind10 extended it to names the lists know)", () => {
    const got = answers(active([
      "The hamlets of Cooksland, Dunmere and Turfdown are in the parish of Bodmin.",
      "The town lies on the River Camel in Cornwall.",
      "Its market charter dates from 1179 under Henry II.",
      "In 2023 a summit between Türkiye, Azerbaijan and Pakistan was held in Baku.",
      "The railway reached the town in 1834.",
    ].join("\n\n")));
    expect(got).not.toContain("Turfdown");
    expect(got).not.toContain("Dunmere");
    expect(got).not.toContain("Pakistan");
    expect(got).toContain("Cornwall");
  });

  test("'the latter' points back; 'For instance,' leaves the stem; 'the former' as 'previous' does not point back", () => {
    expect(checkNoUnresolvedPronoun("At the latter event, a neon sign reading Futurama lit the way.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("The Parliament moved to the former Strathclyde Regional Council debating chamber in Glasgow.")).toBe(null);
    const qs = active("For instance, Doherty noted that Christie declined to re-nominate Justice Helen Hoens in 2013.");
    for (const q of qs) expect(q.prompt).not.toMatch(/^For instance/);
  });

  test("'One was near ...', 'Asked about it by ...' and a quoted 'And he didn't' point back; 'declined to comment' is no fact", () => {
    expect(checkNoUnresolvedPronoun("One was near the Berry Tower, one was outside Bodmin Gaol and another was in a field.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Asked about it by NJ Advance Media, Doherty declined to repeat that exact word.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("“And he didn’t,” Doherty said in a phone interview.")).toBe("unresolved-pronoun");
    expect(active("A spokesman for Christie declined to comment.\n\nChristie took office in Trenton in 2010.").filter((q) => /declined/.test(q.prompt))).toEqual([]);
  });

  test("a city is offered its own country's cities ('In which city in the United States ...?': not Warsaw or Paris)", () => {
    const body = [
      "Georges Claude showed his neon lights in Paris in 1910.",
      "Neon signs spread to Warsaw and Berlin by the 1930s.",
      "The first neon signs in the United States debuted in Los Angeles in 1923.",
      "The Packard company paid 24,000 dollars for two signs.",
    ].join("\n\n");
    const mcs = generate(body).filter((x) => x.kind === "multiple_choice" && x.answer === "Los Angeles");
    expect(mcs.length).toBeGreaterThan(0);
    for (const q of mcs) {
      for (const c of q.choices ?? []) expect(["Paris", "Warsaw", "Berlin"]).not.toContain(c);
    }
  });

  test("a name gets multiple choice only when the article gives two of its wrong answers (or the gazetteer its neighbours)", () => {
    const body = [
      "Bodmin is a town in Cornwall with a population of 14,736.",
      "The Black Death killed half of Bodmin's population in the mid 14th century.",
      "The railway reached the town in 1834.",
      "The town hall was rebuilt in 1837.",
    ].join("\n\n");
    expect(generate(body).filter((q) => q.kind === "multiple_choice" && q.answer === "Black Death")).toEqual([]);
  });

  test("a saint is offered saints and a regnal name regnal names, or no choices at all", () => {
    const body = [
      "In the 15th century the church of St Petroc in Bodmin was largely rebuilt.",
      "John Speed drew a map of Bodmin in 1610, engraved by Jodocus Hondius.",
      "Perkin Warbeck was proclaimed King Richard IV in Bodmin in 1497.",
      "Michael An Gof led a Cornish army to London in 1497.",
    ].join("\n\n");
    for (const q of generate(body).filter((x) => x.kind === "multiple_choice")) {
      if (/^St\s/.test(q.answer)) for (const c of q.choices ?? []) expect(c).toMatch(/^(?:St\.?|Saint)\s/);
      if (/\s[IVX]+$/.test(q.answer)) for (const c of q.choices ?? []) expect(c).toMatch(/\s[IVX]+$/);
    }
  });

  test("ordering items are whole events: no participle alone, no 'The first was', no dangling preposition", () => {
    const body = [
      "St. Petroc founded a monastery in Bodmin in the 6th century.",
      "Bodmin is one of the oldest towns in Cornwall, and the only large Cornish settlement recorded in the Domesday Book in 1086.",
      "In 1549, Cornishmen, allied with other rebels in neighbouring Devon, rose once again in rebellion.",
      "The first was the Cornish Rebellion of 1497.",
      "The Black Death killed half of Bodmin's population in 1349.",
      "The railway reached Bodmin in 1834.",
    ].join("\n\n");
    for (const q of generate(body).filter((x) => x.kind === "ordering")) {
      for (const item of q.items ?? []) {
        expect(item).not.toMatch(/^The only large Cornish settlement recorded in the Domesday Book$|^Cornishmen, allied with other rebels(?: in neighbouring Devon)?$|^The first was| of$/);
      }
    }
  });
});

describe("after the blind read of a Reuters report, Antique and a science explainer (on 7acddbb)", () => {
  test("a quoted expert the tagger left untyped is a source too; 'said van _____' is half a name; a unit conversion in brackets is no blank", () => {
    const body = [
      "Indonesia widened the search for the missing plane on Monday near Belitung island.",
      "Soelistyo, head of Indonesia's search and rescue agency, told local television the search area would be expanded.",
      "\"It's so shallow that they may just be able to spot the plane,\" said van Sebille, an oceanographer at the University of New South Wales.",
      "Strong currents mean any debris would be drifting up to 50 km (31 miles) a day east of Belitung.",
      "Officials said the sea was only 50 to 100 (150 to 300 feet) metres deep near Belitung.",
    ].join("\n\n");
    const got = answers(active(body));
    for (const a of ["Soelistyo", "Sebille", "31", "300", "150"]) expect(got).not.toContain(a);
    // nor is the conversion swapped in a false statement
    expect(active(body).filter((q) => q.kind === "true_false" && /\((?!150 to 300 feet)[\d ,]+to 300 feet\)|\(\d+ miles\)/.test(q.prompt) && !/\(31 miles\)/.test(q.prompt))).toEqual([]);
  });

  test("an apposition without its closing comma still frames a quoted source; the outlet told is none; the story's facts stay", () => {
    const body = [
      "Indonesia widened the search for the missing plane on Monday near Belitung island.",
      "The sea is shallow, Erik van Sebille, a physical oceanographer at the University of New South Wales told Reuters on Monday.",
      "Soelistyo, head of Indonesia's search and rescue agency, told local television the search area between Sumatra and Borneo would be expanded.",
      "President Joko Widodo visited the crisis centre in Surabaya on Tuesday.",
      "Joko Widodo promised the families that the search would go on.",
      "Ships from Singapore and Malaysia joined the search on Tuesday.",
      "Joko Widodo later flew over the Java Sea.",
    ].join("\n\n");
    const a = analyzeArticle({ body });
    expect(a.sources.has("erik van sebille")).toBe(true);
    // whom it was told to is no source
    expect(a.sources.has("reuters")).toBe(false);
    expect(active(body).some((q) => /Sumatra|Borneo/.test(q.prompt + q.answer))).toBe(true);
  });

  test("an opening quotation mark keeps no stray space when an aside is cut; 'in late' without its year is no event", () => {
    expect(cleanDisplay('They sang the song " Die for You" in English.')).toBe('They sang the song "Die for You" in English.');
    const body = ["Antique were formed in 1999 in Sweden.", "Antique won third place at Eurovision in 2001.", "Antique disbanded in late 2003 on good terms.", "Paparizou won Eurovision in 2005."].join("\n\n");
    for (const q of generate(body).filter((x) => x.kind === "ordering")) for (const item of q.items ?? []) expect(item).not.toMatch(/in late(?! \d)/);
  });

  test("'The song went on to ...' points back; a flight is asked as a flight, not a company", () => {
    expect(checkNoUnresolvedPronoun("The song went on to become their biggest hit in Greece.")).toBe("unresolved-pronoun");
    const qs = generate("In the third incident, Malaysia Airlines Flight MH17 was shot down over Ukraine on July 17, killing all 298 people on board.\n\nAirAsia had no crash before 2014.");
    expect(qs.filter((q) => /Which company was shot down/.test(q.prompt))).toEqual([]);
  });
});

describe("places beside the place that holds them", () => {
  test("the country after a city and a famous city before its country are not asked; a small town before its state is", () => {
    const body = [
      "Antique represented Greece at the Eurovision Song Contest 2001 in Copenhagen, Denmark with a song in two languages.",
      "Bodmin is a civil parish and historic town in Cornwall, England, United Kingdom.",
      "McPherson was born and raised in Tyler, Texas, and studied law at the University of Texas.",
      "The lake is situated where Germany, Switzerland, and Austria meet.",
    ].join("\n\n");
    const got = answers(active(body));
    for (const a of ["Copenhagen", "Denmark", "England"]) expect(got).not.toContain(a);
    expect(got).toContain("Tyler");
    // a list of places is no apposition: its members may still be asked
    expect(generate(body).filter((q) => /Germany, Switzerland/.test(q.prompt) && q.rejectReasons.includes("general-knowledge"))).toEqual([]);
  });
});

describe("'them' after one person", () => {
  test("'Paparizou told them' points back; 'B and C ... disagrees with them' does not", () => {
    expect(checkNoUnresolvedPronoun("Paparizou told them that the _____ are for a man.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Elena Paparizou told them in 2004 that she would leave.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("If B and C agree on an issue that A disagrees with them on, they can out-vote _____.")).toBeNull();
  });
});

describe("choices of the kind the key's head names", () => {
  const body = [
    "McPherson served in the Korean War and later opposed the Vietnam War.",
    "In 1966 McPherson organized the White House Conference with Berl Bernhard.",
    "A prominent Washington lawyer since 1969, McPherson was awarded the Lifetime Achievement Award in 2008 by the bar.",
    "Departure delays from Philadelphia International Airport averaged nearly two hours on Wednesday.",
    "Patrol Chief James Hall said the roads were clear, and the Palace of Versailles stayed open.",
    "Reagan National Airport had short delays and the Korean War memorial was closed.",
  ].join("\n\n");
  test("an award is not offered wars or conferences, an airport no palace or hall; an award is asked as an award", () => {
    const qs = generate(body).filter((x) => /Award|Airport/.test(x.answer));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect((q.choices ?? []).filter((c) => /War|Conference|Hall|Palace/.test(c))).toEqual([]);
    expect(qs.filter((q) => /^Which event\b/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => /^Which award was McPherson awarded in 2008/.test(q.prompt))).toBe(true);
  });
});

describe("wh-questions that read wrong", () => {
  test("no 'When' with another time in the clause, no 'What percentage is X owned by', no preposition left at the end", () => {
    const body = [
      "A rudimentary steam turbine device was described by Taqi al-Din in 1551 and by Giovanni Branca in 1629.",
      "Indonesia AirAsia is 49 percent owned by Malaysia-based budget carrier AirAsia.",
      "Fuego placed third in the actual contest with 147 points.",
    ].join("\n\n");
    const prompts = generate(body).map((q) => q.prompt);
    expect(prompts.filter((p) => /^When was a rudimentary steam turbine/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /^What percentage is/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /\swith\?$/.test(p))).toEqual([]);
    // the facts are still asked, as blanks
    const got = answers(active(body));
    for (const a of ["1629", "49 percent", "147"]) expect(got).toContain(a);
  });
});

test("a word in capitals is never the verb a wh-question turns on", () => {
  const prompts = generate("In 1999, some DJ friends of her brother asked Elena Paparizou to record a demo of the hit.").map((q) => q.prompt);
  expect(prompts.filter((p) => /\bdj\b|When do some/.test(p))).toEqual([]);
  expect(prompts).toContain("When did some DJ friends of her brother ask Elena Paparizou to record a demo of the hit?");
});

test("a name the title gives and the story repeats is its subject, even when the story mostly says 'the plane'", () => {
  const body = [
    "Indonesia widened the search for the missing plane on Monday near Belitung island.",
    "The AirAsia plane lost contact with air traffic control early on Sunday.",
    "Officials said the plane had asked to climb to avoid storm clouds.",
    "Ships from Singapore and Malaysia joined the search on Tuesday.",
    "AirAsia said the pilot had more than 20,000 flying hours.",
    "The sea in the area is only 50 metres deep, officials said.",
    "Debris could drift up to 50 km a day in the strong currents.",
    "Families gathered at the airport in Surabaya on Tuesday.",
    "The airline had not suffered a fatal crash before, AirAsia said.",
    "President Joko Widodo visited the crisis centre in Surabaya.",
    "Search teams from Australia arrived on Wednesday with two aircraft.",
    "Relatives of the passengers waited for news at a hotel near the airport.",
    "A navy spokesman said three ships had sonar equipment on board.",
    "The weather over the Java Sea improved on Wednesday afternoon.",
    "Divers were ready to go down as soon as wreckage was found.",
    "Experts from France arrived in Jakarta to help read the flight data.",
    "Most of the 155 passengers were from Surabaya and nearby towns.",
    "Police collected samples from relatives to help identify victims.",
    "The transport ministry said it would review flight permits in December.",
  ].join("\n\n");
  const titled = generateQuestions({ slug: "t", body, title: "AirAsia search widens as families wait in Surabaya" }).questions.filter((q) => q.status === "active");
  expect(answers(titled)).not.toContain("AirAsia");
  expect(titled.filter((q) => q.kind === "true_false" || q.answer !== "AirAsia").length).toBeGreaterThan(0);
});

test("the noun a figure counts is not blanked ('four of the five _____')", () => {
  const body = [
    "The scientists asked five participants to judge the direction of moving dots on a screen.",
    "The participants reported when they had made up their minds in each trial.",
    "The decision times fit the model so well that the scientists predicted the choices of four of the five participants.",
    "Each participant completed hundreds of trials over several days.",
  ].join("\n\n");
  expect(active(body).filter((q) => /of the five _____/.test(q.prompt))).toEqual([]);
});

describe("from a fresh read of two New York Times pieces and the Arts Club of Chicago (preread5, on 98a8842)", () => {
  test("a demonstrative noun phrase points back: 'that number', 'that idea', 'This mission'; a complementiser does not", () => {
    expect(checkNoUnresolvedPronoun("During peak season in early March, that number can expand to more than _____.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("_____ has not taken up that idea.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("This mission arose from the contemporary _____ art scene.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Officials said that prices rose by _____ percent.")).toBeNull();
    expect(checkNoUnresolvedPronoun("The council decided that funding would end in _____.")).toBeNull();
    // (a time phrase is no demonstrative noun phrase, but "that year" still needs the year the sentence before gave:
    // the blind25 reader rejected all three stems with it, 2026-12-07; with the year in the stem it stands)
    expect(checkNoUnresolvedPronoun("In that year, the club moved to _____.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("The club was founded in 1902, and in that year it moved to _____.")).toBeNull();
  });

  test("not asked: the year a figure is compared with, a street number, half of a name ending in 's, a square-metre conversion", () => {
    const body = [
      "The cost of interest is on track to hit $390 billion next year, nearly 50 percent more than in 2017, the budget office said.",
      "The club moved in 1997 to its current location at 201 E. Ontario Street in Chicago.",
      "The Art Institute sold several works from its collection at Sotheby's in guaranteed lots in 1990.",
      "The new space is 19,000 square feet (1,800 m2) and opened in 1997.",
    ].join("\n\n");
    const got = answers(active(body));
    for (const a of ["2017", "201", "Sotheby", "1,800"]) expect(got).not.toContain(a);
    expect(got).toContain("$390 billion");
  });

  test("the same words in another order are one name: never two choices", () => {
    expect(isVariantOfForTest("Department of Environmental Protection", "Environmental Protection Department")).toBe(true);
    expect(isVariantOfForTest("European Council", "Council of Europe")).toBe(false);
  });

  test("'The department ...' becomes the article's one department; with two it stays a draft", () => {
    const one = "Joe Carbone works for the Transportation Department in New York.\n\nThe department is resurfacing more than 6,000 miles of streets in the city.";
    expect(active(one).some((q) => /^The Transportation Department is resurfacing/.test(q.prompt))).toBe(true);
    const two = "Joe Carbone works for the Transportation Department in New York.\n\nThe Environmental Protection Department fixes water mains.\n\nThe department is resurfacing more than 6,000 miles of streets in the city.";
    expect(active(two).filter((q) => /^The department\b/i.test(q.prompt))).toEqual([]);
  });

  test("no 'How many ...?' with another figure in the clause; no possessive left without its noun; no 'since?' at the end", () => {
    const body = [
      "The department is continually resurfacing the city's more than 6,000 miles of streets and 19,000 lane miles.",
      "In a decade, interest on the debt will eat up 13 percent of government spending, up from 6.6 percent in 2017.",
      "Eleven world records have been set on the Berlin course since 1998.",
    ].join("\n\n");
    const prompts = generate(body).map((q) => q.prompt);
    expect(prompts.filter((p) => /^(?:How many|What percentage)\b/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /['’]s of\b|\bsince\?$/.test(p))).toEqual([]);
  });
});

describe("more from preread5", () => {
  test("a quoted expert who 'warns' or is 'said Senator ...' is a source; the words of a speech frame are no antecedent", () => {
    const body = [
      "The government will pay $390 billion in interest next year, the budget office said on Tuesday.",
      "“The issue has just disappeared,” said Senator Mark Warner, a Virginia Democrat.",
      "“This is unprecedented,” said Jeffrey Frankel, an economist at Harvard.",
      "Mr. Frankel warns that when the economy weakens, the government will find it harder to cut taxes.",
      "Interest payments will overtake Medicaid in 2020 and the defense budget in 2023.",
    ].join("\n\n");
    const got = answers(active(body));
    for (const a of ["Mark Warner", "Jeffrey Frankel", "Frankel"]) expect(got).not.toContain(a);
    expect(checkNoUnresolvedPronoun("Each year, agency officials said, it uses more than one million tons of asphalt to repave _____ lane-miles.")).toBe("unresolved-pronoun");
  });

  test("'for a' inside an institution's name keeps it whole; the country a story is set in is not asked", () => {
    const a = analyzeArticle({ body: "Marc Goldwein works at the Committee for a Responsible Federal Budget in Washington." });
    expect(a.sentences[0]!.mentions.some((m) => m.text === "Committee for a Responsible Federal Budget")).toBe(true);
    const body = [
      "The United States will spend more on interest than on its children by 2020.",
      "The total public debt of the United States stands at nearly $16 trillion.",
      "Deficit hawks warn that the United States could face a crisis like Greece.",
      "The United States can still borrow because the Federal Reserve can print money.",
      "Interest rates fell in the decade after the 2008 recession.",
    ].join("\n\n");
    expect(answers(active(body))).not.toContain("United States");
  });
});

test("the category a list's items belong to is a light blank ('pipes and other _____')", () => {
  const body = [
    "Many excavations that are close to pipes and other utilities are put off until spring.",
    "Utilities in the city include water mains, gas lines and telecom wires.",
    "The utilities are mapped by the city every year, and the utilities company checks them.",
  ].join("\n\n");
  expect(active(body).filter((q) => /and other _____/.test(q.prompt))).toEqual([]);
});

test("two clauses under one 'When' are not cut apart into a comma splice", () => {
  const body = "When rock salt melts ice, and the water seeps down manholes and into electrical units, it can set off fires strong enough to pop a 300-pound manhole cover five stories into the air.";
  expect(generate(body).filter((q) => /^The water seeps down manholes and into electrical units, it can/.test(q.prompt))).toEqual([]);
  expect(active(body).length).toBeGreaterThan(0);
});

test("a relative clause dropped with the second one on its noun: no 'said _____ where he is known'", () => {
  const body = "Potholes form when water and salt seep into cracks and freeze, creating a larger crevice, said Joe Carbone, who works for the Transportation Department, where he is known as the pothole chief.";
  expect(generate(body).filter((q) => /Carbone where|_____ where he is known|Carbone, where/.test(q.prompt))).toEqual([]);
});

test("where a speaker works, said in a relative clause, is attribution ('said Joe Carbone, who works for the _____')", () => {
  const body = [
    "New York City filled more than 1,786,300 potholes since 2014, officials said on Monday.",
    "Potholes form when water and salt seep into cracks and freeze, said Joe Carbone, who works for the Transportation Department.",
    "Con Edison records about 500 gas leaks in a typical month in Manhattan.",
    "The Department of Environmental Protection repaired 75 water-main breaks in January.",
    "Mayor Bill de Blasio took office in 2014 and promised faster repairs.",
    "Crews in Brooklyn and Queens worked through the weekend in February.",
  ].join("\n\n");
  const qs = generate(body).filter((q) => /who works for the _____/.test(q.prompt));
  expect(qs.filter((q) => q.status === "active")).toEqual([]);
  expect(qs.every((q) => q.status === "draft")).toBe(true);
});

describe("after the blind read of the Telegraph on Thatcher, Thoor Ballylee and Redonda (blind7, on a765f52)", () => {
  const telegraph = [
    "Margaret Thatcher tried to delay the new exams in 1986, newly released files show.",
    "Sir Keith Joseph had insisted that the new scheme would stretch teenagers.",
    "Mrs Thatcher raised her concerns with Mr Joseph in the spring of 1986.",
    "However on March 6 Mr Joseph wrote to her insisting she was wrong about the exams.",
    "The exams were introduced in September 1986 with Kenneth Baker, now Lord Baker of Dorking, as education secretary.",
    "Michael Gove later reformed the exams in 2014, and Mark Addison of the policy unit advised caution in 1986.",
    "The standard was initially high, Lord Baker added, but grades rose over time.",
    "Mrs Thatcher was advised by the No 10 policy unit to postpone the new system.",
    "Gove is said to believe that the new grades are fairer than the old ones in 2015.",
  ].join("\n\n");
  test("after Sir, Mr or Lord the choices take the key's one-word form", () => {
    for (const q of generate(telegraph).filter((x) => x.kind === "multiple_choice" && /\b(?:Sir|Mr|Lord) _____/.test(x.prompt) && x.choices))
      for (const c of q.choices!) expect(c.split(/\s+/).length).toBe(q.answer.split(/\s+/).length);
    expect(generate(telegraph).filter((x) => x.kind === "multiple_choice" && /\bMr _____/.test(x.prompt) && x.choices).length).toBeGreaterThan(0);
  });
  test("not asked: a surname the later title spells out, a name's number ('No _____'), a verb glued to a noun ('files show'); no 'With whom ... as', no 'Who is said to believe?'", () => {
    const got = answers(active(telegraph));
    for (const a of ["Kenneth Baker", "10", "files show"]) expect(got).not.toContain(a);
    const prompts = generate(telegraph).map((q) => q.prompt);
    expect(prompts.filter((p) => /^With whom\b|\bsaid to believe\?$/.test(p))).toEqual([]);
  });
  test("'The Society ...', 'At the time, ...' and 'The latest count ...' point back; a doubled word or '(or _____)' is never asked; whoever 'remembers' is a quoted source", () => {
    expect(checkNoUnresolvedPronoun("The Society is cooperating with the _____ to make the tower part of the celebrations.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("At the time, the _____ was owner of the property.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("The latest count, from 2019, showed _____.")).toBe("unresolved-pronoun");
    const body = [
      "Yeats bought the tower in 1916 (or 1917) for £35 from the Congested Districts Board.",
      "In 1857 the property was valued at £5 at the time of the survey.",
      "“Those goats were so smart,” remembers Shanna Challenger, coordinator for the restoration programme on Redonda.",
      "Shanna Challenger said the island was covered in grass by 2019.",
    ].join("\n\n");
    const got = answers(active(body));
    for (const a of ["1917", "Shanna Challenger", "Challenger"]) expect(got).not.toContain(a);
    expect(generate(body).filter((q) => /\bat at\b/.test(q.prompt))).toEqual([]);
  });
});

describe("more from blind7", () => {
  test("the life span of someone the article is not about is not asked; a name in another language loses its label", () => {
    const body = [
      "Thoor Ballylee is a tower house in County Galway, built in the 15th century.",
      "Yeats bought Thoor Ballylee in 1916 and lived there with his family until 1929.",
      "Mary Hanley (1914–1979) founded the Kiltartan Society in 1961.",
      "Thoor Ballylee was restored in 1965 and opened as a museum.",
      "Padraic Colum opened the museum on 20 June 1965, the centenary of Yeats's birth.",
      "The tower was damaged by flooding in 2009 and closed to visitors.",
      "A local group leased the tower from Fáilte Ireland in 2014.",
      "The tower reopened in June 2015 for the Yeats anniversary.",
    ].join("\n\n");
    const got = answers(active(body));
    for (const a of ["1914", "1979"]) expect(got).not.toContain(a);
    expect(got.some((a) => a === "1961" || a === "Kiltartan Society")).toBe(true);
    const a = analyzeArticle({ body: "The river flows through the Rhine Valley (German: Rheintal) for 90 km." });
    const valley = [...a.entities.values()].find((e) => e.canonical === "Rhine Valley");
    expect([...(valley?.aliases ?? [])]).not.toContain("German: Rheintal");
  });

  test("a wrong answer the sentence already names by surname is not offered", () => {
    const body = [
      "In 1961 Mary Hanley invited Edward Martyn's nephew John Martyn to speak about Lady Gregory at the tower.",
      "Augusta Gregory wrote plays for the Abbey Theatre in Dublin.",
      "Edward Martyn funded the theatre in 1904.",
      "William Butler Yeats bought the tower in 1916.",
      "Padraic Colum opened the museum in 1965.",
    ].join("\n\n");
    for (const q of generate(body).filter((x) => /Lady Gregory/.test(x.prompt) && x.choices)) expect(q.choices!.filter((c) => /Gregory|Hanley/.test(c) && c !== q.answer)).toEqual([]);
  });
});

describe("from the blind read of blind8 (tuned on it)", () => {
  test("a second verb phrase keeps the first one's auxiliary ('The DSTT was used ..., and shared by ...')", () => {
    const body = "The DSTT was used only by buses from its opening in 1990 until 2005, and shared by buses and light rail from 2009 until 2019.";
    const prompts = active(body).map((q) => q.prompt);
    expect(prompts.some((p) => /^The DSTT was shared by buses and light rail from/.test(p))).toBe(true);
    expect(prompts.filter((p) => /^The DSTT shared\b/.test(p))).toEqual([]);
  });

  test("a name that opens the sentence keeps its capital in a wh-question", () => {
    const body = "Nordvolt has opened a plant in Wrocław, and plans a second one in Gdańsk by 2027.";
    const prompts = generate(body).map((q) => q.prompt);
    expect(prompts.filter((p) => /\bnordvolt\b/.test(p))).toEqual([]);
    expect(prompts.some((p) => /\bNordvolt\b.*\?$/.test(p))).toBe(true);
  });

  test("half of a name made with a number is not asked ('9th _____', 'the 1 _____', '_____ 5'); the number of a mission still is", () => {
    const body = [
      "Buses entered the tunnel from 9th Avenue and passed under the Camlin Hotel in 1990.",
      "The tunnel serves trains on the 1 Line as it travels through Downtown Seattle.",
      "The portal was reached from Interstate 5 via an express ramp built in 1988.",
      "Apollo 8 was the first manned spacecraft to orbit the Moon, in December 1968.",
    ].join("\n\n");
    const got = answers(active(body));
    for (const a of ["Avenue", "Line", "Interstate"]) expect(got).not.toContain(a);
    expect(got).toContain("8");
  });

  test("a conversion into centimetres or into another year's dollars, and a decade beside its neighbour, are not asked", () => {
    const body = [
      "The roadway was lowered by 8 inches (20 cm) in 2005 to prepare for light rail service.",
      "The tunnel's stations were furnished with $1.5 million (equivalent to $4 million in 2023 dollars) in artwork by 25 artists.",
      "Proposals for a rapid transit tunnel under 3rd Avenue were introduced in the 1910s and 1920s, but planning began only in 1974.",
    ].join("\n\n");
    const got = active(body);
    for (const a of ["20", "2023", "$4 million", "1910s", "1920s"]) expect(answers(got)).not.toContain(a);
    expect(got.filter((q) => /equivalent to _____|\(_____ cm\)/.test(q.prompt))).toEqual([]);
    expect(answers(got)).toEqual(expect.arrayContaining(["2005", "1974"]));
  });

  test("names whole: across an en dash, without an opening participle, with their abbreviation's dot; choices of the key's own kind", () => {
    const ms = analyzeArticle({ body: "Trains run past Seattle–Tacoma International Airport to Angle Lake station. Leaving Westlake Station, the twin tunnels turn south under Century Square. Reading Football Club won in 1990." }).sentences.flatMap((s) => s.mentions.map((m) => m.text));
    expect(ms).toEqual(expect.arrayContaining(["Seattle–Tacoma International Airport", "Westlake Station", "Reading Football Club"]));
    expect(ms).not.toContain("Leaving Westlake Station");
    const body = [
      "Walt Disney Co. executive Kevin Mayer said demand led to problems when Disney+ launched in November 2019.",
      "Trains run south past Seattle–Tacoma International Airport to Angle Lake station in SeaTac.",
      "The segment was bored from Union Station to Westlake Station in 1988.",
      "The Nordstrom Building and the Westlake Center stand near Pine Street.",
      "Travellers compare the tunnel with the Statue of Liberty and Stonehenge.",
    ].join("\n\n");
    const qs = generate(body);
    expect(qs.filter((q) => q.status === "active" && /_____\. executive/.test(q.prompt))).toEqual([]);
    for (const q of qs.filter((x) => x.answer === "Seattle–Tacoma International Airport" && x.choices)) for (const c of q.choices!) expect(c).toMatch(/Airport$/);
  });

  test("the whole of 'N of the _____' is offered only wholes larger than N; a figure written inside a name in the stem gives it away", () => {
    const body = "The World Health Organization reported in 2018 that 11 of the 12 cities in the world with the most pollution from PM2.5, particles smaller than 2.5 microns in diameter, were in India.";
    const qs = generate(body);
    for (const q of qs.filter((x) => x.answer === "12" && x.choices)) for (const c of q.choices!) expect(Number(c)).toBeGreaterThan(11);
    expect(qs.filter((q) => q.status === "active" && q.answer === "2.5")).toEqual([]);
    expect(qs.filter((q) => q.answer === "2.5").every((q) => q.rejectReasons.includes("answer-in-stem"))).toBe(true);
  });

  test("not asked: what the title spells out, a span with a lower-case word before a possessive, 'How many ...?' about a figure after its owner", () => {
    const body = [
      "The Downtown Seattle Transit Tunnel (DSTT) is a pair of tunnels in Seattle opened in 1990.",
      "The tunnel was closed on September 24, 2005, for modification to accommodate both buses and Sound Transit's Central Link light rail trains.",
      "Some of the biggest emitters are Delhi’s more than 10 million vehicles, like cars and trucks.",
    ].join("\n\n");
    const qs = generateQuestions({ slug: "t", body, title: "Downtown Seattle Transit Tunnel" }).questions.filter((q) => q.status === "active");
    expect(qs.filter((q) => /DSTT/.test(q.prompt) && q.answer === "Downtown Seattle Transit Tunnel")).toEqual([]);
    expect(qs.filter((q) => q.answer === "buses and Sound Transit")).toEqual([]);
    expect(qs.filter((q) => /^How many vehicles/.test(q.prompt))).toEqual([]);
    expect(qs.map((q) => q.answer)).toEqual(expect.arrayContaining(["1990", "10 million"]));
  });

  test("an event that loses its end with its date is no item to order or match ('Apollo ran', 'The DSTT was used only'); whole ones are", () => {
    const body = [
      "The King County Council approved the bus tunnel proposal in November 1983.",
      "The DSTT was used only by buses from 1990.",
      "Apollo ran from 1961 to 1972.",
      "Convention Place station was closed permanently in July 2018.",
      "Sound Transit assumed full ownership of the tunnel in 2022.",
      "The Korean War broke out in 1950.",
    ].join("\n\n");
    const qs = active(body).filter((q) => q.kind === "ordering" || q.kind === "matching");
    const items = qs.flatMap((q) => q.items ?? q.pairs?.map((p) => p.left) ?? []);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => /^(?:Apollo ran|The DSTT was used only)$/.test(i))).toEqual([]);
    expect(items).toEqual(expect.arrayContaining(["Convention Place station was closed permanently"]));
  });

  test("a list's last item with an -ing word is no clause of its own; 'X said it ...' and 'The celebration, ...' point back; a phrase is not cut between two gerunds", () => {
    const body = [
      "The deepest of the tunnel stations are 60 feet below street level and consist of two side platforms, two tracks, and a former bus passing lane in the middle.",
      "Analysts wonder how many streaming services consumers will pay for in 2020. Mayer said it depends on the cost of the service.",
      "Diwali began in Delhi on October 27. The celebration, which typically runs five days, ended with fireworks.",
      "As temperatures drop, some of the poorer residents of the city are burning fires for cooking and heating in 2019.",
    ].join("\n\n");
    const prompts = active(body).map((q) => q.prompt);
    expect(prompts.filter((p) => /two tracks\.$|two tracks, and$/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /^Mayer said it depends|^The celebration,/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /burning _____ and heating/.test(p))).toEqual([]);
    expect(prompts.some((p) => /a former bus passing lane in the middle/.test(p))).toBe(true);
  });

  test("a role's title words are all lower case in 'Who is ...?'; no 'Where ...?' on a place that bounds an 'only'", () => {
    const body = [
      "He is viewed as a potential successor to Disney Chief Executive Bob Iger, who took over in 2005.",
      "The Downtown Seattle Transit Tunnel was one of two tunnels in the United States shared by buses and trains, and was the only one in the United States with shared stations.",
    ].join("\n\n");
    const prompts = generate(body).map((q) => q.prompt);
    expect(prompts.filter((p) => /chief Executive/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /^Where was the Downtown Seattle Transit Tunnel the only one/.test(p))).toEqual([]);
  });

  test("a plural that opens the sentence is lower-cased in a wh-question; '... to do so' points back (from blind9, tuned)", () => {
    const prompts = generate("Editorials have denounced political correctness at Canadian universities since 1990.").map((q) => q.prompt);
    expect(prompts.filter((p) => /\bEditorials\b.*\?$/.test(p))).toEqual([]);
    expect(checkNoUnresolvedPronoun("The Star was the only major daily to do so in the 2006 federal election.")).toBe("unresolved-pronoun");
  });

  test("after 'pass' or 'exceed' a wrong figure is never smaller (that would be passed too); no stop inside the quotation mark before '?' (from blind9, tuned)", () => {
    const body = "According to the report, earth will pass 1.5°C of cumulative warming this decade, and exceed 2°C of warming before 2050.";
    for (const q of generate(body, "2023-11-02")) {
      if (q.kind === "true_false" && q.answer === "false") expect(q.prompt).not.toMatch(/pass (?:0\.\d|1\.[0-4])°C|exceed 1(?:\.\d)?°C/);
      for (const c of q.choices ?? []) if (q.answer === "1.5") expect(Number(c)).toBeGreaterThanOrEqual(1.5);
    }
    const quoted = generate("Michael Mann calls Hansen’s arguments for solar geoengineering “misguided policy advocacy.” in a 2023 email.").map((q) => q.prompt);
    expect(quoted.filter((p) => /\.”\?$/.test(p))).toEqual([]);
  });

  test("a sentence written wholly in brackets reads without them; no role from a phrase around a title; no comma ends an event (from blind9, tuned)", () => {
    const body = [
      "Hansen's paper was published in November 2023.",
      "(Current models say that carbon dioxide emissions will warm the atmosphere a lot less than Hansen's analysis.)",
      "The Star last endorsed the Progressive Conservative party under leader Robert Stanfield in 1972.",
    ].join("\n\n");
    const qs = generate(body);
    expect(qs.filter((q) => q.status === "active" && /^\(/.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => /under leader, according/.test(q.prompt))).toEqual([]);
  });

  test("'The FBI did not have a comment for this story.' is reporting boilerplate, no fact (from blind9, tuned)", () => {
    const body = "Fran Finney called the police in Santa Barbara in 2014. The FBI did not have a comment for this story. The FBI opened an investigation in 2015.";
    expect(active(body).filter((q) => /have a comment/.test(q.prompt))).toEqual([]);
    expect(answers(active(body)).length).toBeGreaterThan(0);
  });

  test("an event is dated by its own date, not by a later one in the same clause (from blind9, tuned)", () => {
    const body = [
      "The Toronto Star was founded in 1892 by striking printers.",
      "In 1971, the newspaper was renamed The Toronto Star.",
      "The Star endorsed the New Democratic Party leader Ed Broadbent in 1979 and it has been over forty years since it last endorsed the Progressive Conservative party under leader Robert Stanfield in 1972.",
      "The printing plant was moved to Vaughan in 1992.",
      "Mary Hanley persuaded the poet Padraic Colum to open the castle on Sunday 20 June 1965, the centenary of the poet’s birth.",
    ].join("\n\n");
    const chrono = generate(body).filter((x) => x.kind === "ordering" || x.kind === "matching");
    for (const q of chrono) expect(q.explanation).not.toMatch(/1972: The Star endorsed the New Democratic Party leader Ed Broadbent/);
    // (a weekday before its date is part of it, no earlier date)
    expect(chrono.some((q) => /Padraic Colum/.test(q.explanation ?? ""))).toBe(true);
  });
});

describe("from the read of blind10 (tuned on it)", () => {
  test("a verb is not cut from the clause that is its object, nor that clause from its verb", () => {
    const body = "The New Zealand Geographic Board discovered in 2009 that the names of the North Island and South Island had never been formalised. Abel Tasman sighted New Zealand in 1642.";
    const prompts = generate(body).map((q) => q.prompt);
    expect(prompts.filter((p) => /discovered in 2009\?|discover that the names of the North Island\?|Geographic Board discovered →/.test(p))).toEqual([]);
    const chrono = generate(body).filter((q) => q.kind === "matching" || q.kind === "ordering");
    for (const q of chrono) expect(q.explanation).not.toMatch(/Geographic Board discovered(?! in)/);
    expect(whQuestionFor("Kennedy had been speaking out against the \"missile gap\" that he felt had formed.", 0, 7, { type: "person" } as never)).toMatch(/^Who had been speaking out against/);
  });

  test("a year before a noun dates the noun, not the clause; a verb whose object clause follows the date is no event", () => {
    const body = [
      "In 1642, Dutch explorer Abel Tasman became the first European to sight New Zealand.",
      "The New Zealand Geographic Board discovered in 2009 that the names of the North Island and South Island had never been formalised.",
      "Three species of bats were the only sign of native land mammals in New Zealand until the 2006 discovery of bones from a unique, mouse-sized land mammal at least 16 million years old.",
      "In 1840, Māori chiefs signed the Treaty of Waitangi.",
      "In 1907, New Zealand became a dominion.",
    ].join(" ");
    const chrono = generate(body).filter((q) => q.kind === "matching" || q.kind === "ordering");
    expect(chrono.length).toBeGreaterThan(0);
    for (const q of chrono) expect(`${q.answer} ${q.explanation}`).not.toMatch(/Three species of bats were|Geographic Board discovered(?! in)/);
  });

  test("a semicolon between list items is no clause boundary", () => {
    const body = "New Zealand is an island country in the Pacific Ocean. The Realm of New Zealand also includes Tokelau (a dependent territory); the Cook Islands and Niue (self-governing states in free association with New Zealand); and the Ross Dependency, which is New Zealand's territorial claim in Antarctica.";
    const prompts = active(body).map((q) => q.prompt);
    expect(prompts.filter((p) => /^(?:The Cook Islands and Niue\.|And the Ross Dependency)/.test(p))).toEqual([]);
    expect(generate(body).some((q) => /^The Realm of New Zealand also includes Tokelau; the Cook Islands and Niue/.test(q.prompt))).toBe(true);
    // (a clause after a semicolon still stands alone)
    const two = generate("Utility boilers commonly use multi-stage centrifugal pumps; however, other types are used by the Royal Navy.").map((q) => q.prompt);
    expect(two.some((p) => /^Utility boilers commonly use/.test(p) && !/Royal Navy/.test(p))).toBe(true);
  });

  test("one of a roll of names is no blank unless the article comes back to it or the rest is what the article is about", () => {
    const body = [
      "Gunmen killed 19 people at the Bardo National Museum in Tunis on Wednesday.",
      "Prime Minister Habib Essid said that the slain foreigners came from Italy, Poland, Germany and Spain.",
      "Major toy retailers from Target to Walmart to Amazon are de-emphasizing gender labeling of toys.",
      "The Doctor has many enemies, including the Daleks, the Cybermen, and the Master.",
      "The Daleks first appeared in 1963.",
    ].join(" ");
    const keys = answers(active(body));
    for (const k of ["Italy", "Poland", "Germany", "Spain", "Target", "Walmart", "Amazon"]) expect(keys).not.toContain(k);
    expect(generate(body).some((q) => q.answer === "Daleks" && /including the _____, the Cybermen/.test(q.prompt))).toBe(true);
    // (the seed's new partner beside the article's two countries is still asked)
    const seed = "Türkiye and Azerbaijan signed the Shusha Declaration in 2021. Türkiye and Azerbaijan are close allies. The alliance stands strong, as a summit between Türkiye, Azerbaijan and Pakistan showed.";
    expect(answers(active(seed))).toContain("Pakistan");
  });

  test("where a person described by their job works, and the year of a study, are no blanks", () => {
    const body = [
      "A recent study by Carol Auster, a sociologist at Franklin & Marshall College in Pennsylvania, examined the retail website of Disney.",
      "Marketing can certainly play a role, says study author Jamie Jirout, a developmental psychologist at the University of Virginia.",
      "Sociologist Elizabeth Sweet, at the California State University, Sacramento, analyzed more than 7,300 toys in Sears catalogs.",
      "A 2015 study found that boys are more likely to play with construction toys than girls are.",
    ].join(" ");
    const keys = generate(body).filter((q) => q.status === "active").map((q) => q.answer);
    for (const k of ["Pennsylvania", "University of Virginia", "California State University", "Sacramento", "2015"]) expect(keys).not.toContain(k);
    expect(keys).toContain("Disney");
  });

  test("'Who is X?' only for someone the story comes back to, and never for where an expert works", () => {
    const body = [
      "Gunmen killed 19 people at the Bardo National Museum in Tunis on Wednesday.",
      "Tunisian Prime Minister Habib Essid said that a museum worker was killed.",
      "In Washington, White House press secretary Josh Earnest condemned the attack.",
      "Essid declared that the nation was in danger.",
      "Jamie Jirout, a developmental psychologist at the University of Virginia, studied toys in 2015.",
      "Jirout found that boys play with puzzles more often.",
    ].join(" ");
    const prompts = active(body).map((q) => q.prompt);
    expect(prompts).not.toContain("Who is Josh Earnest?");
    expect(prompts).not.toContain("Who is Jamie Jirout?");
    expect(prompts.filter((p) => /University of Virginia, according to the article/.test(p))).toEqual([]);
    expect(generate(body).some((q) => q.prompt === "Who is Habib Essid?" && !q.rejectReasons.includes("answer-trivial"))).toBe(true);
  });

  test("wrong answers in the key's form and kind: surnames for a surname, countries for a modern country, no company as a person", () => {
    const body = [
      "Sociologist Elizabeth Sweet studied toys in Sears catalogs. Carol Auster, a sociologist, examined Disney's website.",
      "Jamie Jirout, a psychologist, studied puzzles. Diane Levin, an education professor, studied play.",
      "Marketers may have seen an opportunity as ultrasound technology spread, says Sweet.",
      "Being comfortable with certain toys may shape kids’ confidence in specific subjects, adds Auster.",
    ].join(" ");
    const mcs = generate(body).filter((q) => q.kind === "multiple_choice" && (q.answer === "Sweet" || q.answer === "Auster"));
    expect(mcs.length).toBeGreaterThan(0);
    for (const q of mcs) for (const c of q.choices ?? []) expect(c).not.toMatch(/\s/);
    const tunisia = "Tunisia is a small country in North Africa. Security officials in Tunisia are concerned by the collapse of Libya, where armed groups vie for influence. Tunisia borders Algeria.";
    for (const q of generate(tunisia).filter((x) => x.answer === "Libya")) for (const c of q.choices ?? []) expect(c).not.toMatch(/dynasty|Xia|Rus'|Khitai/);
    const apollo = analyzeArticle({ body: "Three study contracts were awarded to General Dynamics/Convair, General Electric, and the Glenn L. Martin Company." });
    expect(apollo.sentences[0]!.mentions.filter((m) => m.type === "person").map((m) => m.text)).toEqual([]);
  });

  test("blanks the sentence gives away, and words that point back to what the sentence before said", () => {
    const body = [
      "The New Zealand Geographic Board discovered in 2009 that the names of the North Island and South Island had never been formalised.",
      "With the feminist movement in full swing, the 1970s saw a near-elimination of gendered toys: only 2 percent of toys in the 1975 Sears catalog were gendered.",
      "Some, such as the tuatara, are so unique that they have been called living fossils.",
      "Three others may have escaped, officials said.",
      "About 50 other people were wounded, according to local news reports.",
      "Children’s toys seem to be moving in the opposite direction, reinforcing traditional roles.",
    ].join(" ");
    const keys = active(body).filter((q) => q.kind !== "true_false").map((q) => q.answer);
    for (const k of ["South Island", "North Island", "1970s", "living fossils", "three", "Three", "50", "traditional roles"]) expect(keys).not.toContain(k);
    expect(keys).toContain("2009");
  });

  test("no question shows brackets its cut emptied", () => {
    const body = "New Zealand is an island country. The name Aotearoa is used for New Zealand.[19] Early European maps labelled the islands North (North Island), Middle (South Island) and South (Stewart Island / Rakiura).[20] In 1830, mapmakers began to use North and South on their maps.";
    expect(active(body).filter((q) => /\(\s*\)/.test(q.prompt))).toEqual([]);
  });

  test("'When had ...?' is asked in the simple past; another language's name is no short form; a relative clause takes its verbless tail", () => {
    expect(whQuestionFor("In 2011, voters had elected a government led by the Ennahda party.", 3, 7, { type: "year" } as never)).toBe("When did voters elect a government led by the Ennahda party?");
    const nz = "New Zealand has two main islands. Māori call the North Island (Te Ika-a-Māui) home. The South Island is larger.";
    expect(generate(nz).filter((q) => /full name does the article give for “Te Ika/.test(q.prompt))).toEqual([]);
    const rhine = "The Rhine is a European river. Its name is derived from the Gaulish name Rēnos, which was adapted in Roman-era geography as Greek Rhēnos, Latin Rhenus. The river is 1,230 km long.";
    expect(generate(rhine).filter((q) => /Rēnos, (?:_____|Latin Rhenus)\.$/.test(q.prompt))).toEqual([]);
  });

  test("a list behind a dash keeps its sentence; general knowledge about a war, a prophet and where a country lies is not asked", () => {
    const toys = "Boys play with more complex puzzles. Parents are more likely to use words that foster spatial thinking—tall, big, edge, top, and bottom—when their children play with more challenging puzzles.";
    expect(generate(toys).filter((q) => /^Bottom—/.test(q.prompt))).toEqual([]);
    const body = [
      "New Zealand is a sovereign island country in the southwestern Pacific Ocean.",
      "New Zealand is situated some 2,000 kilometres east of Australia across the Tasman Sea.",
      "In 1945, with World War II winding down, many women left factories in New Zealand.",
      "In 2012, hundreds of Islamists assaulted an embassy after a video about the prophet Muhammad was released.",
      "In 1840, Māori chiefs signed the Treaty of Waitangi.",
    ].join(" ");
    const keys = answers(active(body));
    for (const k of ["Pacific Ocean", "Australia", "World War II", "Muhammad"]) expect(keys).not.toContain(k);
    expect(keys).toContain("Treaty of Waitangi");
  });

  test("no key cut out of a phrase: a common noun running into a name, or the first of a list of modifiers", () => {
    const body = [
      "New Zealand became isolated from other land masses 80 million years ago.",
      "Because of its long isolation, New Zealand developed a distinct biodiversity of animal, fungal and plant life.",
      "Early European maps labelled the islands North (North Island), Middle (South Island) and South (Stewart Island / Rakiura).",
      "In 1840, Māori chiefs signed the Treaty of Waitangi.",
    ].join(" ");
    const keys = generate(body).filter((q) => q.status === "active").map((q) => q.answer);
    expect(keys).not.toContain("distinct biodiversity of animal");
    expect(keys).not.toContain("islands North");
    // (a name with a connector before its bracket is whole: "K-9 and Company (1981)")
    expect(generate("Doctor Who also spawned spin-offs in multiple media, including Torchwood and The Sarah Jane Adventures; K-9 (2009–2010); and a single pilot episode of K-9 and Company (1981). Doctor Who began in 1963.").filter((q) => q.answer === "K-9 and Company").every((q) => !q.rejectReasons.includes("answer-fragment"))).toBe(true);
  });

  test("an individual is not offered a group as a wrong answer", () => {
    expect(isGroupWord("Tunisian Islamists")).toBe(true);
    expect(isGroupWord("Habib Essid")).toBe(false);
  });

  test("a true statement does not copy a quotation", () => {
    const body = "Gunmen killed 19 people at the Bardo National Museum on Wednesday. “Our nation is in danger,” Essid declared in a televised address Wednesday evening. The museum hosts Roman mosaics.";
    expect(active(body).filter((q) => q.kind === "true_false" && /^“Our nation/.test(q.prompt))).toEqual([]);
  });

  test("a place the lists know is nobody's surname ('South Sudan' is no person called Sudan)", () => {
    const a = analyzeArticle({ body: "Sudan will stop supporting rebels in neighboring South Sudan. Sudan is one of the poorest countries in Africa. In retaliation, Mr. Clinton ordered a strike in Khartoum. In 1997, President Bill Clinton imposed an embargo." });
    const people = a.sentences.flatMap((s) => s.mentions.filter((m) => m.type === "person").map((m) => m.text));
    expect(people).not.toContain("Sudan");
    expect(people).not.toContain("South Sudan");
    expect(people).toContain("Bill Clinton");
  });

  test("a partitive opener is no adverbial to move behind the question", () => {
    expect(whQuestionFor("Of the 400 city laborers, many learn leak repair at a training center in Queens.", 73, 79, { type: "city" } as never)).toBeNull();
  });

  test("blanks the stem or the title gives away, and the attribution after a claim, are not asked", () => {
    const revenue = "Mozilla is a free-software community. In a report released in November 2012, Mozilla reported that their total revenue for 2011 was $163 million, which was up 33% from $123 million in 2010. Mozilla noted that roughly 85% of their revenue comes from Google.";
    const keys = answers(active(revenue));
    expect(keys).not.toContain("33%");
    expect(keys).not.toContain("2010");
    expect(keys).toContain("85%");
    const sudan = generateQuestions({ slug: "t", title: "United States to Lift Sudan Sanctions", body: "The American government plans to lift trade sanctions on Sudan. Eric Reeves, an American academic, said he was appalled that the American government was lifting sanctions. In 1997, President Bill Clinton imposed an embargo." }).questions;
    expect(sudan.filter((q) => q.status === "active" && q.answer === "sanctions")).toEqual([]);
    const potholes = "Potholes form when water and salt seep into cracks, freeze and expand, creating a larger crevice, said Joe Carbone, who works for the Transportation Department, where he is known as the pothole chief. Last year, the city filled 255,904 potholes.";
    expect(active(potholes).filter((q) => q.answer === "Joe Carbone")).toEqual([]);
    const water = "The thaw worried Tasos Georgelis, deputy commissioner for water and sewer operations at the Department of Environmental Protection. Georgelis said pipes break in a thaw.";
    expect(active(water).filter((q) => q.answer === "Department of Environmental Protection")).toEqual([]);
  });

  test("wh-questions: no 'Where' for a place inside the object, no 'in return' moved behind the question; no event label opens a list", () => {
    const s1 = "In 1998, Mr. Clinton ordered a cruise missile strike against a pharmaceutical factory in Khartoum.";
    expect(whQuestionFor(s1, s1.indexOf("Khartoum"), s1.indexOf("Khartoum") + 8, { type: "city" } as never)).toBeNull();
    const s2 = "In return, Sudan will improve access for aid groups.";
    expect(whQuestionFor(s2, s2.indexOf("access"), s2.indexOf("access") + 21, { type: "concept" } as never)).toBeNull();
    const body = "On January 23, 1998, Netscape made two announcements: first, that Netscape Communicator will be free. AOL greatly reduced its involvement with Mozilla in July 2003. Eich's donation first became public knowledge in 2012. Mozilla promoted Brendan Eich to the role of CEO on March 24, 2014.";
    for (const q of generate(body).filter((x) => x.kind === "ordering" || x.kind === "matching")) expect(`${q.answer}`).not.toMatch(/announcements:/);
  });

  test("a weekday or a time of day is no blank; a name after 'says' mid-sentence is the attribution", () => {
    const body = "Gunmen killed 19 people at the Bardo National Museum. “Our nation is in danger,” Essid declared in a televised address Wednesday evening. Essid leads the government of Tunisia.";
    expect(active(body).filter((q) => q.answer === "Wednesday evening")).toEqual([]);
    const toys = "Gender distinctions resurged in the 1980s. Marketers may have seen an opportunity as ultrasound technology became widely available, says Sweet, and parents could learn the sex of their babies before birth. Elizabeth Sweet is a sociologist.";
    expect(active(toys).filter((q) => /says _____/.test(q.prompt))).toEqual([]);
  });

  test("in a family the title names one: 'Swift' and 'She' are Taylor, not her brother Austin Swift (from blind11, tuned)", () => {
    const body = [
      "Taylor Alison Swift (born December 13, 1989) is an American singer-songwriter.",
      "Taylor has a younger brother, actor Austin Swift.",
      "She is a Christian.",
      "Swift spent her early years on a Christmas tree farm. She attended preschool at Alvernia Montessori School.",
      "In 2003, Swift and her parents started working with talent manager Dan Dymtrow. With his help, Swift modeled for Abercrombie & Fitch.",
    ].join(" ");
    const qs = generateQuestions({ slug: "t", title: "Taylor Swift", body }).questions;
    expect(qs.filter((q) => /Austin Swift (?:is a|attended)/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => /^(?:Taylor (?:Alison )?)?Swift attended preschool at/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => q.status === "active" && /^With his help/.test(q.prompt))).toEqual([]);
    expect(checkNoUnresolvedPronoun("With his help, Swift modeled for _____.")).toBe("unresolved-pronoun");
  });

  test("an everyday word before 'said' is nobody's surname ('People said we were crazy.')", () => {
    const a = analyzeArticle({ body: "Andrea Accomazzo led the team. “People said we were crazy,” Accomazzo said. Gerhard Schwehm was the mission manager." });
    expect(a.sentences.flatMap((s) => s.mentions.filter((m) => m.type === "person").map((m) => m.text))).not.toContain("People");
  });

  test("'the plan', 'the switch', 'the state's', 'that swath' point back to the sentence before (from blind11, tuned)", () => {
    for (const stem of ["The national average was _____, according to the Energy Information Administration.", "If the plan is enforced, the EIA projects the United States will retire _____ gigawatts.", "The switch tilts the playing field against _____'s plans.", "In 2015, _____ states imported the state's coal.", "Even that swath of the United States is not immune to _____."]) expect(checkNoUnresolvedPronoun(stem)).toBe("unresolved-pronoun");
    for (const stem of ["The national average of coal's share was _____.", "The plan of the Obama administration was announced in _____.", "Azerbaijan’s victory marked a turning point in the region in _____.", "The Clean Power Plan is enforced by the _____."]) expect(checkNoUnresolvedPronoun(stem)).toBeNull();
  });

  test("wh-questions that read wrong: an infinitive as the verb, half a hyphenated word, a clause after the answer, a coordinated object left behind; role questions only for offices (from blind11, tuned)", () => {
    const w = (s: string, ans: string, type: string) => whQuestionFor(s, s.indexOf(ans), s.indexOf(ans) + ans.length, { type } as never);
    expect(w("Deregulation in 1980 led to lower rail rates.", "rail rates", "concept")).toBeNull();
    expect(w("Markets watchers are also anticipating higher economic growth as Trump and congressional Republicans pursue tax reform.", "higher economic growth", "concept")).toMatch(/^What are [Mm]arkets watchers also anticipating\?$/);
    expect(w("Swift maintains an active presence on social media and a close relationship with fans.", "active presence", "concept")).toBeNull();
    expect(w("Kennedy used aerospace technology as a symbol of national prestige.", "aerospace technology", "concept")).toBe("What did Kennedy use as a symbol of national prestige?");
    const coal = "Wyoming has closed fewer coal-fired plants than other states. Wyoming produces the most coal in the United States.";
    expect(generate(coal).filter((q) => q.status === "active" && /-fired plants than/.test(q.prompt) && /\s-fired|coal$/.test(`${q.prompt} ${q.answer}`))).toEqual([]);
    const rosetta = "Gerhard Schwehm, Rosetta’s former mission manager, led the mission. Schwehm retired in 2014. Schwehm compared the end to a heart monitor.";
    expect(active(rosetta).filter((q) => /^Who is (?:Gerhard Schwehm|the Rosetta’s former mission manager)/.test(q.prompt))).toEqual([]);
  });

  test("a country the name lists know is a country, and a sentence about it still gives a true statement; 'the city's' reads on its own", () => {
    const a = analyzeArticle({ body: "If Sudan fails to live up to its commitments, the embargo can be reinstated. Libya borders Sudan." });
    expect(a.sentences[0]!.mentions.find((m) => m.text === "Sudan")?.type).toBe("country");
    const body = "The United States will lift sanctions on Sudan. If Sudan fails to live up to its commitments, the embargo can be reinstated. In 1997, President Bill Clinton imposed an embargo against Sudan.";
    expect(generate(body).some((q) => q.kind === "true_false" && /^If Sudan fails/.test(q.prompt))).toBe(true);
    expect(checkNoUnresolvedPronoun("The city’s _____ miles of sewer lines are less affected by cold weather.")).toBeNull();
  });

  test("a pronoun with its clitic points back ('They’ll'); a name right after a quotation is who said it", () => {
    expect(checkNoUnresolvedPronoun("They’ll get more even as _____’s team pilots the craft.")).toBe("unresolved-pronoun");
    const body = "Rosetta orbited a comet for two years. “The public’s engagement has been quite amazing,” Mark McCaughrean, senior science advisor for ESA. Mark McCaughrean led the science team in 2014.";
    expect(active(body).filter((q) => /amazing,” _____/.test(q.prompt))).toEqual([]);
  });

  test("a state after its town is given by the town, also before the comma that closes it ('Nashville, _____, to pursue')", () => {
    const body = "Taylor Swift grew up in Pennsylvania. After watching a documentary about Faith Hill, Swift felt she needed to move to Nashville, Tennessee, to pursue a career in music. She signed with Big Machine Records in 2005.";
    const qs = generateQuestions({ slug: "t", title: "Taylor Swift", body }).questions.filter((q) => q.status === "active");
    expect(qs.filter((q) => q.answer === "Tennessee")).toEqual([]);
  });

  test("the date a statistic is counted to is no blank and no false statement ('sold as of _____')", () => {
    const body = "Taylor Swift is an American singer-songwriter. One of the world's best-selling musicians, with over 200 million records sold as of 2019, Swift has been named Global Recording Artist of the Year three times. Swift signed with Big Machine Records in 2005.";
    const qs = generateQuestions({ slug: "t", title: "Taylor Swift", body }).questions.filter((q) => q.status === "active");
    expect(qs.filter((q) => /as of _____/.test(q.prompt) || (q.kind === "true_false" && q.answer === "false" && /as of (?!2019)\d{4}/.test(q.prompt)))).toEqual([]);
  });
});

describe("from the reads of blind10-12, general patterns (session of 2026-12-06, late)", () => {
  test("a pronoun's attribution ', he said.' is cut from the stem; a named one stays", () => {
    const body = "Wyoming produces the most coal in the United States. John Hanger studies the market. The shift to LED lightbulbs that coincided with the economic recovery since 2009 has also capped electricity demand growth, he said. Wyoming mines closed in 2016, Hanger said.";
    const qs = active(body);
    expect(qs.filter((q) => /,\s*he said/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => /capped electricity demand growth\.?$|capped _____\.?$/.test(q.prompt))).toBe(true);
    expect(qs.some((q) => /Hanger said/.test(q.prompt))).toBe(true);
  });

  test("nothing in the attribution after a quotation is asked: the speaker's role, employer or years", () => {
    const body = "Rosetta orbited a comet for two years. The European Space Agency launched Rosetta in 2004. “We had ambitious goals,” says Rosetta’s former mission manager Gerhard Schwehm, who has been involved with the mission for over 30 years. “Flying around the comet was a masterpiece,” says Andrea Accomazzo, head of ESA’s solar and planetary missions division. ESA chose the comet in 2003.";
    const qs = active(body);
    expect(qs.filter((q) => /”,? says/.test(q.prompt) && q.kind !== "true_false")).toEqual([]);
    expect(qs.some((q) => q.answer === "2004")).toBe(true);
  });

  test("one example a sentence holds up for a kind is not asked ('companies like _____'), unless the article comes back to it", () => {
    const body = "Toy makers sell to parents. In the risk-averse toy industry, companies like Hasbro divide their products into boy and girl categories. Mozilla produces many products such as the Firefox web browser, the Thunderbird e-mail client and the Bugzilla bug tracking system. Firefox was released in 2004.";
    const qs = active(body);
    expect(qs.filter((q) => ["Hasbro", "Thunderbird", "Bugzilla"].includes(q.answer))).toEqual([]);
  });
  test("a phrase that opens with a word of judgement is the writer's wording, not a key ('the _____' -> embattled industry)", () => {
    const body = "Wyoming produces the most coal in the United States. The Mountain States are moving away from coal, even as Donald Trump vows to revive the embattled industry. The attack raised concerns that the government would stage a wider crackdown on Islamists. Coal production in Wyoming peaked in 2008.";
    const qs = active(body);
    expect(qs.filter((q) => ["embattled industry", "wider crackdown"].includes(q.answer))).toEqual([]);
    expect(qs.some((q) => q.answer === "2008")).toBe(true);
  });

  test("a dateline goes from a stem whose blank opens the story ('CAIRO — _____ opened fire')", () => {
    const body = "CAIRO — Gunmen opened fire on visitors at Tunisia’s Bardo museum on Wednesday, killing at least 19 people. The Bardo museum is in Tunis. Tunisia depends on tourism, which made up 15 percent of its economy in 2013.";
    expect(generate(body, "2015-03-18").filter((q) => /CAIRO/.test(q.prompt))).toEqual([]);
  });
  test("one key answers at most three active questions in an article ('Chury' five times reads as one question)", () => {
    const cands = [0, 1, 2, 3, 4].map((i) => ({ kind: "cloze", prompt: `Sentence ${i} is about _____.`, answer: "Chury", score: 0.9 - i / 100, sentence: { index: i }, rejectReasons: [] as string[], factKey: `f${i}` }));
    const other = { kind: "cloze", prompt: "Rosetta was launched in _____.", answer: "2004", score: 0.5, sentence: { index: 5 }, rejectReasons: [] as string[], factKey: "f5" };
    const chosen = selectActive([...cands, other] as never);
    expect([...chosen].filter((c) => (c as { answer: string }).answer === "Chury").length).toBe(MAX_PER_ANSWER);
    expect(MAX_PER_ANSWER).toBe(3);
    expect(chosen.has(other as never)).toBe(true);
    expect(cands[4]!.rejectReasons).toEqual(["not-selected"]);
  });

  test("a school is no university in a wh-question", () => {
    const body = "Taylor Swift was born in 1989. Swift attended Hendersonville High School before transferring to Aaron Academy after two years. Swift moved to Nashville in 2004. Hendersonville High School is in Tennessee.";
    const qs = generateQuestions({ slug: "t", title: "Taylor Swift", body }).questions;
    expect(qs.filter((q) => /^Which university/.test(q.prompt))).toEqual([]);
  });
  test("'the deal', 'the label', 'the thaw' and a sentence opening 'The family' point back to the sentence before", () => {
    for (const stem of ["As part of the deal, _____ would pay any patent licensing fees.", "Swift released _____ studio albums under the label.", "The thaw, much welcomed by many New Yorkers, worried _____.", "The family relocated to _____, Tennessee."]) expect(checkNoUnresolvedPronoun(stem)).toBe("unresolved-pronoun");
    for (const stem of ["Begter began to exercise the power of the eldest male in the family in _____.", "The deal of 2013 was signed with _____.", "The label Big Machine signed Swift in _____."]) expect(checkNoUnresolvedPronoun(stem)).toBeNull();
  });
  test("general knowledge: a recent US president after his title, a capital its institution names", () => {
    const body = "The United States will lift sanctions on Sudan. In 1997, President Bill Clinton imposed a trade embargo against Sudan. In Washington, White House press secretary Josh Earnest condemned the attack. Sudan lies south of Egypt and has a population of 40 million.";
    const qs = active(body, "2017-01-13");
    expect(qs.filter((q) => ["Bill Clinton", "Washington"].includes(q.answer))).toEqual([]);
    expect(qs.some((q) => q.answer === "1997")).toBe(true);
  });
  test("no wh-question about a phrase cut from its complement, nor one that ends on a verb of saying whose clause was cut", () => {
    const body = "Aristotle provided a philosophical discussion of the concept of a force as an integral part of Aristotelian cosmology. Albert Einstein extended the principle of inertia further when he explained that reference frames subject to constant acceleration are equivalent to gravitation. Aristotle lived in Athens in 340 BC.";
    const qs = active(body);
    expect(qs.filter((q) => /provide of the concept|when he explained\?/.test(q.prompt))).toEqual([]);
  });
  test("a list's last item is no clause of its own even when a word in it looks like a verb ('and operating system', 'and the image base address'); a bracket that adds a noun stays", () => {
    const body = "The updated Aumlib allowed Numbered Panda to gather a victim's BIOS, external IP, and operating system. HighTide changed the User Agent, the executable file location, and the image base address. Labels such as Deutzerhof are now commanding the type of hysterical response (and eye-watering prices) in the wine world that are usually reserved for Burgundy. Numbered Panda was first seen in 2009.";
    const qs = active(body);
    expect(qs.filter((q) => /external (?:IP|_____)\.$|file location\.$/.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => /hysterical response in the wine world/.test(q.prompt))).toEqual([]);
  });
  test("not asked: a code or catalogue number, an abbreviation in brackets after its words, the country the title names, the rest of a 'People's' name", () => {
    const body = "Numbered Panda is a cyber espionage group. The attachments exploited CVE-2009-4324 and CVE-2011-0611 vulnerabilities in Adobe Reader. Word documents exploited the CVE-2012-0158 vulnerability to spread HighTide. The telescope detected bursts from a repeating fast radio burst (FRB) source known as 121102. The telescope in southern China opened in 2016. The story was about Wen Jiabao, the Premier of the People's Republic of China. FireEye found the group in 2014.";
    const qs = generateQuestions({ slug: "t", title: "Gigantic Chinese telescope opens to astronomers", body }).questions.filter((q) => q.status === "active");
    expect(qs.filter((q) => /CVE|121102|^FRB$|^China$|^Republic of China$/.test(q.answer))).toEqual([]);
    expect(qs.some((q) => q.answer === "2014" || q.answer === "2016")).toBe(true);
  });
  test("'such waves', 'the previously observed campaign' and a bare 'would disagree.' point back; 'who did not agree' does not", () => {
    for (const stem of ["FAST will study _____ of such waves.", "Similar to the previously observed campaign, the attackers used _____.", "The _____ in the Ahr Valley would most certainly disagree."]) expect(checkNoUnresolvedPronoun(stem)).toBe("unresolved-pronoun");
    for (const stem of ["Goldbach listed 1 as a prime in his letters to _____ -- who did not agree.", "Labels such as Deutzerhof command prices in _____."]) expect(checkNoUnresolvedPronoun(stem)).toBeNull();
  });

  test("no 'How many ...?' on a figure with a bound ('more than 100'); a judgement is no true statement", () => {
    const body = "The telescope opened in 2016. During the testing phase, the telescope discovered more than 100 pulsars. The pinot noir of the Ahr Valley is legendary. The Ahr Valley lies in Germany.";
    const qs = active(body);
    expect(qs.filter((q) => /^How many pulsars/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => /more than _____ pulsars/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /is legendary/.test(q.prompt))).toEqual([]);
  });
  test("'Several of the files related ...' points back; 'differs from Etumbot' makes no place of Etumbot", () => {
    expect(checkNoUnresolvedPronoun("Several of the files related to conferences in _____.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Most of the previous misunderstandings about motion were corrected by _____.")).toBeNull();
    const a = analyzeArticle({ body: "HighTide differs from Etumbot in that its request changed. Etumbot was found in 2014." });
    expect(a.sentences[0]!.mentions.find((m) => m.text === "Etumbot")?.type).not.toBe("place");
  });
  test("a name the sentence calls a thing gets no 'Who ...?' ('Who is one of the most awarded labels?')", () => {
    const body = "The Ahr Valley makes red wine. Jean Stodden is one of the most awarded labels in the Ahr Valley. The valley has 560 hectares of vines.";
    expect(active(body).filter((q) => /^Who is one of the most awarded labels/.test(q.prompt))).toEqual([]);
  });
  test("no key that is a pile of four nouns, a count in words ('hundreds of bursts') or a phrase of 'subsequent', 'potential', 'mysterious'", () => {
    const body = "FireEye studied the group in 2014. FireEye found that compromised Taiwanese government employee email accounts were used in the phishing. In August, the instrument detected hundreds of bursts from a source. The malware uses a key to encrypt subsequent communication. The telescope cost 1.2 billion yuan.";
    const qs = active(body);
    expect(qs.filter((q) => ["Taiwanese government employee email accounts", "hundreds of bursts", "subsequent communication"].includes(q.answer))).toEqual([]);
  });
  test("a country after a town and its aside is given by the town; a list item's relative clause is no clause of its own; 'Hence,' points back", () => {
    const body = "Galileo was born in Pisa (then part of the Duchy of Florence), Italy, on 15 February 1564, the first of six children of Vincenzo Galilei, a famous lutenist, and Giulia (née Ammannati), who had married in 1562. Galileo moved to Florence in 1574.";
    const qs = active(body);
    expect(qs.filter((q) => q.answer === "Italy" || /^Giulia, who had married/.test(q.prompt))).toEqual([]);
    expect(checkNoUnresolvedPronoun("Hence, Galileo was not necessarily named after his ancestor _____.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Galileo was named after his ancestor _____.")).toBeNull();
  });
  test("the outlet sources 'tell' is attribution; 'The donors also say' points back", () => {
    const body = "Hillary Clinton spoke to donors in New York. Two Clinton donors tell ABC News that Clinton made the claim at Manhattan's Plaza Hotel in December 2016. The donors also say there is growing anger toward the FBI.";
    expect(active(body).filter((q) => q.answer === "ABC News")).toEqual([]);
    expect(checkNoUnresolvedPronoun("The donors also say there is growing anger toward the _____.")).toBe("unresolved-pronoun");
  });
  test("lists of -ing phrases and of 'things (glosses);' stay whole; 'When I asked' is the author; no citation years, no clock hour", () => {
    const body = "The alert system is old. The commission’s recommendations included extending alert lengths, enabling web links, and improving their crude geotargeting technology. Example markets include credit cards (cardholders and merchants); HMOs (patients and doctors); operating systems (end-users and developers); and video-game consoles (gamers and game developers). When I asked the Office of Emergency Management whether the lack of information could put some New Yorkers in danger, the spokesperson said no. Network effects were described by Geoffrey Parker and Marshall Van Alstyne (2000, 2005) in software markets. Just before 8 in the morning on Monday, cellphones chimed across New York City in 2016.";
    const qs = active(body, "2016-09-19");
    expect(qs.filter((q) => /enabling (?:web links|_____)\.$|; HMOs\.$|include _____; HMOs\.$|When I asked|\(2000, _____\)|Just before _____/.test(q.prompt))).toEqual([]);
  });
  test("a date worn by a noun ('his _____ address') is not asked; the date of an event still is", () => {
    const body = "Netanyahu won the election in March 2015. Netanyahu warned against a bad deal during his March 3 address to a joint meeting of Congress. In his September 2013 address to the United Nations, Obama hailed signs of hope. The talks began on April 1, 2015.";
    const qs = active(body, "2015-03-18");
    expect(qs.filter((q) => /his _____ address/.test(q.prompt))).toEqual([]);
  });
  test("pronouns: a month is nobody's name ('From September 1818, he ...'); an everyday first word is none either ('If it keeps up ...'); 'At that rate', 'That 1 URV', 'Both families' point back; an opening phrase's 'its' points forward", () => {
    for (const stem of ["From September 1818, he joined his older brother _____ at the school.", "If it keeps up for a year, they'll cost _____.", "At that rate, eggs will cost _____ a month later.", "That 1 URV might be worth _____ cruzeiros.", "Both families were largely _____.", "Specifically, its shorelines lie in the German states of _____ and Baden-Württemberg."]) expect(checkNoUnresolvedPronoun(stem)).toBe("unresolved-pronoun");
    for (const stem of ["Publishing its blueprint for devolution in 1995, the _____ provided much of the basis for the Parliament.", "In September 1818, Charles Darwin joined his brother at _____.", "Its exterior appears as a blue British police box, which was a common sight in _____."].slice(0, 2)) expect(checkNoUnresolvedPronoun(stem)).toBeNull();
    expect(checkNoUnresolvedPronoun("Its exterior appears as a blue British police box, which was a common sight in _____.")).toBe("unresolved-pronoun");
  });
  test("'had to' takes do-support in a wh-question; a plural abbreviation after 'in' is no place", () => {
    const t = "Darwin had to stay at Cambridge until June 1831.";
    expect(whQuestionFor(t, t.indexOf("Cambridge"), t.indexOf("Cambridge") + 9, { type: "place" } as never)).toBe("Where did Darwin have to stay until June 1831?");
    const a = analyzeArticle({ body: "Brazil created a fake currency in 1993. All prices were listed in URVs." });
    expect(a.sentences[1]!.mentions.find((m) => m.text === "URVs")?.type).not.toBe("place");
  });
  test("no key is a side of a vote's tally, nor a name that swallowed a plural title ('Senators Lamar Alexander')", () => {
    const body = "The Senate approved the New Start treaty in December 2010. The Senate voted 67 to 28 to end debate on the treaty, mustering the two-thirds majority needed. Republicans like Senators Lamar Alexander and Bob Corker backed it. The treaty limits each side to 1,550 warheads.";
    const qs = active(body, "2010-12-21");
    expect(qs.filter((q) => /voted (?:67 to _____|_____ to 28)|voted 27 to 28/.test(q.prompt) || /^Senators /.test(q.answer))).toEqual([]);
    expect(qs.length).toBeGreaterThan(0);
  });
  test("a county the lists do not know, between a town and its closing comma, is given by the town ('Shrewsbury, _____, on')", () => {
    const body = "Charles Darwin was a naturalist. Charles Robert Darwin was born in Shrewsbury, Shropshire, on 12 February 1809, at his family's home. Darwin studied at Edinburgh in 1825.";
    // (not even a draft: it is no fact of the sentence)
    expect(generate(body).filter((q) => q.answer === "Shropshire")).toEqual([]);
  });
  test("a rendering in brackets of the name before it is no key, and an English rendering of a foreign name is no 'another name for' question", () => {
    const body = "New York City grew from a Dutch colony. In 1614, the area between Cape Cod and Delaware Bay was claimed by the Netherlands and called Nieuw-Nederland (New Netherland). Gomes named the Hudson River the Río de San Antonio (Saint Anthony's River) in 1525.";
    const qs = generate(body);
    expect(qs.filter((q) => q.answer === "New Netherland" || /another name for/.test(q.prompt))).toEqual([]);
  });
  test("a list item ends at its comma ('... and media capital of the world, and exerts'); a relative clause runs to its own verb past an aside; no wh-question around a reduced relative or with a 'when' clause left in", () => {
    const body = "New York City is the most populous city in the United States. A global power city, New York City has been described as the cultural, financial, and media capital of the world, and exerts a significant impact upon commerce. In the precolonial era, the area was inhabited by Algonquian Native Americans, including the Lenape, whose homeland, known as Lenapehoking, included Staten Island; the Bronx; and the Lower Hudson Valley. New York City traces its origins to a trading post founded by colonists from the Dutch Republic in 1624.";
    const qs = active(body);
    expect(qs.filter((q) => /the cultural, financial\.$|Lenape known as Lenapehoking|did New York City traces/.test(q.prompt))).toEqual([]);
    const u = "In 2000, the dark ages came when the dot-com bubble burst.";
    expect(whQuestionFor(u, u.indexOf("2000"), u.indexOf("2000") + 4, { type: "year" } as never)).toBeNull();
  });
});


describe("from the pooled reads (blind10-17), general patterns, 2026-12-07", () => {
  test("the year that dates a statistic is no key ('15 percent of its GDP in _____', 'since _____'); a peak's year and a name's year still are", () => {
    const body =
      "Tunisia depends on its visitors. Tourism is critical to Tunisia’s economy, accounting for 15 percent of its gross domestic product in 2013, according to the World Travel and Tourism Council. Population has increased by about 5 billion since 1900. Wyoming coal production peaked in 2008 at 447.6 million tons, declining to 375.8 million tons in 2015. Under the terms of the Scotland Act 1978, an assembly would be set up if 40% of the electorate voted for it.";
    const qs = active(body, "2016-06-01");
    const keyed = qs.filter((q) => q.kind !== "true_false").map((q) => q.answer);
    expect(keyed.filter((x) => x === "2013" || x === "1900" || x === "2015")).toEqual([]);
    // (nor a true/false that only swaps that year)
    expect(qs.filter((q) => q.kind === "true_false" && q.answer === "false" && /in 20(?!13)\d\d, according|since 1(?!900)\d{3}/.test(q.prompt))).toEqual([]);
    expect(keyed).toContain("2008");
    expect(generate(body, "2016-06-01").some((q) => q.answer === "1978")).toBe(true);
  });
  test("a false statement may swap a name for another the article names (never one from the lists), and not a person after a title or role", () => {
    const body = [
      "The ruling New Azerbaijan Party on Sunday held an event in Shusha.",
      "Speaking at the event, Zafer Sırakaya, deputy chair of the Justice and Development Party, praised the declaration.",
      "Sırakaya added that the occupation of Karabakh had shown that international bodies failed.",
      "The connection between Nakhchivan and the main lands would strengthen ties with Central Asia.",
      "Hillary Clinton's former running mate Tim Kaine was in attendance at the Plaza Hotel, as was New York governor Andrew Cuomo.",
      "Clinton blamed Vladimir Putin for her loss.",
      "The U.S. appeared to make efforts to persuade Dmitry Medvedev to stay on as president.",
      "Tim Kaine later spoke to reporters.",
    ].join(" ");
    const falses = generate(body).filter((q) => q.kind === "true_false" && q.answer === "false");
    const swapped = falses.map((q) => {
      const orig = q.explanation.replace(/^False\. The article says: /, "");
      const a = q.prompt.split(" "), b = orig.split(" ");
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      return { q, word: a[i] ?? "" };
    });
    expect(swapped.some(({ q }) => /Justice and Development Party on Sunday|occupation of Nakhchivan/.test(q.prompt))).toBe(true);
    // every swapped-in name is one the article itself gives
    for (const { q, word } of swapped) expect(body.includes(word.replace(/[.,’']s?$/, "")), q.prompt).toBe(true);
    expect(falses.filter((q) => /running mate (?!Tim Kaine)|governor (?!Andrew Cuomo)/.test(q.prompt))).toEqual([]);
  });
  test("the seed's true/false statements are not all true", () => {
    const { meta, body } = parseArticleSource(readFileSync(path.join(__dirname, "..", "..", "seeds", "articles", "shusha-declaration.md"), "utf8"));
    const tf = generateQuestions({ slug: "shusha-declaration", body, ...(meta.title ? { title: meta.title } : {}), ...(meta.date ? { date: meta.date } : {}) }).questions.filter((q) => q.status === "active" && q.kind === "true_false");
    const falses = tf.filter((q) => q.answer === "false").length;
    expect(falses).toBeGreaterThanOrEqual(5);
    expect(tf.length - falses).toBeGreaterThan(0);
  });
  test("no key is one end of a range or a figure in a bracketed aside; a span of years and a ratio still are", () => {
    const body =
      "Hemoglobin carries oxygen in the blood. Hemoglobin has an oxygen binding capacity between 1.36 and 1.40 ml O2 per gram hemoglobin. Blood leaving the lungs achieves an oxygen delivery between 950 and 1150 ml/min to the body. Deoxygenated blood is still roughly 75% (70 to 78%) saturated. The pressure is low (about 100 mm Hg in arteries) in the veins. Apollo ran from 1961 to 1972. British settlers outnumbered the French 20 to 1 in 1750.";
    const keys = generate(body).filter((q) => q.kind !== "true_false").map((q) => q.answer);
    for (const k of ["1.36", "1.40", "950", "1150", "70", "78%", "100"]) expect(keys, k).not.toContain(k);
    for (const k of ["1961", "1972", "20"]) expect(keys, k).toContain(k);
  });
  test("an abbreviation in brackets right after a capitalised name is no key, whatever language its letters come from", () => {
    const body = "In December, two lawmakers from the right-wing populist Alternative for Germany (AfD) invited US historian Bruce Gilley to Berlin. The project is run with the Initiative Schwarze Menschen in Deutschland (ISD) in Berlin.";
    expect(generate(body).filter((q) => q.answer === "AfD" || q.answer === "ISD")).toEqual([]);
  });
  test("'of the three', 'one exception', a bare share as subject and 'X then does' point back", () => {
    for (const t of ["Who is the most notorious of the three?", "However, one exception includes pulmonary arteries.", "About 1.5% is physically dissolved in the other blood liquids.", "About _____ is physically dissolved in the other blood liquids.", "Blood then enters the lungs to be circulated again."]) expect(checkNoUnresolvedPronoun(t), t).toBe("unresolved-pronoun");
    for (const t of ["Roughly 55% of blood is plasma.", "The exception to the rule is rare.", "Only 2% of toys were marketed to boys.", "_____ was later legitimised as the legal heir of Galileo."]) expect(checkNoUnresolvedPronoun(t), t).toBeNull();
  });
  test("a clause with no verb of its own makes no statement: a list of authors, a name the tagger read as a verb ('David Won')", () => {
    const body = "The smart toilet was tested at Stanford in 2019 by the Gambhir lab. Other Stanford co-authors are postdoctoral scholar Ann Lee, PhD; Seung-min Park, PhD, senior research scientist; and David Won, MD, PhD, former visiting scholar in the Molecular Imaging Program at Stanford.";
    const qs = active(body);
    expect(qs.filter((q) => /^(?:And )?(?:David Won|Seung-min Park|_____), (?:MD|PhD|_____)/.test(q.prompt))).toEqual([]);
    expect(qs.length).toBeGreaterThan(0);
  });
  test("no comma between a subject and its verb after a bracket ('Sustained hypoxia (...), is dangerous')", () => {
    expect(cleanDisplay("Sustained hypoxia (oxygenation less than 90%), is dangerous to health.")).toBe("Sustained hypoxia (oxygenation less than 90%) is dangerous to health.");
    expect(cleanDisplay("Sustained hypoxia, is dangerous to health.")).toBe("Sustained hypoxia is dangerous to health.");
    expect(cleanDisplay("Paris, France, is a city.")).toBe("Paris, France, is a city.");
    expect(cleanDisplay("The city, which is old, is big.")).toBe("The city, which is old, is big.");
  });
  test("how a person is styled is no key (degrees, a given name before a quoted nickname, the chair they hold), and where a paper was published is no fact", () => {
    const body = "There’s a new disease-detecting technology in the lab of Sanjiv “Sam” Gambhir, MD PhD. A paper describing the research was published April 6 in Nature Biomedical Engineering. Although the idea may take some getting used to, Gambhir, who holds the Virginia and D.K. Ludwig Professorship for Clinical Investigation in Cancer Research, envisions the smart toilet as part of a health system. The team surveyed 300 users in 2018.";
    const qs = generate(body);
    expect(qs.filter((q) => ["MD PhD", "Sanjiv", "Virginia", "Cancer Research", "April 6", "Nature Biomedical Engineering"].includes(q.answer) || /published April 6/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => q.status === "active" && q.answer === "300")).toBe(true);
  });
  test("a figure's wrong choices are the article's own near figures of its kind when it has them (golf scores, not 27 or 110)", () => {
    const body = "Nick Watney shot a 66 on Saturday to take a three-shot lead at the PGA Championship. Rory McIlroy opened with a 63 at St. Andrews and closed with a 68. Tiger Woods had to rally for a 72 on a day when the average score was 71. Zach Johnson shot a 69 and was in a group at 8-under. Dustin Johnson had a 70 while playing with McIlroy.";
    const mc = active(body).filter((q) => q.kind === "multiple_choice" && /^\d+$/.test(q.answer));
    expect(mc.length).toBeGreaterThan(0);
    for (const q of mc) for (const c of q.choices!) expect(Number(c) >= 40 && Number(c) <= 100, `${q.prompt} ${c}`).toBe(true);
  });
  test("no key is one of the alternatives an 'either ... or ...' leaves open, part of a journal's title, or who funded a study", () => {
    const body = "Ducks are birds of the family Anatidae. The pink-eared duck is included as a true duck either in the tribe Anatini or the tribe Malacorhynchini. A new research paper published in Frontiers in Ecology and the Environment journal suggests that rights matter. The research, supported by the Wildlife Conservation Society and the U.S. Agency for International Development, reveals that 36 percent of the forests are intact. The office sends alerts, which must either be AMBER alerts, presidential alerts, or alerts about imminent threats.";
    const keys = generate(body).filter((q) => q.kind !== "true_false").map((q) => q.answer);
    for (const k of ["Anatini", "Malacorhynchini", "Ecology", "Environment", "Wildlife Conservation Society"]) expect(keys, k).not.toContain(k);
    expect(keys).toContain("36 percent");
    expect(keys).toContain("AMBER");
  });
  test("a name swapped into a false statement is one the article gives twice, or once if the lists know it; never a place in a general claim", () => {
    const body = "Chernobyl is in Ukraine. The Soviet clean-up in Ukraine took years, and Russia paid for much of it. Russia and France later built new reactors. France relies on nuclear power, as does Japan. Japan's plant at Fukushima failed in 2011. Natural disasters are rare in England, the consultant said.";
    const falses = generate(body).filter((q) => q.kind === "true_false" && q.answer === "false");
    expect(falses.filter((q) => /rare in (?!England)/.test(q.prompt))).toEqual([]);
    expect(falses.some((q) => /reactors|nuclear power/.test(q.prompt))).toBe(true);
  });
  test("'a similar system', 'the same strategy', 'the opposite conclusion', 'that level of', 'One big difference', 'After its failure' point back; a reciprocal or predicative 'the same' does not", () => {
    for (const t of ["A similar system could work at Fukushima, says DeVine.", "Where could a similar system work?", "Japan may adopt the same strategy for Fukushima.", "Makarov, during a panel discussion, drew the opposite conclusion.", "So far, Y2Q has failed to generate quite that level of interest.", "One big difference is that it was clear what needed to be done.", "After its failure the Portuguese presence was confined to Malacca."]) expect(checkNoUnresolvedPronoun(t), t).toBe("unresolved-pronoun");
    for (const t of ["A similar system to the one at Hanford was built.", "The two species share the same habitat.", "Galileo Bonaiuti was buried in the same church, the Basilica of Santa Croce in Florence.", "The laws of physics are the same in every inertial frame.", "Both use the same engine as the Model T."]) expect(checkNoUnresolvedPronoun(t), t).toBeNull();
  });
  test("a one-letter piece of a dotted name ('T' of 'A.T. & T.') is not what the article is about, so 'The company' is not rewritten to it", () => {
    const body = "In 1994, Peter Shor, then at A.T. & T.’s Bell Labs, showed how a quantum computer could break codes. The best quantum computers have just five qubits, in a system that I.B.M. announced earlier this year. The company expects to scale up to a hundred qubits within the next decade. Today the threat is taken seriously. The race to build one is on. Two teams lead it.";
    expect(generate(body).filter((q) => /^T expects/.test(q.prompt))).toEqual([]);
  });
});

describe("a sentence's own terms before its asides (recall misses and pooled reads, 2026-12-07, second session)", () => {
  // Keys in brackets were kept by the readers 6 times in 31, after "such as" once in 15; and among keys of one
  // score the last of a sentence had won (the prompts were compared, and a blank sorts after a capital).
  const body = [
    "Maria Keller was born in 1950 in Oberstdorf, near the Nebelhorn mountain and the Iller and Breitach rivers in southern Bavaria, not far from the town of Kempten.",
    "Keller had three brothers, Anton (1946–2001), Josef (1948–2010) and Peter (1953–2019).",
    "Keller founded the Alpine Trust in 1981 with help from donors such as the Hoffmann Foundation.",
    "The Alpine Trust has protected mountain meadows in Bavaria since 1981.",
    "Keller led the Alpine Trust until 2012.",
  ].join(" ");
  test("the years of a secondary person's life in brackets are no key; the article's subject's are", () => {
    const keys = generate(body).filter((q) => q.kind !== "true_false").map((q) => q.answer);
    for (const k of ["1946", "2001", "1948", "2010", "1953", "2019"]) expect(keys, k).not.toContain(k);
    const subject = "Maria Keller (1950–2012) was a Bavarian conservationist. Keller founded the Alpine Trust in 1981. Keller led the Alpine Trust until 2012. Keller wrote two books about meadows. Keller lived in Oberstdorf.";
    expect(generate(subject).some((q) => q.status === "active" && /\(1950–_____\)/.test(q.prompt))).toBe(true);
  });
  test("among keys of one score a sentence's earlier ones go first (the last had won: a blank sorts after a capital)", () => {
    const qs = active(body).filter((q) => q.kind === "cloze" && /three brothers/.test(q.evidenceText)).map((q) => q.answer);
    expect(qs).toContain("Anton");
    expect(qs).not.toContain("Peter");
  });
  test("a name in brackets ranks below the sentence's own names; so does one after 'such as' or 'near'", () => {
    const text = "Maria Keller was born in 1950 in Oberstdorf. Each year the Alpine Trust elects a chair (currently Anna Berg) and a treasurer, Paul Stein. Keller founded the Alpine Trust in 1981. The Alpine Trust has protected mountain meadows in Bavaria since 1981. Keller led the Alpine Trust until 2012.";
    const qs = generate(text).filter((q) => q.kind === "cloze");
    const of = (k: string) => qs.find((q) => q.answer === k)!.score;
    expect(of("Anna Berg")).toBeLessThan(of("Paul Stein"));
    const a = analyzeArticle({ body: "Thinkers such as Aristotle and Plato erred. The town lies near Lake Garda, in Italy." });
    const weight = (name: string) => {
      const s = a.sentences.find((x) => x.mentions.some((m) => m.text === name))!;
      return asideWeight(s, s.mentions.find((m) => m.text === name)!);
    };
    expect(weight("Aristotle")).toBe(1);
    expect(weight("Lake Garda")).toBe(1);
    expect(weight("Italy")).toBe(0);
  });
});

describe("what the title names is the subject (paired reads blind13-20, 2026-12-07, second session)", () => {
  test("another form of a title's word is no key ('quantum computer' under '... Quantum Computing')", () => {
    const body = "Peter Shor showed in 1994 how a quantum computer could break codes. The race to build a quantum computer became one of the hottest tickets in physics. Google tested a new algorithm called New Hope in 2016. The National Institute of Standards and Technology put out a call for proposals. Michele Mosca pegged the odds at one in seven.";
    const qs = generateQuestions({ slug: "t", body, title: "Hacking, Cryptography, and the Countdown to Quantum Computing" }).questions;
    expect(qs.filter((q) => q.status === "active" && q.answer === "quantum computer")).toEqual([]);
    expect(qs.some((q) => q.status === "active" && q.answer === "1994")).toBe(true);
  });
  test("a place the title names is the subject even when few sentences name it; its people's word goes with it ('Javanese' of 'Java')", () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Engineer number ${i + 2} measured the water level on day ${i + 3}.`);
    const body = ["Fukushima lies on the coast.", ...filler.slice(0, 20), "Some think it may be better to abandon Fukushima entirely.", ...filler.slice(20), "Fukushima will take decades.", "Robots will map Fukushima in 2012."].join(" ");
    const a = analyzeArticle({ body, title: "Fukushima set for epic clean-up" });
    expect(a.trivial.has("fukushima")).toBe(true);
    const java = analyzeArticle({ body: "Java is an island. The Javanese kingdoms grew rice. Java has volcanoes. The Javanese were great warriors. Java is densely populated. Dutch rule began in 1619." });
    expect(java.trivial.has("javanese")).toBe(true);
  });
});

describe("a verb of saying makes a speaker only when it is said of words (blind20, 2026-12-07, second session)", () => {
  test("'Cholera claimed 100,000 lives' makes no person and no 'Who claimed ...?'; 'Okafor claimed that ...' is a person", () => {
    const body = "Java was ruled by the Dutch from 1619. Cholera claimed 100,000 lives in Java in 1820. The population grew to 28 million by 1890. Rice was the main crop of the island. Okafor claimed that the census was wrong.";
    const a = analyzeArticle({ body });
    const typeOf = (name: string) => a.sentences.flatMap((s) => s.mentions).find((m) => m.text === name)?.type;
    expect(typeOf("Cholera")).not.toBe("person");
    expect(typeOf("Okafor")).toBe("person");
    expect(generate(body).filter((q) => /^Who claimed 100,000/.test(q.prompt))).toEqual([]);
  });
});

describe("the stem spells a one-word key in another form (paired reads, 2026-12-07, second session)", () => {
  test("'cyanobacteria' beside 'cyanobacterium', 'Tadornini' beside 'Tadorninae', 'Gomes' beside 'Gómez' give the key away; a longer name with one word alike does not", () => {
    expect(checkAnswerNotInStem("Chloroplasts originated from _____ when a cell engulfed a cyanobacterium.", "cyanobacteria", [], new Set(["cyano"]))).toBe("answer-in-stem");
    expect(checkAnswerNotInStem("The shelducks make up the tribe _____ in some classifications, and their own subfamily, Tadorninae, in others.", "Tadornini", [], new Set(["tador"]))).toBe("answer-in-stem");
    expect(checkAnswerNotInStem("The map was informed by _____' expedition and labelled the coast Tierra de Esteban Gómez.", "Gomes", [], new Set())).toBe("answer-in-stem");
    expect(checkAnswerNotInStem("The surname Galilei derives from the given name of an ancestor, _____.", "Galileo Bonaiuti", [], new Set(["galil"]))).toBeNull();
    expect(checkAnswerNotInStem("Red algae hold phycobilin pigments combined into _____.", "phycobilisomes", [], new Set(["phyco"]))).toBeNull();
    expect(checkAnswerNotInStem("Aristotle held that objects in forced motion contain an innate _____.", "force", [], new Set(["force"]))).toBeNull();
    expect(checkAnswerNotInStem("Prussia fought _____ in 1914.", "Russia", [], new Set())).toBeNull();
  });
});

describe("from the read of blind21 (tuned on it after its measure), 2026-12-07, second session", () => {
  test("a round year long ago is offered round wrong years ('as early as 2400 BC': not 2390), and made false by a round step", () => {
    const body = "The abacus was used in many lands. The Roman abacus was developed from devices used in Babylonia as early as 2400 BC. The slide rule was invented around 1620. The astrolabe spread in the Islamic world. Merchants used the abacus daily.";
    const qs = active(body).filter((q) => /2400|Babylonia as early as/.test(q.prompt));
    const mc = qs.find((q) => q.kind === "multiple_choice" && q.answer === "2400");
    expect(mc).toBeDefined();
    for (const c of mc!.choices!) expect(Number(c) % 100, c).toBe(0);
    for (const q of qs.filter((x) => x.kind === "true_false" && x.answer === "false")) expect(q.prompt).toMatch(/as early as \d\d00 BC/);
  });
  test("a phrase's complement is not cut short ('aid computation for thousands | of years'), and 'thousands of _____ of water' is no blank", () => {
    const body = "Computers are machines that calculate. Devices have been used to aid computation for thousands of years, mostly using one-to-one correspondence with fingers. The accident left thousands of tonnes of water laced with caesium in the basement. Computers now aid computation everywhere. The computation of tides came later.";
    const keys = generate(body).filter((q) => q.kind !== "true_false").map((q) => q.answer);
    expect(keys).not.toContain("computation for thousands");
    expect(active(body).filter((q) => q.answer === "tonnes")).toEqual([]);
  });
  test("a relative clause ends where the main clause's auxiliary follows, even when the tagger missed its verb; not when an aside opened it ('which, at the turn of ..., was')", () => {
    const body = "The protests began in April. On the night of 20 November, though, the temperature was below freezing and the protesters, who call themselves “water protectors”, were camping outdoors for the evening. The “Y2Q” handle makes explicit the parallels between the quantum threat and the Y2K bug, which, at the turn of the millennium, was supposed to make the world’s computers think it was 1900. Police used water cannons. The camp stayed open in December.";
    const prompts = generate(body).map((q) => q.prompt);
    expect(prompts.filter((p) => /and the protesters\.$/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /Y2K bug was supposed/.test(p))).toEqual([]);
  });
  test("an aside between dashes, or a list item with a 'that' clause of its own, is not cut as a clause", () => {
    const body = "The protests grew through the autumn. But the American Civil Liberties Union (ACLU) has assembled a list of 76 different agencies – state, county, and local agencies from North Dakota and nine other states – that have sent officers to the protests. Peripheral devices include input devices (keyboards, mice, joystick, etc.), output devices (monitor screens, printers, etc.), and input/output devices that perform both functions (e.g., the late-20th-century touchscreen). The camp stayed open. Officers came from Ohio.";
    const prompts = generate(body).map((q) => q.prompt);
    expect(prompts.filter((p) => /– state, county\?$/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /^Peripheral devices include _____, output devices\.$/.test(p))).toEqual([]);
  });
  test("an event keeps who did it when the date follows ('a star chart invented by al-Bīrūnī', not '... invented')", () => {
    const a = analyzeArticle({ body: "Many mechanical aids to calculation and measurement were constructed for astronomical and navigation use. The planisphere was a star chart invented by Abū Rayhān al-Bīrūnī in the early 11th century.[6] The astrolabe was invented in the Hellenistic world in either the 1st or 2nd centuries BC and is often attributed to Hipparchus." });
    for (const e of findDatedEvents(a)) expect(e.label, e.label).not.toMatch(/\binvented$/);
  });
});

describe("a compass word at a sentence's start belongs to the place it names (2026-12-07, second session)", () => {
  test("a compass word the article writes inside a name elsewhere belongs to it at a sentence's start ('North Dakota law enforcement officials ...' is no 'North _____' -> Dakota)", () => {
    const body = "North Dakota law enforcement officials have released misleading statements. Police in North Dakota used water cannons. The governor of North Dakota spoke on Monday. Protesters gathered near the Missouri river. Officers came from nine other states.";
    const a = analyzeArticle({ body });
    expect(a.sentences[0]!.mentions[0]?.text).toBe("North Dakota");
    expect(generate(body).filter((q) => /^North _____/.test(q.prompt))).toEqual([]);
  });
  test("'South Africa protested.' is South Africa, not Africa; 'North Korea fired ...' is North Korea, not (South) Korea", () => {
    const a = analyzeArticle({ body: "North Korea fired two missiles on Monday. South Africa protested. South Korea and North Korea met in 2018." });
    const first = a.sentences.map((s) => s.mentions[0]?.canonical);
    expect(first[0]).toBe("North Korea");
    expect(first[1]).toBe("South Africa");
  });
});

describe("pieces of words and names (corpus scan, 2026-12-07, second session)", () => {
  test("a hyphenated word is no subject's end ('A free- managed to escape'), and a name's letter is not left behind ('including _____ a.')", () => {
    const body = "Chloroplasts are organelles in plants. Somewhere around a billion years ago, a free-living cyanobacterium entered an early eukaryotic cell, either as food or as an internal parasite, but managed to escape the phagocytic vacuole it was contained in. On the thylakoid membranes are photosynthetic pigments, including chlorophyll a. The international goal under the 2015 U.N. Paris Agreement is to curb warming. Chloroplasts divide in two.";
    const qs = generate(body);
    expect(qs.filter((q) => /^A free- /.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => q.status === "active" && /_____ a\.$/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => q.answer === "2015" && q.status === "active")).toBe(true);
  });
});

describe("a wh-question with two finite verbs (blind20, 2026-12-07, second session)", () => {
  test("'When did a four-ship expedition lead by ... was the first Dutch contact?' is not asked; the cloze of the year is", () => {
    const body = "Java is an island of Indonesia. In 1596, a four-ship expedition lead by Cornelis de Houtman was the first Dutch contact with Indonesia. The Dutch East India Company was founded in 1602. Batavia became its capital in 1619. Java grew rice for export.";
    const qs = generate(body).filter((q) => q.status === "active");
    expect(qs.filter((q) => /^When (?:did|do|does) .* was /.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => q.answer === "1596")).toBe(true);
  });
});

describe("from the read of blind22 (tuned on it after its measure), 2026-12-07, second session", () => {
  test("a stem with words in another script is not asked (a gloss no learner can read out)", () => {
    const body = "Muhammad (c. 570 – c. 8 June 632); also transliterated as Mohammad; Arabic: محمد, was a leader from Mecca who unified Arabia into a single polity. The Quran is the central religious text. Muhammad was born in Mecca in 570. Muhammad died in Medina in 632. The Quran has 114 chapters.";
    expect(active(body).filter((q) => /[\p{Script=Arabic}]/u.test(q.prompt))).toEqual([]);
  });
  test("a comparative is no clause of its own (', and more power than the entire planet generates by 2020')", () => {
    const body = "Bitcoin uses a lot of energy. Last year, an article in Grist calculated that the bitcoin network would be using more power than the US by next summer, and more power than the entire planet generates by 2020. Miners run computers. Bitcoin is capped at 21 million coins. Miners earn coins.";
    expect(generate(body).filter((q) => /^(?:More power than|By when does more power)/.test(q.prompt))).toEqual([]);
  });
  test("a surname keeps its particle ('de Vries', not 'Vries'), with a capital at a statement's start", () => {
    const body = "Alex de Vries, an economist at PricewaterhouseCoopers, runs the Digiconomist blog. Nakamoto’s idea was to timestamp every transaction on a chain. Whoever Satoshi Nakamoto is, the idea worked. Nakamoto wrote a paper in 2008. De Vries says the network uses a lot of power. Krause says the network uses less. Krause works at the Environmental Protection Agency.";
    const qs = generate(body);
    expect(qs.filter((q) => /(?<!de |De )\bVries\b/.test(`${q.prompt} ${(q.choices ?? []).join(" ")}`))).toEqual([]);
    expect(qs.filter((q) => /^de Vries/.test(q.prompt))).toEqual([]);
    expect(analyzeArticle({ body }).entities.has("whoever satoshi nakamoto")).toBe(false);
  });
  test("'That leaves', 'such an assumption', 'The work', 'says it’s more like', 'First,', 'Of the remaining', 'Next in importance', 'Even if that’s' point back; 'Then, in 2012,' and 'such as' do not", () => {
    for (const t of ["That leaves 90% of the total oil that actually made it into the water.", "The UGA researchers, however, don't think such an assumption is justified.", "The work was used verbatim at great length by Ibn Hisham.", "Krause says it’s more like 8.3 TWh/yr, roughly the energy use of Angola.", "First, the researchers discounted the 800,000 or so bbl. captured by BP.", "Of the remaining 4.1 million bbl., about 392,000 bbl. were burned.", "Next in importance are historical works by writers of the 3rd century.", "Even if that’s not plausible, a team from Hawaii did the same kind of calculations."]) expect(checkNoUnresolvedPronoun(t), t).toBe("unresolved-pronoun");
    for (const t of ["Then, in 2012, hundreds of Islamists assaulted the U.S. Embassy in Tunis.", "Markets such as eBay connect buyers and sellers.", "The work of Ibn Ishaq survives in later copies."]) expect(checkNoUnresolvedPronoun(t), t).toBeNull();
  });
  test("semicolons between the verb phrases of one list are no clause boundaries ('74% of the oil had either been captured ...; evaporated ...; or dissolved')", () => {
    const body = "The spill was the largest in US history. Experts from the National Oceanic and Atmospheric Administration (NOAA) and the Interior Department estimated that 74% of the oil had either been directly captured, burned or skimmed; evaporated at the surface; been consumed by micro-organisms; or dissolved or dispersed into microscopic droplets under the water. BP capped the well in July. The oil reached Louisiana in May. Fishermen lost their income.";
    const qs = generate(body).filter((q) => q.kind === "cloze" && /Interior Department|74%/.test(q.answer));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toMatch(/dissolved/);
  });
  test("where something was published is no key ('in the journal _____', 'the _____ blog', 'an article in _____')", () => {
    const body = "Bitcoin mining uses a lot of power. Alex de Vries, who runs the Digiconomist blog, aggregated the estimates in an article in the journal Joule last spring. A team from Hawaii published a paper in Nature Climate Change in 2018. Miners in China use coal. Krause estimated 8.3 terawatt-hours a year.";
    const keys = generate(body).filter((q) => q.kind !== "true_false").map((q) => q.answer);
    for (const k of ["Joule", "Digiconomist", "Nature Climate Change"]) expect(keys, k).not.toContain(k);
    expect(keys).toContain("8.3");
    expect(keys).not.toContain("lot of power");
  });
  test("a place or a people's adjective is no one 'he' can stand for ('Born ... in the Arabian city of Mecca, he was orphaned')", () => {
    expect(checkNoUnresolvedPronoun("Born in about 570 CE in the Arabian city of _____, he was orphaned at an early age.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("After Smith won in 2010, he retired.")).toBeNull();
    expect(checkNoUnresolvedPronoun("Yagan claims he did not know.")).toBeNull();
  });
});

describe("from the read of blind23 (tuned on it after its measure), 2026-12-07, second session", () => {
  test("a birthplace and years in brackets after a secondary person are no key ('John Ray (England, 1627–1705)')", () => {
    const body = "Taxonomy is the science of naming organisms. Organisms were first classified by Aristotle (Greece, 384–322 BC) during his stay on the island of Lesbos. In the 17th century, John Ray (England, 1627–1705) wrote many important taxonomic works. The Swedish botanist Carl Linnaeus (1707–1778) ushered in a new era of taxonomy. Linnaeus named thousands of species. Taxonomy groups organisms into taxa. Taxonomy uses ranks such as genus and species.";
    const qs = generate(body);
    expect(qs.filter((q) => q.kind !== "true_false" && /\((?:_____, |England, |Greece, )/.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => q.kind === "true_false" && /John Ray \((?!England)/.test(q.prompt))).toEqual([]);
  });
  test("a dateline in title case with its agency, or the agency glued to the first word, is no part of a stem or a key ('Tripoli, Libya (CNN) -- ', '(CNN)She')", () => {
    expect(cleanDisplay("Tripoli, Libya (CNN) -- As rebel forces moved, Gadhafi wrote to Obama.")).toBe("As rebel forces moved, Gadhafi wrote to Obama.");
    expect(cleanDisplay("(CNN)She hails from a land with no real mountains.")).toBe("She hails from a land with no real mountains.");
    expect(cleanDisplay("The European Union (EU) is a union of states.")).toBe("The European Union (EU) is a union of states.");
    const body = "Tripoli, Libya (CNN) -- As rebel and pro-government forces in Libya maneuvered on the battlefield Wednesday, Libyan leader Moammar Gadhafi wrote to President Barack Obama. NATO struck targets near Misrata on Tuesday. The rebels hold Benghazi. Obama did not reply. The letter was three pages long.";
    expect(generate(body).filter((q) => q.kind !== "true_false" && (q.answer === "CNN" || (q.answer === "Tripoli" && /^_____, Libya/.test(q.prompt))))).toEqual([]);
  });
  test("a statement that hedges is a guess, not a fact ('Perhaps the only thing ...', '... might have grown accustomed ...')", () => {
    const body = "Estonia has produced few winter athletes. As the elder sibling, Kelly Sildaru might have grown accustomed to setting the standard at the X Games. Perhaps the only thing holding Henry Sildaru back in 2018 was his size. Estonia won gold in Turin in 2006. Andrus Veerpalu won that race for Estonia.";
    const hedged = generate(body).filter((q) => q.kind === "true_false" && /\b(?:might|Perhaps)\b/.test(q.prompt));
    expect(hedged.length).toBeGreaterThan(0);
    for (const q of hedged) expect(q.rejectReasons, q.prompt).toContain("answer-trivial");
  });
  test("'Since then', 'the next major works', 'the teenager', 'The strongman' point back; 'the next year' and 'the teenager Kelly Sildaru' do not", () => {
    for (const t of ["Since then, the evidentiary basis has been expanded with data from molecular genetics.", "By whom were the next major taxonomic works produced?", "Only an injury sustained in September 2017 prevented the teenager from reaching those heights.", "The strongman expressed hope that Obama wins re-election next year."]) expect(checkNoUnresolvedPronoun(t), t).toBe("unresolved-pronoun");
    for (const t of ["The treaty was ratified the next year by Russia.", "At the X Games, the teenager Kelly Sildaru won gold."]) expect(checkNoUnresolvedPronoun(t), t).toBeNull();
  });
  test("a person's adjective leaves 'his' resolved ('The Aristotelian system ... his ideas'); a place's does not ('the Arabian city of Mecca, he')", () => {
    expect(checkNoUnresolvedPronoun("The Aristotelian system did not classify _____, as his ideas were based on the Natural Ladder.")).toBeNull();
    expect(checkNoUnresolvedPronoun("Born in about 570 CE in the Arabian city of _____, he was orphaned at an early age.")).toBe("unresolved-pronoun");
  });
});

describe("a pronoun for the person the article is about (2026-12-07, third session)", () => {
  const title = "Mara Lindqvist";
  const gen = (body: string, t = title) => generateQuestions({ slug: "t", body, title: t }).questions.filter((q) => q.status === "active");
  const opening = "Mara Lindqvist is a Swedish glaciologist who studies the ice sheets of Greenland. She is known for her maps of fast glaciers.";

  test("after a phrase put first, the pronoun is the subject, named as the article names her", () => {
    const body = [opening, "Born in 1971 in the mining town of Kiruna, she studied physics at Uppsala University before turning to ice. Lindqvist joined the Swedish Polar Research Secretariat in 1999."].join("\n\n");
    const qs = gen(body);
    expect(qs.some((q) => /^Born in (?:_____|1971) in the mining town of (?:_____|Kiruna), (?:Mara )?Lindqvist studied/.test(q.prompt))).toBe(true);
    expect(qs.some((q) => /\bshe studied\b/.test(q.prompt))).toBe(false);
  });

  test("a sentence that names no one passes her on", () => {
    const body = [opening, "Lindqvist led three expeditions to the north of Greenland between 1998 and 2003. The work was hard and the funding uncertain. She published the first full map of the Petermann Glacier in 2004."].join("\n\n");
    const qs = gen(body);
    expect(qs.some((q) => /^(?:Mara )?Lindqvist published the first full map of the (?:_____|Petermann Glacier) in (?:_____|2004)/.test(q.prompt))).toBe(true);
  });

  test("not when someone else of hers was named last", () => {
    const body = [opening, "Her colleague Anna Holm mapped the Jakobshavn Glacier in 2001. The maps were widely used by the Danish navy. She later moved to Tromsø in 2006 to teach."].join("\n\n");
    const qs = gen(body);
    expect(qs.some((q) => /Lindqvist later moved/.test(q.prompt))).toBe(false);
    expect(qs.some((q) => /\bShe later moved\b/.test(q.prompt))).toBe(false);
  });

  test("not in an article whose title names no one", () => {
    const body = [opening, "Born in 1971 in the mining town of Kiruna, she studied physics at Uppsala University before turning to ice."].join("\n\n");
    const qs = gen(body, "Mapping the ice");
    expect(qs.some((q) => /Lindqvist studied/.test(q.prompt))).toBe(false);
  });

  test("'the teenager' is the one person the article calls a teenager", () => {
    const body = [
      "Meet teenager Lea Kask, the best young skier in Estonia. Kask won her first World Cup race in 2016 in Austria.",
      "A torn ligament in September 2017 prevented the teenager from competing at the Winter Olympics in South Korea.",
    ].join("\n\n");
    const qs = generateQuestions({ slug: "t", body, title: "Meet teenager Lea Kask" }).questions.filter((q) => q.status === "active");
    expect(qs.some((q) => /prevented (?:Lea )?Kask from competing/.test(q.prompt))).toBe(true);
    expect(qs.some((q) => /the teenager/.test(q.prompt))).toBe(false);
  });

  test("'traveled there' points to the sentence before", () => {
    expect(checkNoUnresolvedPronoun("Taylor Swift traveled there in 2004 to visit record labels.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Taylor Swift traveled to Nashville in 2004 to visit record labels.")).toBeNull();
  });
});

describe("from the read of blind24 (tuned on it after its measure), 2026-12-07, third session", () => {
  test("'LAPD Asst. Chief Earl Paysinger' is one sentence", () => {
    const text = "Cortines awoke to a conference call that included Zimmer and LAPD Asst. Chief Earl Paysinger, according to interviews. The district closed its schools.";
    expect(splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      "Cortines awoke to a conference call that included Zimmer and LAPD Asst. Chief Earl Paysinger, according to interviews.",
      "The district closed its schools.",
    ]);
  });

  const drama = "The drama began at 10:01 p.m. on Monday, Dec. 14, when school board President Steve Zimmer received the emailed threat from an address in Germany. At 10:17 p.m., Zimmer notified school police Chief Steven K. Zipperman. Zipperman notified the Los Angeles Police Department 11 minutes later. By 10:41 p.m., the FBI was involved.";

  test("a wh-question ending on 'p.m.' keeps its stop", () => {
    const wh = generate(drama).filter((q) => /p\.m\.?\?$/.test(q.prompt));
    expect(wh.length).toBeGreaterThan(0);
    for (const q of wh) expect(q.prompt).toMatch(/p\.m\.\?$/);
  });

  test("no wh-question around an interjected speaker, a participle on the key, or a count of minutes before 'later'", () => {
    const body = [
      "Ions, Joseph Thomson explained, must be atoms which have an excess or shortage of electrons.",
      "In the early 1800s, John Dalton compiled experimental data gathered by him and other scientists and discovered the law of multiple proportions.",
      "Steven Zipperman notified the Los Angeles Police Department 11 minutes later.",
    ].join("\n\n");
    const prompts = generate(body).map((q) => q.prompt);
    expect(prompts.filter((p) => /^Who explained\b|compile gathered by|How many minutes did/.test(p))).toEqual([]);
  });

  test("'If so, the strategy ...' points to the sentence before", () => {
    expect(checkNoUnresolvedPronoun("If so, the strategy apparently worked because the _____ still has made no arrests.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("The strategy apparently worked because the _____ still has made no arrests.")).toBeNull();
  });

  test("a place the title and the text call by its short form is the subject under its full name too ('L.A.' is Los Angeles)", () => {
    const body = [
      "An internal report on last year's shutdown of Los Angeles schools due to a terrorist threat reveals a confused chain of command.",
      "In L.A., the superintendent awoke to a conference call at 5 a.m. L.A. officials closed more than 900 schools.",
      "In New York, officials judged the same threat a hoax within hours. The L.A. board later praised the decision to close.",
      "The shutdown cost the L.A. district about $29 million in state funding.",
    ].join("\n\n");
    const qs = generateQuestions({ slug: "t", body, title: "Report on L.A. school shutdown shows confusion over who was in charge" }).questions.filter((q) => q.status === "active");
    expect(qs.filter((q) => q.answer === "Los Angeles")).toEqual([]);
    expect(qs.length).toBeGreaterThan(0);
  });

  test("a month's short name and a clock time's hours are no keys", () => {
    const qs = generate(drama);
    expect(qs.filter((q) => ["Dec", "10", "01", "17", "41"].includes(q.answer))).toEqual([]);
    expect(qs.some((q) => q.answer === "Germany" && q.status === "active")).toBe(true);
  });
});

describe("from the read of blind25 (tuned on it after its measure), 2026-12-07, third session", () => {
  test("'that year', 'Bacon's next film', 'referring here' point to the sentence before", () => {
    for (const stem of ["Kevin Bacon performed that year as gay prostitute Willie O'Keefe in Oliver Stone's _____.", "Kevin Bacon’s next film, Murder in the First, earned him an award in _____.", "In Bacon's next project he starred opposite _____ in He Said, She Said.", "Stephen is referring here to the razed _____."]) expect(checkNoUnresolvedPronoun(stem)).toBe("unresolved-pronoun");
    for (const stem of ["In 1991, Kevin Bacon moved to Los Angeles, and that year he starred in _____.", "Kevin Bacon starred in _____ the same year that he married.", "Kevin Bacon’s film Footloose opened in _____."]) expect(checkNoUnresolvedPronoun(stem)).toBeNull();
  });

  test("a figure written right after a name is part of it ('Apollo _____' -> 13), unless the article numbers a series with it", () => {
    const film = active("Kevin Bacon is an American actor. His films include the legal drama A Few Good Men, the historical docudrama Apollo 13, and the mystery drama Mystic River. He was born in Philadelphia in 1958.");
    expect(film.filter((q) => q.answer === "13")).toEqual([]);
    const program = generate("Apollo 11 was the first crewed mission to land on the Moon, in July 1969. Apollo 17 was the sixth and last landing, in December 1972. Apollo 13 was aborted after an oxygen tank failed.");
    expect(program.some((q) => q.answer === "17" || q.answer === "13")).toBe(true);
  });

  test("no wh-question takes a title's contraction for its verb ('When's Kevin Bacon starred in ... She Having a Baby?')", () => {
    const prompts = generate("Kevin Bacon is an American actor. In 1988, he starred in John Hughes' comedy She's Having a Baby. The film was a hit.").map((q) => q.prompt);
    expect(prompts.filter((p) => /^When['’]s\b/.test(p))).toEqual([]);
  });
});

describe("from the read of blind26 (tuned on it after its measure), 2026-12-07, third session", () => {
  test("an amendment is a document, not a person to offer as a president or swap in for one", () => {
    const a = analyzeArticle({ body: "Under Section 3 of the Twenty-fifth Amendment, the president may transfer his powers to the vice president. The Twenty-fifth Amendment was ratified in 1967." });
    expect(a.sentences.flatMap((s) => s.mentions).filter((m) => m.text === "Twenty-fifth Amendment").map((m) => m.type)).toEqual(["document", "document"]);
  });

  test("no key names whose data it was ('according to data compiled by _____'), nor one percentage of a list given name by name", () => {
    const body = [
      "Alabama’s job level remains 4.6 percent below the peak during the downturn, according to data compiled by Bloomberg.",
      "While housing prices have regained part of their losses, Nevada was 5.9 percent below its peak employment, Arizona 4.1 percent, Florida 1.5 percent and California 1.1 percent.",
      "In the 1997 referendum, 74.3 percent voted for a parliament and 63.5 percent for its tax powers, on a turnout of 60.4 percent.",
    ].join("\n\n");
    const keys = generate(body).filter((q) => q.kind !== "true_false").map((q) => q.answer);
    for (const k of ["Bloomberg", "5.9 percent", "4.1 percent", "1.5 percent", "1.1 percent"]) expect(keys, k).not.toContain(k);
    expect(keys.some((k) => /^(?:74\.3|63\.5|60\.4)/.test(k))).toBe(true);
  });

  test("'the amendment' in a stem names no amendment when the article has two; 'the declaration' of an article's one declaration does", () => {
    const two = [
      "The Twenty-second Amendment, adopted in 1951, limits a president to two elected terms. The Twenty-fifth Amendment deals with presidential disability.",
      "Since the amendment's adoption, four presidents have served two full terms: Dwight D. Eisenhower, Ronald Reagan, Bill Clinton and George W. Bush.",
    ].join("\n\n");
    expect(generate(two).filter((q) => q.status === "active" && /the amendment/.test(q.prompt))).toEqual([]);
    const one = [
      "The Shusha Declaration was signed by Turkey and Azerbaijan in June 2021 in the city of Shusha.",
      "The declaration commits both countries to help each other if either is attacked by a third state, the first such clause since 1992.",
    ].join("\n\n");
    expect(generate(one).some((q) => q.status === "active" && /^The declaration commits/.test(q.prompt))).toBe(true);
  });

  test("'Winter Games' is the Winter Olympics: never offered beside it as a wrong choice (tried in the app, Sildaru profile)", () => {
    expect(isVariantOfForTest("Winter Games", "Pyeongchang Winter Olympics")).toBe(true);
    expect(isVariantOfForTest("Olympic Games", "Olympics")).toBe(true);
    expect(isVariantOfForTest("Commonwealth Games", "Olympic Games")).toBe(false);
    expect(isVariantOfForTest("X Games", "Winter Olympics")).toBe(false);
  });

  test("no wh-question on one name of a list: the list's other names answer it too ('Which region do leaders include?')", () => {
    const body = "Energy states lead the recovery in jobs since the recession ended in 2009. Leaders include Texas, North Dakota, Oklahoma and Louisiana, with Oregon the only non-energy state among the standouts.";
    expect(generate(body).filter((q) => /^Which\b.*\binclude\?$/.test(q.prompt))).toEqual([]);
  });

  test("a name with a middle initial is a person: a lone shared surname is then no key ('Johnson' beside Andrew and Lyndon B. Johnson)", () => {
    const body = [
      "The House has impeached two presidents: Andrew Johnson in 1868 and Bill Clinton in 1998. Both were acquitted by the Senate.",
      "Lyndon B. Johnson served from 1963 to 1969. Johnson withdrew from the 1968 Democratic Primary, surprising many Americans.",
    ].join("\n\n");
    const a = analyzeArticle({ body });
    expect(a.sentences.flatMap((s) => s.mentions).find((m) => m.text === "Lyndon B. Johnson")?.type).toBe("person");
    expect(generate(body).filter((q) => q.status === "active" && q.answer === "Johnson")).toEqual([]);
  });
});

describe("who a speaker is, and one end of a span, are no keys (pooled reads, 2026-12-07, fourth session)", () => {
  test("nothing in a quoted speaker's description is asked: their firm, its town, their age", () => {
    const body = [
      "Nevada's casinos have shed thousands of jobs since the recession, and construction has been slow to return.",
      "“The economy is still sluggish in Nevada,” said Jim Mason, president and co-owner of Taylor International Corp. in Las Vegas.",
      "Eddie Foreman, 40, of Opelika, Alabama said better-paying and permanent industrial positions aren’t coming back.",
      "Now, observation time will be open to researchers worldwide, says Zhiqiang Shen, director of the Shanghai Astronomical Observatory.",
    ].join("\n\n");
    const keys = answers(active(body));
    for (const k of ["Las Vegas", "Taylor International Corp.", "40", "Opelika", "Shanghai Astronomical Observatory"]) expect(keys, k).not.toContain(k);
    // what the speaker says is still stated
    expect(active(body).some((q) => q.kind === "true_false" && /Zhiqiang Shen/.test(q.prompt))).toBe(true);
  });

  test("one end of a range is no key ('between 2010 and _____', 'the 2002-_____ bubble'); a lone year still is", () => {
    const body = [
      "Michigan regained 34,185 automotive manufacturing jobs between 2010 and 2013.",
      "The weakest jobs rebound has been in the states central to the 2002-2006 housing bubble.",
      "The auto industry received a federal rescue in 2009.",
    ].join("\n\n");
    const keys = answers(active(body));
    for (const k of ["2010", "2013", "2002", "2006"]) expect(keys, k).not.toContain(k);
    expect(keys).toContain("2009");
  });
});

describe("words that point back to the sentence before, and the numbers of a citation (pooled reads, 2026-12-07, fourth session)", () => {
  test("'That doesn't come close ...', 'the intervening two decades', 'the same day', 'More recently,' without a year point back", () => {
    for (const stem of [
      "That doesn’t come close to replacing the 174,429 industry positions lost from 2001 to _____.",
      "In the intervening two decades _____ has won exactly two playoff games.",
      "Police arrested a second suspect the same day in _____.",
      "More recently, Bacon portrayed the _____.",
    ]) expect(checkNoUnresolvedPronoun(stem), stem).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("More recently, in January 2015, Oxfam reported that the wealthiest _____ will own more than half of the global wealth.")).toBeNull();
  });

  test("a section's or a clause's number is no key; the article's own figures still are", () => {
    const body = [
      "Article II, Section 4 of the Constitution allows the House of Representatives to impeach the president.",
      "Under Section 3 of the Twenty-fifth Amendment, the president may transfer his powers to the vice president.",
      "The House of Representatives was first elected in 1789.",
    ].join("\n\n");
    const keys = answers(active(body));
    expect(keys).not.toContain("4");
    expect(keys).not.toContain("3");
    expect(keys).toContain("1789");
  });
});

describe("wrong answers a reader can rule out by the era (blind26 read, 2026-12-07, fourth session)", () => {
  const body = [
    "Franklin D. Roosevelt won a third term in 1940 and a fourth in 1944.",
    "Bill Clinton was impeached by the House in 1998 and acquitted in 1999.",
    "George W. Bush briefly transferred his authority to Dick Cheney in 2002.",
    "Barack Obama was elected in 2008 and re-elected in 2012.",
    "Andrew Johnson was impeached by the House in 1868. Ulysses S. Grant was elected in 1868. Rutherford B. Hayes was elected in 1876. James A. Garfield was elected in 1880.",
  ].join("\n\n");
  test("no person the article dates to another era is offered or swapped in ('_____ was impeached in 1868': not Clinton, Bush, Obama)", () => {
    const qs = generate(body).filter((q) => /impeached by the House in 1868/.test(q.evidenceText) && q.answer === "Andrew Johnson");
    expect(qs.some((q) => q.choices)).toBe(true);
    for (const q of qs) for (const c of q.choices ?? []) expect(["Franklin D. Roosevelt", "Bill Clinton", "George W. Bush", "Barack Obama", "Dick Cheney"], c).not.toContain(c);
    const swaps = generate(body).filter((q) => q.kind === "true_false" && q.answer === "false" && /in 1868\.$/.test(q.prompt));
    for (const q of swaps) expect(q.prompt).not.toMatch(/Roosevelt|Clinton|Bush|Obama|Cheney/);
  });

  test("the same for a name the analyser left untyped but whose kind is a person ('Andrew Johnson in 1868 and _____ in 1998')", () => {
    const text = [
      "Franklin D. Roosevelt won a third term in 1940 and a fourth in 1944. Roosevelt died in 1945.",
      "Dwight D. Eisenhower, Ronald Reagan, Bill Clinton and George W. Bush served two full terms.",
      "The House has thus far impeached two presidents: Andrew Johnson in 1868 and Bill Clinton in 1998.",
      "George W. Bush briefly transferred his authority to Dick Cheney in 2002. Barack Obama was elected in 2008.",
    ].join("\n\n");
    for (const q of generate(text).filter((x) => x.kind === "multiple_choice" && x.choices && x.answer === "Bill Clinton" && /in 1998/.test(x.prompt))) expect(q.choices).not.toContain("Franklin D. Roosevelt");
  });
});

describe("wrong answers a reader can rule out by sex (blind25 and read15, 2026-12-07, fourth session)", () => {
  test("the stem's role word says the blank's sex ('actress _____', '_____, his father,'); a stem without one says none", async () => {
    const { sexOfSlot } = await import("@/lib/domain/generation/forms");
    const a = analyzeArticle({ body: "In 1988 Bacon starred opposite actress Elizabeth Perkins. Edmund Bacon, his father, was an architect. Kevin Bacon’s mother, Ruth Hilda, taught at a school. The mayor thanked Jim Mason." });
    const slot = (name: string) => {
      for (const s of a.sentences) for (const m of s.mentions) if (m.text === name) return sexOfSlot(s, m);
      throw new Error(name);
    };
    expect(slot("Elizabeth Perkins")).toBe("f");
    expect(slot("Edmund Bacon")).toBe("m");
    expect(slot("Ruth Hilda")).toBe("f");
    expect(slot("Jim Mason")).toBeUndefined();
  });
});

describe("ordering items read as events (pooled reads kept 0 of 14 ordering questions, 2026-12-07, fourth session)", () => {
  const labels = (body: string) => findDatedEvents(analyzeArticle({ body })).map((e) => e.label);
  test("no item keeps the hole its date left, opens with a preposition, or is a state in the present tense", () => {
    const body = [
      "Darwin spent the summer of 1825 as an apprentice doctor. Around 750 the Sailendra dynasty rose in central Java.",
      "The abortive coup of 1965/66 largely took place in Java. For the HBO film Taking Chance in 2009, Bacon won a Golden Globe Award.",
      "Taylor Alison Swift (born December 13, 1989) is an American singer-songwriter. The data compiled by Bloomberg compares the top employment level for any month during 2014 with the maximum during the downturn.",
      "In 1831, Darwin joined the voyage of HMS Beagle. The Treaty of Waitangi was signed in 1840.",
    ].join("\n\n");
    const got = labels(body);
    for (const bad of [/summer of as/, /^Around\b/, /\//, /^For\b/, /is an American/, /compares/]) expect(got.filter((l) => bad.test(l)), String(bad)).toEqual([]);
    expect(got).toContain("Darwin joined the voyage of HMS Beagle");
  });
});

describe("a speaker carried over into a new paragraph, and acronyms met in passing (2026-12-07, fourth session)", () => {
  test("'He stated ...' opening a paragraph is the speaker of the sentence before when the paragraph names them again first", () => {
    const body = (after: string) => [
      "Azerbaijan and Türkiye signed the Shusha Declaration in 2021.",
      "Sırakaya said Türkiye always sided with Azerbaijan and would continue to do so.",
      `He stated that the Second Karabakh War ensured Azerbaijan’s security.${after}`,
    ].join("\n\n");
    const carried = active(body(" Sırakaya added that international bodies failed to address the needs of the era."));
    expect(carried.some((q) => /^Sırakaya stated that the (?:_____|Second Karabakh War) ensured/.test(q.prompt))).toBe(true);
    // no one names the speaker again in the new paragraph: the pronoun stays, and the question a draft
    const open = active(body(" Erdoğan added that international bodies failed to address the needs of the era."));
    expect(open.filter((q) => /stated that the/.test(q.prompt))).toEqual([]);
  });

  test("'What does NLG stand for?' is asked only of a name the article comes back to in three sentences", () => {
    const passing = "On Monday, the National Lawyers Guild (NLG) filed a lawsuit against the sheriff’s office. The sheriff denied the claims of the NLG in a statement. Protesters camped by the river through the winter.";
    expect(active(passing).filter((q) => /NLG/.test(q.prompt) && q.answer === "National Lawyers Guild")).toEqual([]);
    const central = "The Five-hundred-meter Aperture Spherical Radio Telescope (FAST) opened in 2016. FAST is the largest single-dish telescope. Astronomers from around the world will use FAST. FAST found its first pulsars in 2017.";
    expect(active(central).some((q) => q.prompt === "What does FAST stand for?")).toBe(true);
  });
});

describe("one name of an open list is no blank (blind25 read, 2026-12-07, fourth session)", () => {
  test("'the hit comedies Animal House, Diner, _____ and ...' is no cloze; 'the five boroughs – Brooklyn, _____, ...' is", () => {
    const body = [
      "Kevin Bacon is an American actor born in 1958.",
      "Kevin Bacon is further known for the hit comedies National Lampoon's Animal House (1978), Diner (1982), Tremors (1990) and Crazy, Stupid, Love (2011).",
      "Diner was directed by Barry Levinson in 1982. Tremors was a monster comedy released in 1990.",
      "The five boroughs – Brooklyn, Queens, Manhattan, The Bronx, and Staten Island – were consolidated into a single city in 1898. Queens is the largest borough of the city.",
    ].join("\n\n");
    const clozes = active(body).filter((q) => q.kind === "cloze");
    expect(clozes.filter((q) => /hit comedies/.test(q.prompt) && (q.answer === "Diner" || q.answer === "Tremors"))).toEqual([]);
    expect(clozes.some((q) => /five boroughs/.test(q.prompt) && q.answer === "Queens")).toBe(true);
  });
});

describe("broken stems from the pooled reads (2026-12-07, fourth session, after blind27 was frozen)", () => {
  test("do-support agrees with one thing when the verb's past is its base ('What did a British airstrike hit ...?')", () => {
    const prompts = generate("A British airstrike hit an oil field in the eastern Libyan town of Sarir on Wednesday. Twenty years ago, Brazil's inflation rate hit 80 percent per month.").map((q) => q.prompt);
    expect(prompts.filter((p) => /^What (?:percentage )?do (?:a|Brazil)/.test(p))).toEqual([]);
    expect(prompts.some((p) => /^What did a British airstrike hit\b/.test(p))).toBe(true);
  });

  test("no stem opens as the second half of a sentence ('Which will not be completed ...', 'And, in _____ ...')", () => {
    for (const p of ["Which will not be completed until at least _____.", "And, in _____ yava means barley."]) expect(opensAsFragmentForTest(p), p).toBe(true);
    for (const p of ["Which company built the plant?", "And the plant opened in _____."]) expect(opensAsFragmentForTest(p), p).toBe(false);
  });

  test("no phrase key takes in a verb of its clause ('credit cards honored', 'ducks ranges')", () => {
    const keys = answers(active("Consumers, for example, prefer credit cards honored by more merchants. The number of suggested subfamilies containing ducks ranges from two to five."));
    expect(keys.filter((k) => /\b(?:honored|ranges)$/.test(k))).toEqual([]);
  });
});

describe("a pronoun for one of two people who share a surname (blind27 read, 2026-12-07, fourth session)", () => {
  test("'He also hired ...' after 'Wein is credited ...' is George Wein, not Joyce Wein whom the article named last", () => {
    const body = [
      "George Wein founded the New Orleans Jazz & Heritage Festival in 1970.",
      "The center is named for Wein and his late wife and business partner, Joyce Wein.",
      "Wein is credited with the festival's emphasis on food and crafts. He also hired a Tulane University student named Quint Davis.",
    ].join("\n\n");
    const qs = active(body).filter((q) => /also hired/.test(q.prompt));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toMatch(/^George Wein also hired/);
  });
});

describe("from the read of blind27 (tuned on it after its measure), 2026-12-07, fourth session", () => {
  test("no ticker in a stem and no key in one ('Amazon.com (NASDAQ:AMZN)'); no key names who made an estimate", () => {
    const body = [
      "Amazon.com (NASDAQ:AMZN) and Activision Blizzard (NASDAQ:ATVI) have emerged as early leaders in eSports.",
      "Research company SuperData estimates that Twitch generated roughly $2 billion in 2016 sales for Amazon.",
      "Analysis from PricewaterhouseCoopers suggests that the average view duration for an eSports stream is 84 minutes.",
    ].join("\n\n");
    const qs = active(body);
    expect(qs.filter((q) => /NASDAQ/.test(q.prompt))).toEqual([]);
    const keys = answers(qs);
    for (const k of ["AMZN", "ATVI", "SuperData", "PricewaterhouseCoopers"]) expect(keys, k).not.toContain(k);
    expect(keys.some((k) => /\$2 billion|84/.test(k))).toBe(true);
  });

  test("no blank cuts a name at its quoted nickname; no wh-question ends at the '&' of a name", () => {
    const body = [
      "The space would become the permanent home for the foundation's Don \"Moose\" Jamison Heritage School of Music, a free program for young musicians.",
      "In 1970, Wein's Festival Productions produced the first New Orleans Jazz & Heritage Festival and Louisiana Heritage Fair in what is now the Congo Square area of Armstrong Park.",
    ].join("\n\n");
    const qs = generate(body, "2014-12-11");
    expect(qs.filter((q) => q.answer === "Jamison Heritage School of Music")).toEqual([]);
    expect(qs.filter((q) => /Jazz\?$/.test(q.prompt))).toEqual([]);
  });

  test("'On Saturday, the center throws open its doors' is read forward from the article's date (a Thursday)", () => {
    const a = analyzeArticle({ body: "The center opened Thursday. On Saturday, the center throws open its doors for a free concert.", date: "2014-12-11" });
    const d = a.sentences[1]!.dates.find((x) => /Saturday/.test(x.text));
    expect(d?.resolvedFinal && `${d.resolvedFinal.year}-${d.resolvedFinal.month}-${d.resolvedFinal.day}`).toBe("2014-12-13");
  });
});

describe("from the read of blind28 (tuned on it after its measure), 2026-12-07, fourth session", () => {
  const body = [
    "Alan Turing was an English mathematician and computer scientist born in 1912.",
    "Turing was born in Maida Vale, London, while his father, Julius Mathison Turing, was on leave from his position with the Indian Civil Service.",
    "Turing had an elder brother, John Ferrier Turing. Turing's mother was Ethel Sara Turing, daughter of Edward Waller Stoney.",
    "His parents enrolled him at St Michael's, a primary school at 20 Charles Road, St Leonards-on-Sea. The first day of term coincided with the 1926 General Strike.",
    "In 1928, aged 16, Turing encountered Albert Einstein's work. In 1948, Turing joined Max Newman's Computing Machine Laboratory.",
  ].join("\n\n");
  test("a street and a strike are no people", () => {
    const a = analyzeArticle({ body });
    const types = a.sentences.flatMap((s) => s.mentions).filter((m) => /Charles Road|General Strike/.test(m.text)).map((m) => m.type);
    expect(types.length).toBeGreaterThan(0);
    expect(types).not.toContain("person");
  });
  test("a relative's slot is offered only the family and no one is swapped into it ('his father, Albert Einstein')", () => {
    const qs = generate(body);
    for (const q of qs.filter((x) => x.kind === "multiple_choice" && x.choices && /his father, _____/.test(x.prompt))) for (const c of q.choices!) expect(c, c).toMatch(/Turing$/);
    expect(qs.filter((q) => q.kind === "true_false" && /(?:father|brother|daughter of), (?:Albert Einstein|Max Newman|Edward Waller Stoney)\b/.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => q.kind === "true_false" && /elder brother, (?!John Ferrier Turing)/.test(q.prompt))).toEqual([]);
  });
});

describe("a term inside brackets is no key (pooled reads kept 6 of 34, 2026-12-07, fourth session)", () => {
  test("'Remnants of the Mataram survived as the Surakarta (_____) ...' is not asked; 'Taylor Alison Swift (born _____)' is", () => {
    const body = [
      "Taylor Alison Swift (born December 13, 1989) is an American singer-songwriter.",
      "Remnants of the Mataram survived as the Surakarta (Solo) and Yogyakarta principalities.",
      "In 1640 Pierre de Fermat stated Fermat's little theorem (later proved by Leibniz and Euler).",
    ].join("\n\n");
    const keys = answers(active(body));
    for (const k of ["Solo", "Leibniz", "Euler"]) expect(keys, k).not.toContain(k);
    expect(keys).toContain("December 13, 1989");
  });
});

describe("from the read of blind29 (tuned on it after its measure), 2026-12-07, fourth session", () => {
  test("a regnal number is no surname: 'I' is no accepted answer for Mieszko I", () => {
    const qs = generate("In 966, Prince Mieszko I became a Christian, and so the Polish people also became Christians. Mieszko I ruled Poland until 992. Boleslaw I was crowned in 1025.");
    const keyed = qs.filter((q) => q.answer === "Mieszko I");
    expect(keyed.length).toBeGreaterThan(0);
    for (const q of keyed) expect(q.acceptedAnswers).not.toContain("I");
  });

  test("a date inside a relative clause dates that clause, not the sentence's event", () => {
    const labels = findDatedEvents(analyzeArticle({ body: "In 1918 Poland regained its independence. Poland defeated Soviet Russia in the Polish-Soviet War that started in 1919. In 1989 Poland became a liberal democracy." })).map((e) => `${e.date.year}: ${e.label}`);
    expect(labels.filter((l) => /^1919: Poland defeated/.test(l))).toEqual([]);
  });
});

describe("a name met once that only modifies the noun after it is no key (pooled reads kept 8 of 45, 2026-12-07, fifth session)", () => {
  const body = [
    "In 1991, when Prime Minister Yitzhak Shamir opposed the Madrid peace talks, President George H.W. Bush held back loan guarantees.",
    "The abacus was initially used for arithmetic tasks in Babylonia.",
    "The Antikythera mechanism is believed to be the earliest mechanical analog computer.",
    "Devices as complex as the Antikythera mechanism would not reappear until a thousand years later.",
    "Charles Babbage designed the Difference Engine in London in 1822.",
    "Ada Lovelace wrote the first program for Babbage's Analytical Engine in 1843.",
    "Babbage never finished the Analytical Engine.",
    "Konrad Zuse built the Z3 in Berlin in 1941.",
  ].join("\n\n");
  test("“opposed the _____ peace talks” (Madrid) is not asked; the mechanism the article comes back to is", () => {
    const qs = active(body);
    expect(answers(qs)).not.toContain("Madrid");
    expect(answers(qs)).toContain("Antikythera");
  });
});

describe("a list of subjects is not cut at its last “and” (2026-12-07, fifth session)", () => {
  test("“Her artistry, songwriting, and entrepreneurship have influenced …” keeps the whole subject", () => {
    const qs = generate("Taylor Swift is an American singer-songwriter. Her versatile artistry, songwriting, and entrepreneurship have influenced the music industry, popular culture, and politics, and her life is a subject of widespread media coverage.");
    const on = qs.filter((q) => (q.kind === "cloze" || q.kind === "flashcard") && q.prompt.includes("_____") && q.answer === "music industry");
    expect(on.length).toBeGreaterThan(0);
    for (const q of on) expect(q.prompt).toMatch(/artistry, songwriting, and entrepreneurship have influenced/);
  });
});

describe("from the read of blind30 (tuned on it after its measure), 2026-12-07, fifth session", () => {
  test("no blank is cut inside a figure or a formula ('greater than _____−7 moles', 'the hydronium ion _____+')", () => {
    const qs = active("Acids are chemicals that donate protons. In an acidic solution, the concentration of hydronium ions is greater than 10−7 moles per liter. In the special case of aqueous solutions, proton donors form the hydronium ion H3O+ and are known as Arrhenius acids. Acids were described by Svante Arrhenius in 1884.");
    for (const q of qs) expect(q.prompt).not.toMatch(/_____[−+]|[−+]_____/);
  });

  test("'An example is boron trifluoride' and 'X was arrested the next day' point back to the sentence before", () => {
    expect(checkNoUnresolvedPronoun("An example is boron trifluoride (BF3).")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Roof was arrested the next day.")).toBe("unresolved-pronoun");
    // (a longer stem about something else, and a day the stem dates itself, stay)
    expect(checkNoUnresolvedPronoun("Roof, who was 21 at the time, was arrested the next day by police in North Carolina.")).toBeNull();
    expect(checkNoUnresolvedPronoun("Roof was arrested the day after the shooting.")).toBeNull();
  });

  test("', and more like a franchise that actually could have existed' is no clause of its own", () => {
    const qs = generate("Shovel Knight is a game by Yacht Club Games. More notably, there's very little referential humor in Shovel Knight's writing, making it feel less like a cheeky dissertation, and more like a franchise that actually could have existed on the NES.");
    for (const q of qs) expect(q.prompt).not.toMatch(/^More like a franchise/);
  });

  test("two coordinated items whose last one is cut from its complement make no key ('a recorded confession and excerpts | from Roof's journal')", () => {
    const qs = generate("Dylann Roof was found guilty on Thursday. The guilt phase of the trial featured six days of testimony from 30 witnesses, including a recorded confession and excerpts from Roof's journal.");
    expect(qs.map((q) => q.answer)).not.toContain("recorded confession and excerpts");
  });
});

describe("from the read of blind31 (tuned on it after its measure), 2026-12-07, fifth session", () => {
  const microsoft = [
    "Microsoft Corporation is an American multinational corporation and technology company headquartered in Redmond, Washington.",
    "Microsoft's best-known software products are the Windows line of operating systems and the Edge web browser.",
    "As of 2015, Microsoft is market-dominant in the office software suite market.",
    "In April 2019, Microsoft reached a trillion-dollar market cap, becoming the third U.S. public company to be valued at over $1 trillion after Apple and Amazon, respectively.",
    "Microsoft was founded by Bill Gates and Paul Allen on April 4, 1975.",
    "Microsoft rose to dominate the personal computer operating system market with MS-DOS in the mid-1980s.",
    "Microsoft moved its headquarters to Bellevue, Washington, in January 1979.",
  ].join("\n\n");
  test("the article's subject under the legal name it opens with is no key and no wrong answer ('Microsoft Corporation')", () => {
    expect(analyzeArticle({ body: microsoft }).trivial.has("microsoft corporation")).toBe(true);
    const qs = active(microsoft);
    expect(answers(qs)).not.toContain("Microsoft Corporation");
    for (const q of qs) expect(q.choices ?? []).not.toContain("Microsoft Corporation");
  });
  test("the date a claim is stamped with ('As of _____, Microsoft is ...') is no key", () => {
    expect(active(microsoft).filter((q) => /^As of _____/.test(q.prompt))).toEqual([]);
  });
  test("an -ing word inside a noun phrase is no verb ('the personal computer operating _____' -> system market)", () => {
    expect(answers(generate(microsoft))).not.toContain("system market");
  });
  test("'a similar incident' and 'In the final case' point back to the sentence before", () => {
    expect(checkNoUnresolvedPronoun("In 2005, two other people were hurt in a similar incident involving the M&Ms balloon.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("In the final case, a 31-year-old woman was mistaken for another woman.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("The cases suggest that zombification has been used to explain mental illness.")).toBe("unresolved-pronoun");
    // (a likeness the stem states stays)
    expect(checkNoUnresolvedPronoun("The Senate passed a similar bill to the one the House passed in 2019.")).toBeNull();
  });
});

describe("a lower-case term in a list of examples is asked with no blank among its peers (blind30, tuned after its measure)", () => {
  test("'Common aqueous acids include _____, acetic acid, sulfuric acid, and citric acid' and 'What do common aqueous acids include?' are not asked", () => {
    const qs = active("Acids are chemicals. Common aqueous acids include hydrochloric acid, acetic acid, sulfuric acid, and citric acid. Hydrochloric acid is strong. Acetic acid is weak. Sulfuric acid is used in batteries.");
    expect(qs.filter((q) => /include/.test(q.prompt) && q.kind !== "true_false")).toEqual([]);
  });
});

describe("a one-word name of the title's stem is no key (blind32, tuned after its measure; the judged reads kept 1 of 6)", () => {
  test("'early _____ violated the rules' (Impressionists) is not asked in an article titled 'Impressionism'", () => {
    const body = [
      "Impressionism is a 19th-century art movement characterized by visible brush strokes and open composition.",
      "Radicals in their time, early Impressionists violated the rules of academic painting.",
      "Claude Monet painted Impression, Sunrise in 1872.",
      "The Salon jury rejected about half of the works submitted by Monet in 1863.",
    ].join("\n\n");
    const qs = generateQuestions({ slug: "t", body, title: "Impressionism" }).questions.filter((q) => q.status === "active");
    expect(answers(qs)).not.toContain("Impressionists");
    // (the article's other names stay)
    expect(answers(qs)).toContain("Claude Monet");
  });
});

describe("a sentence that gives an example is asked only as a statement (2026-12-07, sixth session; the judged reads kept 0 of 18 asked there)", () => {
  const body = [
    "The Great Recession left many states with fewer jobs than before.",
    "New Mexico, for instance, still had 4 percent fewer employed workers, ranking among the bottom 10 percent of states.",
    "Texas gained 1.2 million jobs after the recession ended in 2009.",
  ].join(" ");
  test("'_____, for instance, still had 4 percent fewer ...' and its figures are no keys; its true statement stays", () => {
    const qs = active(body);
    const asked = qs.filter((q) => /for instance/.test(q.prompt));
    expect(asked.filter((q) => q.kind !== "true_false")).toEqual([]);
    expect(asked.some((q) => q.kind === "true_false")).toBe(true);
    // (the sentences around it are asked as before)
    expect(answers(qs)).toContain("1.2 million");
  });
  test.each([
    ["As a final example: nitrous oxide is 63.3% nitrogen and 36.7% oxygen.", true],
    ["For instance, the number 3 may look yellow.", true],
    ["The fraction of toys—Barbie, for example—were mostly red.", true],
    ["An example of a positive network effect is PDF sharing.", false],
    ["One of the best examples of the hazard was the eruption of Nevado del Ruiz.", false],
  ])("%s -> %s", (text, is) => {
    expect(isExampleSentence(text)).toBe(is);
  });
});

describe("a lower-case phrase in a short stem is no blank (2026-12-07, sixth session; the judged reads kept 2 of 16)", () => {
  const lead = "Phil Mickelson struggled on Friday at Whistling Straits.";
  test("'Mickelson continued to hit _____ all over the course' (tee shots) is not asked", () => {
    const qs = active(`${lead} Mickelson continued to hit tee shots all over the course.`);
    expect(answers(qs)).not.toContain("tee shots");
  });
  test("... while the same phrase in a longer stem is", () => {
    const qs = active(`${lead} Mickelson continued to hit tee shots all over the course during his windy second round at Whistling Straits.`);
    expect(answers(qs)).toContain("tee shots");
  });
});

describe("an organisation that says what the sentence reports is no key (2026-12-07, sixth session; the judged reads kept 0 of 4)", () => {
  test("'the _____ said that 416 motorists died' and 'a spokesperson for the _____ said' are not asked; the figures are", () => {
    const body = [
      "Holiday traffic is expected to be heavy across the country this week.",
      "The National Highway Traffic Safety Administration said that 416 motorists died during Thanksgiving weekend last year.",
      "Officials drafted and sent the alert within 15 minutes, a spokesperson for the Office of Emergency Management said.",
    ].join(" ");
    const qs = active(body);
    expect(answers(qs)).not.toContain("National Highway Traffic Safety Administration");
    expect(answers(qs)).not.toContain("Office of Emergency Management");
    expect(answers(qs)).toContain("416");
  });
});

describe("from the read of blind33 (tuned on it after its measure), 2026-12-07, sixth session", () => {
  test("a connective after a semicolon is dropped with the clause's start ('...; however, bagpipes have been played ...')", () => {
    const qs = active("Bagpipes are a woodwind instrument using enclosed reeds. The Scottish Great Highland bagpipes are the best known in the Anglophone world; however, bagpipes have been played for a millennium or more throughout large parts of Europe since the 11th century.");
    expect(qs.filter((q) => /millennium/.test(q.prompt)).length).toBeGreaterThan(0);
    expect(qs.filter((q) => /^however\b/i.test(q.prompt))).toEqual([]);
  });
  test("'Such pipes include ...' and 'three separate complexes here will launch ...' point back to the sentence before", () => {
    expect(checkNoUnresolvedPronoun("Such pipes include the Irish uilleann pipes and the Scottish smallpipes.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("If all goes according to plan, three separate complexes here will launch rockets into orbit.")).toBe("unresolved-pronoun");
    // (a place named after "here" says where it is)
    expect(checkNoUnresolvedPronoun("The wine revolution took place here in the Ahr Valley in the 1980s.")).toBeNull();
  });
  test("a surname two people of the article share is no name on its own ('Gee returned to the U.S.' with Albert and David Gee)", () => {
    const body = [
      "One Chinese American who found success in Houston was Albert Gee.",
      "Gee appeared with Hollywood celebrities in the society pages of local newspapers.",
      "Gee returned to the U.S. with his godfather in 1934.",
      "Rogene Gee Calvert told stories about her father, David Gee, who was no relation to Albert Gee.",
      "David Gee migrated from China to the U.S. in the late 1920s.",
      "Gee was 17 when he arrived in San Francisco in 1928.",
      "David Gee worked in San Francisco with a relative for six years.",
    ].join(" ");
    const qs = active(body);
    expect(qs.filter((q) => /(?<![A-Z][a-z]+ )\bGee\b(?! family)/.test(q.prompt.replace(/(?:Albert|David|Rogene) Gee/g, "")))).toEqual([]);
    // (the full names are asked)
    expect(qs.some((q) => /David Gee/.test(q.prompt))).toBe(true);
  });
  test("... while a family of whom the article is about one keeps its bare surname ('Darwin' beside Robert and Erasmus Darwin)", () => {
    const body = [
      "Charles Darwin was an English naturalist.",
      "Darwin was born in Shrewsbury in 1809.",
      "Darwin studied medicine at Edinburgh in 1825.",
      "Darwin sailed on HMS Beagle in 1831.",
      "Darwin published On the Origin of Species in 1859.",
      "His father, Robert Darwin, was a doctor in Shrewsbury.",
      "His grandfather Erasmus Darwin was a poet.",
    ].join(" ");
    expect(active(body).some((q) => /^Darwin (?:studied|sailed|published)/.test(q.prompt))).toBe(true);
  });
  test("wh-questions keep their nouns: 'To which celestial body ...', no 'How many degrees ... at north?', no 'Who is the as president ...?'", () => {
    const qs = [
      ...generate("Satellites are launched from many sites. Parts commonly fall back to Earth — ideally, in uninhabited areas."),
      ...generate("Cape Canaveral is a launch site in Florida. Cape Canaveral sits at 28 degrees north."),
      ...generate("One Chinese American who found success in Houston was Albert Gee. Albert Gee appeared with celebrities in the society pages. Albert Gee, as president of the Houston Restaurant Association, took part in the desegregation of the city's restaurants in the early 1960s."),
    ];
    const prompts = qs.map((q) => q.prompt);
    expect(prompts.some((p) => /which celestial body/.test(p))).toBe(true);
    expect(prompts.filter((p) => /which celestial (?!body)|degrees\b.*\bat north|\bthe as\b/.test(p))).toEqual([]);
    expect(qs.filter((q) => /^As\b/.test(q.answer))).toEqual([]);
  });
  test("'the Kennedy Space Center for the Apollo program' is the center, not 'Kennedy Space Center for the Apollo'", () => {
    const qs = generate("The United States used a missile testing site at Cape Canaveral for its earliest space flights, then built the nearby Kennedy Space Center for the Apollo program. The Committee for the Preservation of Parks met in 1990.");
    expect(answers(qs)).not.toContain("Kennedy Space Center for the Apollo");
    // (a name joined on "for the" before a capitalised word or a function word stays whole)
    expect(qs.some((q) => /^The Committee for the Preservation of Parks met in _____\.$/.test(q.prompt))).toBe(true);
  });
  test("an abbreviation after ', or' and the next of two neighbouring ordinals are no keys ('Archive, or _____', 'the 16th or _____ century')", () => {
    const qs = generate("Bagpipes use a bag of air. An innovation, dating from the 16th or 17th century, is the use of a bellows to supply air.");
    expect(qs.filter((q) => q.status === "active" && q.answer === "17th")).toEqual([]);
    const hq = generate("Chinese Americans have lived in Houston for generations. At Rice University, the Houston Asian American Archive, or HAAA, is keeping their stories alive and sharing them with new generations. The archive has 500 oral histories.");
    expect(hq.filter((q) => q.status === "active" && q.answer === "HAAA" && q.kind !== "true_false")).toEqual([]);
  });
  test("'The Society for the Protection of Birds met ...' keeps its name once (it had become '... of Birds for the Protection of Birds met')", () => {
    const qs = generate("Parks matter to cities. The Society for the Protection of Birds met in 1990.");
    expect(qs.filter((q) => /Birds for the Protection/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => q.kind === "true_false" && q.prompt === "The Society for the Protection of Birds met in 1990.")).toBe(true);
  });
});


describe("a town the next name locates is not swapped for a false statement (blind33, after its measure)", () => {
  test("'San Francisco, California' does not become 'Washington, California'", () => {
    const qs = generate("David Gee migrated to the U.S. in 1928. Albert Gee was born in Detroit. David Gee worked in San Francisco, California, with a relative. Albert Gee lived in Washington for years. Washington is far from San Francisco. Detroit is cold.");
    expect(qs.filter((q) => /\b(?:Washington|Detroit), California\b/.test(q.prompt))).toEqual([]);
  });
});

describe("from the read of blind34 (tuned on it after its measure), 2026-12-07, sixth session", () => {
  test("a count the sentence then lists is no key; its statement stays ('There are _____ types of insulation ..., down feathers and synthetic fibers')", () => {
    expect(countedByList("two", " types of insulation used in today's sleeping bags, down feathers and synthetic fibers.")).toBe(true);
    expect(countedByList("two", " ratings associated with temperature: temperature rating and comfort rating.")).toBe(true);
    expect(countedByList("three", " people died, police said.")).toBe(false);
    const qs = active("Sleeping bags keep campers warm at night. There are two types of insulation used in today's sleeping bags, down feathers and synthetic fibers.");
    expect(qs.filter((q) => q.answer === "two")).toEqual([]);
    expect(qs.some((q) => q.kind === "true_false" && /two types of insulation/.test(q.prompt))).toBe(true);
  });
  test("'The main two are DWR and PFC-free' points back; 'As a result,' and 'Then,' go with a clause's start", () => {
    expect(checkNoUnresolvedPronoun("The main two are DWR and PFC-free.")).toBe("unresolved-pronoun");
    const qs = generate("The agency gave up twelve floors of offices in 2025. As a result, IRCC adjusted how it laid out its remaining office space in 2026.");
    expect(qs.filter((q) => /^As a result/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => /^IRCC adjusted how it laid out/.test(q.prompt))).toBe(true);
  });
  test("no 'Which organisation stands for Durable Water Repellent?'", () => {
    const qs = generate("We covered what hydrophobic down is above, but there are a couple of other acronyms you'll see thrown around. The main two are DWR and PFC-free. DWR stands for Durable Water Repellent. This waterproofness is commonly achieved through the use of perfluorinated compound, better known to most of us as PFC.");
    expect(qs.filter((q) => /stands for Durable Water Repellent\?/.test(q.prompt))).toEqual([]);
  });
  test("a false statement that keeps the swapped-out name's eponym is no false statement ('the Dalén light by ... John Smeaton')", () => {
    expect(checkFalseStatement({ original: "The Dalén light was invented by Gustaf Dalén.", statement: "The Dalén light was invented by John Smeaton.", removed: "Gustaf Dalén", inserted: "John Smeaton", articleSentences: [] })).not.toBeNull();
    expect(checkFalseStatement({ original: "The light was invented by Gustaf Dalén in 1900.", statement: "The light was invented by John Smeaton in 1900.", removed: "Gustaf Dalén", inserted: "John Smeaton", articleSentences: [] })).toBeNull();
    // (one of the same family swapped in is a fair false statement: Heydar and Ilham Aliyev)
    expect(checkFalseStatement({ original: "That day Heydar Aliyev was elected chairperson.", statement: "That day Ilham Aliyev was elected chairperson.", removed: "Heydar Aliyev", inserted: "Ilham Aliyev", articleSentences: [] })).toBeNull();
  });
  test("an organisation that says what the sentence reports keeps the sentence's true statement", () => {
    const qs = active("Immigration, Refugees and Citizenship Canada (IRCC) gave up 12 floors of office space in Ottawa. IRCC confirmed it completed the full release by the end of January.");
    expect(answers(qs)).not.toContain("IRCC");
    expect(qs.some((q) => q.kind === "true_false" && /^IRCC confirmed/.test(q.prompt))).toBe(true);
  });
  test("who obtained a document and the body in an official's title are no keys ('obtained by the _____', '_____ secretary Bill Matthews')", () => {
    const qs = active("Federal workers face a four-day return to the office. In a May 7 memo obtained by the Ottawa Citizen, IRCC said all employees will be required in-office three days per week as of July 6. Treasury Board secretary Bill Matthews has said the public service will move toward assigned seating in 2026.");
    expect(answers(qs)).not.toContain("Ottawa Citizen");
    expect(answers(qs)).not.toContain("Treasury Board");
  });
});


describe("from the read of blind35 (tuned on it after its measure), 2026-12-07, sixth session", () => {
  test("a dateline glued to its dash ('VATICAN CITY—Six years ago ...') is no part of the story", () => {
    const qs = generate("VATICAN CITY—Six years ago Pope Benedict XVI aimed to curb a certain feminist spirit among American nuns. The nuns objected in 2012.");
    expect(qs.filter((q) => /VATICAN CITY/.test(q.prompt) || q.answer === "VATICAN CITY")).toEqual([]);
  });
  test("'Introduced in the 1st century AD by the Romans, it was ...': the pronoun after a participle put first points back", () => {
    expect(checkNoUnresolvedPronoun("Introduced in the 1st century AD by the Romans, it was commonly employed in agricultural production.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Introduced in the 1st century AD, the screw press was commonly employed in agricultural production.")).toBeNull();
  });
  test("a name before 'films' or 'brand' is a work, not a person ('Potter' is offered as no actor)", () => {
    const qs = generate([
      "The eight Harry Potter films, which stretched out over nearly a decade, had a fantastic group of actors at its center. We watched as Daniel Radcliffe and Emma Watson grew up to deliver skilled, subtle, and fascinating performances.",
      "The plot revolves around Newt Scamander (Eddie Redmayne), a wizard who arrives in New York in 1926 with a case of magical creatures. He meets Tina (Katherine Waterson), a disgraced auror. Redmayne and Waterson are both terrific, charismatic actors, but they're both tamped down here.",
      "Now, Harry Potter is not a terrible brand to extend; spinning off Rowling's universe will provide more rewards than another Transformers movie.",
    ].join("\n\n"));
    for (const q of qs) expect(q.choices ?? []).not.toContain("Potter");
    // (the franchise is offered no actors as its peers)
    expect(qs.filter((q) => q.answer === "Harry Potter" && (q.choices ?? []).includes("Daniel Radcliffe"))).toEqual([]);
    expect(qs.filter((q) => /Redmayne and Potter|Potter and Redmayne/.test(q.prompt))).toEqual([]);
  });
  test("a participle that says where stays with its subject ('The first lighthouse built there ...' is not 'The first lighthouse was built by ...')", () => {
    const qs = generate("Eddystone Lighthouse stands on dangerous rocks off Plymouth. The first lighthouse built there was an octagonal wooden structure, anchored by 12 iron stanchions secured in the rock, and was built by Henry Winstanley from 1696 to 1698.");
    expect(qs.filter((q) => q.status === "active" && /^(?:The first lighthouse was built|By whom was the first lighthouse built)/.test(q.prompt))).toEqual([]);
    expect(checkNoUnresolvedPronoun("The first lighthouse built there was an octagonal wooden structure.")).toBe("unresolved-pronoun");
  });
});


describe("from the read of blind36 (tuned on it after its measure), 2026-12-07, seventh session", () => {
  const activePrompts = (body: string) => active(body).map((q) => `${q.prompt} => ${q.answer}`);
  test("the owner in a place's name is no key, and the person a place is named after is not asked beside it", () => {
    const s = "Around this time, a then record crowd of 25,500 filled Stark's Park for a Scottish Cup quarter-final.";
    expect(checkWholeName(s, s.indexOf("Stark"), s.indexOf("Stark") + 5)).toBe("answer-fragment");
    expect(checkAnswerNotInStem("The team moved to Stark's Park, named after and run by councillor _____, in 1891.", "Robert Stark")).toBe("answer-in-stem");
    // (an owner before a name of its own is still asked: "NASA's Jet Propulsion Laboratory")
    const t = "The probe was built by NASA's Jet Propulsion Laboratory in 1977.";
    expect(checkWholeName(t, t.indexOf("NASA"), t.indexOf("NASA") + 4)).toBeNull();
  });
  test("'had' with no verb after it is asked with 'did ... have'", () => {
    const prompts = activePrompts("Raith Rovers Football Club is a Scottish professional football club based in the town of Kirkcaldy. In 1951, Raith had their largest ever gate for a Scottish Cup semi-final at Hampden Park watched by a crowd of 84,640.");
    expect(prompts.filter((p) => /^When had /.test(p))).toEqual([]);
    expect(prompts.filter((p) => /^When did Raith have their largest ever gate/.test(p)).length).toBe(1);
  });
  test("an object pronoun is not the subject of its own clause, so with one name before it, it points back", () => {
    expect(checkNoUnresolvedPronoun("Rothman reached out to her.")).toBe("unresolved-pronoun");
    // (a possessor, another name, or a clause between leave a referent)
    expect(checkNoUnresolvedPronoun("Temüjin’s mother arranged a meeting for her.")).toBeNull();
    expect(checkNoUnresolvedPronoun("Obama met Merkel in Berlin and thanked her.")).toBeNull();
  });
  test("what is left of a quotation's attribution is no statement", () => {
    const prompts = activePrompts("In the fall of 2017, the geologist Dan Brenner was preparing for a talk. He found a paper that thanked Ellen Fetter. “Wait … who is Ellen Fetter?” Brenner recalls thinking at the time. “It is one of the most important papers in the field,” he said. With further searches, Brenner found a wedding notice from 1963.");
    expect(prompts.filter((p) => /recalls thinking/.test(p))).toEqual([]);
    expect(prompts.some((p) => /1963|wedding notice/.test(p))).toBe(true);
  });
  test("a connective inside the sentence goes, as one at its start does", () => {
    expect(cleanDisplay("With further searches, however, Brenner found a wedding notice from 1963.")).toBe("With further searches, Brenner found a wedding notice from 1963.");
    expect(cleanDisplay("Brenner, however, found nothing in the archive.")).toBe("Brenner found nothing in the archive.");
    expect(cleanDisplay("The plan was approved, however.")).toBe("The plan was approved.");
  });
  test("'either', 'Around this time', 'The practice still ...', 'through this connection' and 'When visualized ..., they' point back", () => {
    expect(checkNoUnresolvedPronoun("Hamilton had no prior training in programming either.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Around this time, a record crowd of 25,500 filled the stadium.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("The practice still elicits horror from some visitors.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Who was able to get Ellen Gille, née Fetter, on the phone through this connection?")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("When visualized in a certain way, they seemed to prowl around a strange attractor.")).toBe("unresolved-pronoun");
    // (a clause of the stem's own before "this" is still its referent)
    expect(checkNoUnresolvedPronoun("Although the vote was 51.6% in favour, this figure did not include the northern districts.")).toBeNull();
    expect(checkNoUnresolvedPronoun("Either the king or the queen signed the treaty in 1648.")).toBeNull();
  });
  test("no wh-question out of 'there are' or on a name that modifies the noun after it", () => {
    const prompts = activePrompts("Norway has many regions. There are marked regional differences across Norway. Carrow reached the League Cup final for the first time in 1949 but lost 2–0 to Rangers.");
    expect(prompts.filter((p) => /\bthere (?:are|were|had)\b.*\?/i.test(p) && /^(?:What|Which|Who)/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /reach final/.test(p))).toEqual([]);
  });
  test("a clause is not cut inside a dash aside or before the last of a list of verbs", () => {
    const prompts = [
      "The Ngāti are a people of Northland. The Ngāti are investigating a possible link between the disease killing New Zealand’s native kauri trees – and threatening the giant Tāne Mahuta, which may be 2,000 years old – and the rise in whale strandings. Parata wants more money for the research.",
      "Margaret Hamilton arrived at MIT in the summer of 1959. To Lorenz’s delight, Hamilton would take the paper tape that fed the machine, roll it out along the corridor, and correct the binary code with a sharp pencil. Lorenz had bought the LGP-30 in 1958.",
    ].flatMap(activePrompts);
    for (const p of prompts) expect((p.match(/\s[–—]\s/g) ?? []).length % 2, p).toBe(0);
    expect(prompts.filter((p) => /roll it out along the corridor\W*(?:=>|\?)/.test(p))).toEqual([]);
  });
  test("two names joined across a clause boundary are no key, nor an everyday word capitalised at the start", () => {
    const s = "Raith as an area once stretched from south of Loch Gelly as far as Kirkcaldy and the Battle of Raith is said to have been fought here in 596 AD.";
    expect(checkWholeName(s, s.indexOf("Kirkcaldy"), s.indexOf(" is said"))).toBe("answer-fragment");
    const r = "Record appearance holder Willie McNaught first appeared for Raith during the war.";
    expect(checkWholeName(r, 0, 6)).toBe("answer-fragment");
    // (a name at the start is still a name: "China has ...", "Paris hosted ...")
    expect(checkWholeName("Paris hosted the games in 1924.", 0, 5)).toBeNull();
  });
  test("a multiple choice whose key alone shares a word with the name listed beside it is no question", () => {
    const qs = active("Raith Rovers Football Club is a Scottish professional football club based in the town of Kirkcaldy, Fife. Raith as an area once stretched from south of Loch Gelly as far as Kirkcaldy and the Battle of Raith is said to have been fought here in 596 AD. Record appearance holder Willie McNaught first appeared for Raith during the war before signing on a contract basis when normal football resumed. Though there were other teams who incorporated the town name, such as Kirkcaldy Wanderers and Kirkcaldy United, Raith became the most successful of the local teams, winning five trophies in the 1890s. Raith lost the 1949 League Cup final 2–0 to Rangers, and Celtic beat them in the 1913 Scottish Cup Final. Dunfermline Athletic beat Raith Rovers in 2011.");
    const mc = qs.filter((x) => x.kind === "multiple_choice" && /^Kirkcaldy /.test(x.answer));
    for (const q of mc) expect((q.choices ?? []).filter((c) => /^Kirkcaldy /.test(c)).length, q.prompt).toBeGreaterThan(1);
  });
});

describe("from the reads of blind37 and blind38 (tuned on them after their measure), 2026-12-07, seventh session", () => {
  test("no key for a neighbouring century across 'century or the beginning of the'", () => {
    const a = analyzeArticle({ body: "Optics was translated into Latin by an unknown scholar at the end of the 12th century or the beginning of the 13th century." });
    const s = a.sentences[0]!;
    const ordinals = s.mentions.filter((m) => /^1[23]th$/.test(m.text));
    expect(ordinals.length).toBe(2);
    for (const m of ordinals) expect(isCutBadly(s, m), m.text).toBe(true);
    // (two centuries apart are two facts)
    const b = analyzeArticle({ body: "The church was begun in the 11th century or the beginning of the 13th century, by most accounts." }).sentences[0]!;
    expect(b.mentions.filter((m) => m.text === "11th").every((m) => !isCutBadly(b, m))).toBe(true);
  });
  test("no key for one end of a range, an age beside a name, or a party label; a ratio and 'from X to Y' are still asked", () => {
    const qs = active([
      "Fresh salmon fillets routinely sell for $24 to $28 a pound in Seattle, and often more. The store sold them for $9.99 a pound in 2019.",
      "Two guards were charged on Tuesday. Noel, 31, is charged with five counts of falsifying records. Senator Jane Cole, R-Neb., called the death a crisis of trust in 2019.",
      "British settlers outnumbered the French 20 to 1 in North America in 1750. The treatise was written from 1011 to 1021 in Cairo.",
    ].join("\n\n"));
    const keys = qs.filter((q) => q.kind !== "true_false").map((q) => q.answer);
    for (const k of ["$24", "31", "R-Neb"]) expect(keys).not.toContain(k);
    expect(qs.filter((q) => q.kind === "true_false" && /^Noel, (?!31)\d+,/.test(q.prompt))).toEqual([]);
    expect(keys.some((k) => k === "20" || k === "1011" || k === "1021")).toBe(true);
  });
  test("'at this time' inside a sentence, 'Some wore ...', 'The price, ...', a description put first before 'she', 'This post-structuralist approach' and 'charged with three.' point back", () => {
    expect(checkNoUnresolvedPronoun("Kristeva became acquainted with the work of Mikhail Bakhtin at this time in Bulgaria.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Some wore clothing with union logos.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("The price, which was matched at rival stores last week, is the lowest in years.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("The author of more than 30 books, including Tales of Love and Black Sun, she has received the Holberg Prize.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("This post-structuralist approach enabled specific social groups to trace the source of their oppression.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Thomas is charged with three.")).toBe("unresolved-pronoun");
    // (a time the stem gives, and a count with its noun, are no pointers back)
    expect(checkNoUnresolvedPronoun("In 1966, Kristeva moved to Paris, where at that time structuralism was at its height.")).toBeNull();
    expect(checkNoUnresolvedPronoun("Temüjin stayed until he reached the marriageable age of 12.")).toBeNull();
    expect(checkNoUnresolvedPronoun("Some historians argue that the war began in 1754.")).toBeNull();
  });
  test("a language names nobody a pronoun could take up ('In Latin tradition, he was nicknamed ...')", () => {
    expect(checkNoUnresolvedPronoun("In Latin tradition, he was occasionally nicknamed Ptolemaeus secundus.")).toBe("unresolved-pronoun");
  });
  test("the pronoun that takes up the blank gives its sex: no women offered for '_____ ..., he thought ...'", () => {
    const a = analyzeArticle({ body: "When the immunologist Daniel Herbert at the University of Pennsylvania looked deep inside the lungs of mice in 2016, he thought he was seeing things." });
    const s = a.sentences[0]!;
    const key = s.mentions.find((m) => m.text === "Daniel Herbert")!;
    expect(sexOfSlot(s, key)).toBe("m");
    const b = analyzeArticle({ body: "The biologist Susan Hart at Harvard found the cells in 2019, and her lab published the result." }).sentences[0]!;
    expect(sexOfSlot(b, b.mentions.find((m) => m.text === "Susan Hart")!)).toBe("f");
    // (not a pronoun that another person named between takes up)
    const c = analyzeArticle({ body: "Maria Lopez introduced Daniel Herbert to the board, and he thanked her in 2016." }).sentences[0]!;
    expect(sexOfSlot(c, c.mentions.find((m) => m.text === "Maria Lopez")!)).toBeUndefined();
  });
});

describe("one of several examples, or one of two places side by side, is no key (blind36-38: the reads kept none of 16 such names that were not people)", () => {
  const keyable = (body: string, name: string, inSentence = "") => {
    const a = analyzeArticle({ body });
    const s = a.sentences.find((x) => x.text.includes(inSentence) && x.mentions.some((m) => m.text === name))!;
    return answerable(a, s.mentions.find((m) => m.text === name)!, s);
  };
  test("an example after 'such as', 'including' or 'like at'", () => {
    // (the article comes back to Kroger and Costco, which kept them keys before)
    const body = "Kroger cut its prices in May. The chain competes for a larger share of the grocery business with rivals such as Walmart, Kroger and Costco. Kroger owns QFC.";
    expect(keyable(body, "Kroger", "such as")).toBe(false);
    expect(keyable(body, "Kroger", "cut its prices")).toBe(true);
    const pair = "Costco sells halibut. Prime works like a paid membership such as Costco or Target. Costco opened in 1983.";
    expect(keyable(pair, "Costco", "such as")).toBe(false);
  });
  test("one of two places side by side, unless beside the article's subject or across 'between'", () => {
    const body = "Epstein owned several houses. He abused girls at his homes in Manhattan and Palm Beach, Florida, prosecutors said. Neo-banks have been popular in Europe and Australia for years.";
    for (const n of ["Manhattan", "Australia"]) expect(keyable(body, n), n).toBe(false);
    const war = "The French and Indian War was fought between the colonies of British America and New France. New France was larger. British America was richer.";
    expect(keyable(war, "New France")).toBe(true);
    // (the "Sam’s _____" of a shop's name is no owner's place)
    const s = "Prime works like a paid membership at Costco or Sam’s Club.";
    expect(checkWholeName(s, s.indexOf("Club"), s.indexOf("Club") + 4)).toBe("answer-fragment");
  });
});

describe("more from blind36-38 (tuned after their measure), 2026-12-07, seventh session", () => {
  const notAsked = (body: string, name: string) => {
    const a = analyzeArticle({ body });
    const s = a.sentences.find((x) => x.mentions.some((m) => m.text === name))!;
    return statedNotAsked(s, s.mentions.find((m) => m.text === name)!);
  };
  test("a club's or a company's suffix in the title still names the article's subject ('Raith Rovers F.C.')", () => {
    // (named in 3 of 23 sentences, and not first: too few for the text alone to say it is the subject, so only the title does)
    const body = ["Kirkcaldy is a town on the Firth of Forth.", "Raith Rovers were founded in 1883 in Kirkcaldy.", "The club won the League Cup in 1994.", "The club plays at Stark's Park.", "Raith Rovers reached the UEFA Cup in 1995.", "Kirkcaldy is a town in Fife.", "The ground holds 8,000 people.", "The team lost to Bayern Munich.", "The manager was Jimmy Nicholl.", "Fans sang in the streets.", "The stadium was rebuilt in the 1990s.", "Raith Rovers moved up a division in 2009.", "The team wears navy blue.", "Local rivals are Dunfermline.", "Tickets cost ten pounds.", "The season starts in August.", "Training is held on Tuesdays.", "The youth team is strong.", "The pitch is grass.", "The club shop sells scarves.", "Buses run on match days.", "The bar opens at noon.", "A new stand opened in 1998."].join(" ");
    const a = analyzeArticle({ body, title: "Raith Rovers F.C." });
    expect(a.trivial.has(normalize("Raith Rovers"))).toBe(true);
  });
  test("an ordering item cut after a verb that needs more is no item", () => {
    const body = [
      "The club was founded in 1883 and currently competes in the Scottish Championship.",
      "The club's highest ever league position came in 1922, when it finished third behind Celtic.",
      "The club won the League Cup in 1994 after a penalty shoot-out against Celtic.",
      "The club reached the second round of the UEFA Cup in 1995 before losing to Bayern Munich.",
    ].join("\n\n");
    for (const q of generate(body).filter((x) => x.kind === "ordering" && x.status === "active")) for (const it of q.items ?? []) expect(it).not.toMatch(/\b(?:came|competes)$/);
  });
  test("where a person named just before works, and whose official it is, are no keys", () => {
    expect(notAsked("When the immunologist Daniel Herbert at the University of Pennsylvania looked inside the lungs of mice, he saw odd cells.", "University of Pennsylvania")).toBe(true);
    expect(notAsked("In 2010, the laboratory of Stephen Liggett, who was then at the University of Maryland, reported the finding.", "University of Maryland")).toBe(true);
    expect(notAsked("She could not comment on a review by the Justice Department's inspector general.", "Justice Department")).toBe(true);
    // (a place a person went to is the fact: "Hamilton arrived at MIT in 1959")
    expect(notAsked("Margaret Hamilton arrived at MIT in the summer of 1959.", "MIT")).toBe(false);
  });
});

describe("the region that locates the town before it is no key, nor a town beside another (blind36/38, tuned after their measure)", () => {
  const keyOrStated = (body: string, name: string) => {
    const a = analyzeArticle({ body });
    const s = a.sentences.find((x) => x.mentions.some((m) => m.text === name))!;
    const m = s.mentions.find((x) => x.text === name)!;
    return answerable(a, m, s) && !statedNotAsked(s, m);
  };
  test("'the town of Kirkcaldy, _____', 'Palm Beach, _____'", () => {
    expect(keyOrStated("Raith Rovers is a Scottish professional football club based in the town of Kirkcaldy, Fife.", "Fife")).toBe(false);
    const epstein = "Two guards were charged on Tuesday. Prosecutors said he abused girls at his homes in Manhattan and Palm Beach, Florida, and at other places. The guards pleaded not guilty. A judge set bail at $100,000.";
    expect(keyOrStated(epstein, "Florida")).toBe(false);
    expect(keyOrStated(epstein, "Palm Beach")).toBe(false);
    // (a list of regions is no address: "Kirkcaldy, Fife and Dundee")
    expect(keyOrStated("The company opened offices in London in 2001. It later moved to Fife and Perth in 2005.", "Fife")).toBe(true);
  });
});

describe("a wrong choice is no name the article says the same of (blind38, after its measure)", () => {
  test("no prize she was also awarded is offered as a wrong choice for the one asked", () => {
    // (Wikipedia, "Julia Kristeva", CC BY-SA)
    const body = [
      "Julia Kristeva (born 24 June 1941) is a Bulgarian-French philosopher, literary critic, psychoanalyst, feminist, and, most recently, novelist, who has lived in France since the mid-1960s. She is now a professor emeritus at the University Paris Diderot. The author of more than 30 books, including Revolution in Poetic Language, Tales of Love, Black Sun: Depression and Melancholia, Proust and the Sense of Time, the trilogy Female Genius, she has been awarded Commander of the Legion of Honor, Commander of the Order of Merit, the Holberg Prize, the Hannah Arendt Prize, and the Vaclav Havel Prize.",
      "For her \"innovative explorations of questions on the intersection of language, culture and literature\", Kristeva was awarded the Holberg International Memorial Prize in 2004. She won the 2006 Hannah Arendt Prize for Political Thought. She has also been awarded Commander of the Legion of Honor, Commander of the Order of Merit, and the Vaclav Havel Prize.",
      "Kristeva is also the founder of the Simone de Beauvoir Prize committee.",
    ].join("\n\n");
    const mc = generate(body).filter((x) => x.kind === "multiple_choice" && x.answer === "Vaclav Havel Prize" && x.rejectReasons.length === 0);
    for (const q of mc) for (const c of ["Holberg Prize", "Hannah Arendt Prize", "Holberg International Memorial Prize"]) expect(q.choices ?? [], q.prompt).not.toContain(c);
  });
});

describe("a lower-case phrase is asked on a card the learner grades, not as a typed blank (blind36-39: the reads kept 5 of 40 typed)", () => {
  test("'started a _____ on the LGP-30' is a flashcard; a name, a figure and a count in words stay typed blanks", () => {
    const qs = generate([
      "Edward Lorenz worked at MIT in Cambridge from 1948. Lorenz started a scientific revolution on the LGP-30 in 1961.",
      "The LGP-30 weighed 800 pounds. Hamilton wrote programs for Lorenz for three years. The team used five tapes for each run in 1962.",
    ].join("\n\n"));
    const blanks = qs.filter((q) => q.prompt.includes("_____"));
    const phrase = blanks.filter((q) => q.answer === "scientific revolution");
    expect(phrase.length).toBeGreaterThan(0);
    for (const q of phrase) expect(q.kind === "flashcard" || q.kind === "multiple_choice", q.prompt).toBe(true);
    for (const q of blanks.filter((x) => /^(?:\p{Lu}|\d)/u.test(x.answer) || /^(?:three|five)$/.test(x.answer))) expect(q.kind).not.toBe("flashcard");
  });
});

describe("a subject of 'the' and a noun an earlier sentence introduced points back (blind36-41: 29 of 75 such stems rejected, most as unresolved), eighth session", () => {
  const activeOn = (body: string, re: RegExp) => generate(body).filter((q) => q.status === "active" && re.test(q.prompt));
  test("'The sale is being done in two steps' is no question when the sale was introduced before", () => {
    const body = [
      "Verizon agreed on Monday to buy the internet business of Yahoo for $4.8 billion. The sale of the business ends two decades of independence for Yahoo.",
      "Analysts at Morgan Stanley said the price was fair. The sale is being done in two steps, and the second will close in 2017.",
      "Yahoo was founded in 1994 by Jerry Yang and David Filo at Stanford University.",
    ].join("\n\n");
    expect(activeOn(body, /^(?:\S+\s+){0,3}the sale is\b|^The sale is\b/i)).toEqual([]);
    // (the first sentence's own phrase is the fact, not a pointer back)
    expect(activeOn(body, /Jerry Yang|1994|Stanford/).length).toBeGreaterThan(0);
  });
  test("the noun the article's first sentence or title defines its subject by is the subject, which the reader knows", () => {
    const body = [
      "Raith Rovers Football Club is a Scottish professional football club based in Kirkcaldy.",
      "The club was founded in 1883 and plays at Stark's Park. The club won the Scottish League Cup in 1994.",
    ].join("\n\n");
    expect(activeOn(body, /^The club (?:was founded|won)\b/).length).toBeGreaterThan(0);
    const war = [
      "The French and Indian War (1754–1763) was the North American theater of the Seven Years' War.",
      "The war was fought primarily along the frontiers between New France and the British colonies, from Virginia in the South to Nova Scotia in the North.",
    ].join("\n\n");
    expect(activeOn(war, /^The war was fought\b/).length).toBeGreaterThan(0);
  });
  test("'The first ...' and 'The ... of ...' say which by themselves", () => {
    const body = [
      "Doctor Who is a British science-fiction television programme produced by the BBC since 1963. The series ran until 1989.",
      "The first series of the 21st century featured Christopher Eccleston in the title role and was produced by BBC Wales.",
    ].join("\n\n");
    expect(activeOn(body, /^The first series\b/).length).toBeGreaterThan(0);
  });
});

describe("more pointers back from blind40/41 (after their measure), eighth session", () => {
  test("'Just a month later', 'Not long after that', 'Another method', 'Other methods include', 'two wild ones', 'triple that figure'", () => {
    for (const s of [
      "Just a month later, two wild axolotls were spotted in a network of canals leading from Xochimilco.",
      "Not long after that, Steenburgen bought a house in Nashville.",
      "Another method creates an internal tag by introducing novel amino acids.",
      "Other methods include SILAC and heavy isotope labeling.",
      "In 2014, two wild ones were spotted in a network of canals leading from Xochimilco.",
      "Trump said he pressed his team to more than triple that figure in 2019.",
    ]) expect(checkNoUnresolvedPronoun(s), s).toBe("unresolved-pronoun");
    for (const s of [
      "Other methods of payment include Bitcoin and Monero.",
      "Only the ones who trained in Madrid were selected in 1998.",
      "Relatives and loved ones of the victims gathered in Madrid in 1998.",
      "The figure rose to 20% in 2019, the bank said.",
    ]) expect(checkNoUnresolvedPronoun(s), s).toBeNull();
  });
});

describe("other right fills are accepted (blind41: 'China fits equally and is not accepted'), eighth session", () => {
  const acceptedOf = (body: string, answer: string) => generate(body).filter((q) => q.answer === answer && q.prompt.includes("_____")).map((q) => q.acceptedAnswers ?? []);
  test("a capital standing for its government accepts the country the article names; a trip to it does not", () => {
    const body = [
      "China and the United States have been locked in a trade war since 2018. Tariffs cover $360 billion of Chinese goods.",
      "When advisers suggested that Beijing resume buying $20 billion in farm products in 2019, Trump was not satisfied.",
      "Robert Lighthizer flew to Beijing in March 2019 for talks with Liu He.",
    ].join("\n\n");
    const all = generate(body).filter((q) => q.answer === "Beijing" && q.prompt.includes("_____"));
    const standsFor = all.filter((q) => /resume buying/.test(q.prompt));
    const trip = all.filter((q) => /flew to/.test(q.prompt));
    expect(standsFor.length).toBeGreaterThan(0);
    for (const q of standsFor) expect(q.acceptedAnswers).toContain("China");
    // (and the server's grader takes it: the learner who types "china" is right)
    const typed = standsFor.find((q) => q.kind === "cloze");
    expect(typed).toBeDefined();
    const graded = gradeResponse(typed!, { kind: "cloze", text: "china" });
    expect(graded.ok && graded.verdict.correct).toBe(true);
    expect(trip.length).toBeGreaterThan(0);
    for (const q of trip) expect(q.acceptedAnswers ?? []).not.toContain("China");
  });
  test("a lake's name is accepted without 'Lake' when the article uses it so", () => {
    const body = [
      "The axolotl is a salamander native to Lake Xochimilco and Lake Chalco in the Valley of Mexico.",
      "Lake Xochimilco remains a remnant of its former self, existing mainly as canals since 1900.",
      "The water temperature in Xochimilco rarely rises above 20 °C.",
    ].join("\n\n");
    const lists = acceptedOf(body, "Lake Xochimilco");
    expect(lists.length).toBeGreaterThan(0);
    for (const l of lists) expect(l).toContain("Xochimilco");
  });
});

describe("a noun that always points back needs no earlier mention, with words before it (blind38/39, after their measure), eighth session", () => {
  test("'The French duo squandered ...', 'The conspiracy charge is ...', 'In the book, ...'", () => {
    const body = [
      "France beat Japan 2-1 in Madrid on Tuesday. Nicolas Mahut and Pierre-Hugues Herbert won the doubles in 2019.",
      "The French duo squandered two match points while serving at 5-4 before winning 7-6.",
      "Two guards were charged with conspiring to falsify records in 2019. The conspiracy charge is punishable by up to five years in prison.",
    ].join("\n\n");
    const qs = generate(body).filter((q) => q.status === "active");
    expect(qs.filter((q) => /French duo|conspiracy charge/.test(q.prompt))).toEqual([]);
    expect(qs.length).toBeGreaterThan(0);
    expect(checkNoUnresolvedPronoun("In the book, Gilbert also includes perspectives on same-sex marriage.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("In the book Eat, Pray, Love, Gilbert describes a year of travel.")).toBeNull();
  });
});

describe("garbled stems from blind36/39/41 (after their measure), eighth session", () => {
  test("a run-on the source lost its full stop in, a publisher and year as a 'name', a footnote asterisk, 'Which was ...' as a statement, 'Pocket published it'", () => {
    expect(opensAsFragmentForTest("The club turned professional by 1892 and joined the Scottish League in season 1902–03 The club were incorporated in 1907.")).toBe(true);
    expect(opensAsFragmentForTest("The club turned professional in 1892, and The Scotsman reported it.")).toBe(false);
    const gilbert = generate([
      "Elizabeth Gilbert is an American author. Her books include Stern Men (Houghton Mifflin 2000) and The Last American Man (Viking 2002).",
      "Eat, Pray, Love was published in 2006 and spent 187 weeks on the list.",
    ].join("\n\n"));
    expect(gilbert.filter((q) => /Houghton Mifflin 2000|Viking 2002/.test(q.prompt) && q.status === "active")).toEqual([]);
    expect(cleanDisplay("Pocket published The Dragon Waiting in 1980.*")).toBe("Pocket published The Dragon Waiting in 1980.");
    expect(checkNoUnresolvedPronoun("Pocket published it in 1980.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("When did Pocket publish it?")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Pocket published The Dragon Waiting in 1980.")).toBeNull();
    const film = generate([
      "Eat, Pray, Love is a 2006 memoir by Elizabeth Gilbert. It sold over 10 million copies in 2010.",
      "The memoir spent 187 weeks on the New York Times list, which was also made into a film by the same name in 2010.",
    ].join("\n\n"));
    expect(film.filter((q) => q.status === "active" && /^Which was/.test(q.prompt))).toEqual([]);
  });
});

describe("the title says who 'the' phrase means (blind42, after its measure), eighth session", () => {
  const activeWith = (title: string, body: string, re: RegExp) => generateQuestions({ slug: "t", title, body }).questions.filter((q) => q.status === "active" && re.test(q.prompt));
  test("'The doctors said ...' under a headline on doctors; 'The species ... Okapiinae' in 'Okapi', not 'The species ... lakes' in 'Axolotl'", () => {
    const doctors = [
      "A group of physicians is urging the Department of Homeland Security to accept its offer of free flu shots. The doctors wrote a letter on Nov. 5.",
      "The doctors were turned away at the San Ysidro station in San Diego on Nov. 19.",
    ].join("\n\n");
    expect(activeWith("Doctors offer to give free flu shots to detained migrants", doctors, /^The doctors were/).length).toBeGreaterThan(0);
    expect(activeWith("Flu season starts early in the South", doctors, /^The doctors were/)).toEqual([]);
    // (a verb is no part of the phrase: "The doctors said that based on ..." opens with "The doctors", not "that")
    const said = "A group of physicians wrote to the agency on Nov. 5. The doctors said that based on an estimated 200,000 children in custody, the death rate was nine times higher.";
    expect(activeWith("Flu season starts early in the South", said, /^The doctors said/).length).toBeGreaterThan(0);
    const okapi = [
      "The okapi is an artiodactyl mammal native to the Democratic Republic of the Congo. It was formally recognized in 1901 by Philip Sclater.",
      "The species was placed in its own subfamily Okapiinae by Swedish palaeontologist Birger Bohlin in 1926.",
    ].join("\n\n");
    expect(activeWith("Okapi", okapi, /^The species was placed/).length).toBeGreaterThan(0);
    const axolotl = [
      "The axolotl is a neotenic salamander related to the tiger salamander. It is native to the Valley of Mexico.",
      "The species was originally found in several lakes, such as Lake Xochimilco underlying Mexico City.",
    ].join("\n\n");
    expect(activeWith("Axolotl", axolotl, /^The species was originally/)).toEqual([]);
  });
});

describe("more pointers back and a caption from blind42 (after its measure), eighth session", () => {
  test("'Another radiation began ...', 'One friend has ...', 'Sir Harry Johnston himself called it ...'", () => {
    for (const s of ["Another radiation began in the Pliocene.", "One friend has labeled herself a Grocery Store.", "Sir Harry Johnston himself called it a Helladotherium."]) expect(checkNoUnresolvedPronoun(s), s).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Another 20 people were injured in the blast in 2019.")).toBeNull();
  });
  test("'the specific name' cut from '..., while the specific name (johnstoni) is ...' and 'The Facebook-owned company' point back", () => {
    const body = [
      "The okapi is an artiodactyl mammal native to the Democratic Republic of the Congo. Ray Lankester named it Okapia johnstoni in 1901.",
      "The generic name Okapia derives from the Mbuba name okapi, while the specific name (johnstoni) is in recognition of Harry Johnston, who first acquired a specimen in 1900.",
    ].join("\n\n");
    const qs = generateQuestions({ slug: "t", title: "Okapi", body }).questions.filter((q) => q.status === "active");
    expect(qs.filter((q) => /^The specific name/.test(q.prompt))).toEqual([]);
    const insta = [
      "Instagram launched business accounts in 2016. More than 25 million companies use them.",
      "The Facebook-owned company has also encouraged users to switch to business accounts since 2018, offering analytics.",
    ].join("\n\n");
    const q2 = generateQuestions({ slug: "t", title: "My friend, the grocery store", body: insta }).questions.filter((q) => q.status === "active");
    expect(q2.filter((q) => /Facebook-owned company/.test(q.prompt))).toEqual([]);
  });
  test("an image's caption is no fact", () => {
    const qs = generate(["The okapi was described in 1901 by Philip Sclater in London.", "Illustration from an original painting by Sir Harry Johnston, based on preserved skins from 1900."].join("\n\n"));
    expect(qs.filter((q) => q.status === "active" && /Illustration/.test(q.prompt))).toEqual([]);
  });
});

describe("pointers back from blind43 (after its measure), eighth session", () => {
  test("'In other words, ...', 'Others include ...', 'Often called ..., symptoms ...'", () => {
    for (const s of [
      "In other words, Apple replaced a flawed design from 2015 with a design from 2015.",
      "Others include the jellyfish Laodicea undulata and species of the genus Aurelia.",
      "Often called bird fancier's asthma, symptoms can range from a wheezy cough to lung scarring.",
    ]) expect(checkNoUnresolvedPronoun(s), s).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Others were injured when the roof of the station collapsed in 2019.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Often the medusae settle on the sea floor near Panama in 2019.")).toBeNull();
  });
});

describe("a year after a noun and 'from' dates the noun, not the event (blind43: a chronology's key was wrong), eighth session", () => {
  test("'Apple replaced a flawed design from 2015' is no event of 2015; 'served from 2001 to 2005' still is", () => {
    const a = analyzeArticle({ body: [
      "Apple replaced a flawed design from 2015 with a new keyboard in November 2019.",
      "Apple admitted to the flawed design and launched a repair program in June 2018.",
      "Tim Cook served as chief operating officer from 2005 to 2011.",
    ].join("\n\n") });
    const events = findDatedEvents(a).map((e) => `${e.label} @${e.date.year}`);
    expect(events.filter((e) => /replaced a flawed design/.test(e) && /@2015$/.test(e))).toEqual([]);
    expect(events.some((e) => /@2018$/.test(e))).toBe(true);
  });
});

describe("a name built on the article's one-word title gives itself away (blind42, after its measure), eighth session", () => {
  test("'_____ johnstoni' -> Okapia in 'Okapi' is no blank; 'Sclater' still is", () => {
    // (Wikipedia, "Okapi", CC BY-SA)
    const body = [
      "The okapi (/oʊˈkɑːpiː/; Okapia johnstoni), also known as the forest giraffe, Congolese giraffe, or zebra giraffe, is an artiodactyl mammal that is endemic to the northeast Democratic Republic of the Congo in central Africa. Although the okapi has striped markings reminiscent of zebras, it is most closely related to the giraffe. The okapi and the giraffe are the only living members of the family Giraffidae.",
      "The okapi stands about 1.5 m (4.9 ft) tall at the shoulder and has a typical body length around 2.5 m (8.2 ft). Its weight ranges from 200 to 350 kg (440 to 770 lb). It has a long neck, and large, flexible ears. Its coat is a chocolate to reddish brown, much in contrast with the white horizontal stripes and rings on the legs, and white ankles. Male okapis have short, distinct horn-like protuberances on their heads called ossicones, less than 15 cm (5.9 in) in length. Females possess hair whorls, and ossicones are absent.",
      "Okapis are primarily diurnal, but may be active for a few hours in darkness. They are essentially solitary, coming together only to breed. Okapis are herbivores, feeding on tree leaves and buds, grasses, ferns, fruits, and fungi. Rut in males and estrus in females does not depend on the season. In captivity, estrus cycles recur every 15 days. The gestational period is around 440 to 450 days long, following which usually a single calf is born. The juveniles are kept in hiding, and nursing takes place infrequently. Juveniles start taking solid food from three months, and weaning takes place at six months.",
      "Okapis inhabit canopy forests at altitudes of 500–1,500 m (1,600–4,900 ft). The International Union for the Conservation of Nature and Natural Resources classifies the okapi as endangered. Major threats include habitat loss due to logging and human settlement. Extensive hunting for bushmeat, skin, and illegal mining have also led to a decline in populations. The Okapi Conservation Project was established in 1987 to protect okapi populations.",
      "Okapia johnstoni was first described as Equus johnstoni by English zoologist Philip Lutley Sclater in 1901. The generic name Okapia derives either from the Mbuba name okapi or the related Lese Karo name o'api, while the specific name (johnstoni) is in recognition of Johnston, who first acquired an okapi specimen for science from the Ituri Forest.",
    ].join("\n\n");
    const qs = generateQuestions({ slug: "t", title: "Okapi", body }).questions.filter((q) => q.status === "active");
    expect(qs.filter((q) => /^Okapia/.test(q.answer))).toEqual([]);
    expect(qs.some((q) => /Sclater|Lankester/.test(q.answer))).toBe(true);
  });
});

describe("a lower-case key the stem spells in another form gives itself away (pooled reads kept 2 of 19), ninth session", () => {
  test("plural and singular: thylakoids, polyps, cantons, velocities", () => {
    expect(checkAnswerNotInStem("Rhodoplasts have phycobilin pigments on the thylakoid membranes, preventing their _____ from stacking.", "thylakoids", [], new Set(["thyla"]))).toBe("answer-in-stem");
    expect(checkAnswerNotInStem("It also has a bottom-living polyp form, which consists of upright branches with _____.", "polyps", [], new Set(["polyp"]))).toBe("answer-in-stem");
    expect(checkAnswerNotInStem("Newton's First Law connects inertia at constant velocity with the concept of relative _____.", "velocities", [], new Set(["veloc"]))).toBe("answer-in-stem");
    expect(checkAnswerNotInStem("The Rhine forms the border except for the canton of Schaffhausen and parts of the _____ of Zürich.", "cantons", [], new Set())).toBe("answer-in-stem");
  });
  test("a derived word, a verb form, a shorter shared start or a name is not a give-away", () => {
    expect(checkAnswerNotInStem("Red algae hold phycobilin pigments combined into _____.", "phycobilisomes", [], new Set(["phyco"]))).toBeNull();
    expect(checkAnswerNotInStem("Aristotle held that objects in forced motion contain an innate _____.", "force", [], new Set(["force"]))).toBeNull();
    // ("chemical" beside "chemistry" shares five letters, and the article says it throughout; a capitalised key keeps the older rule)
    expect(checkAnswerNotInStem("Biochemists study the _____ of biomolecules, while chemical biologists probe living systems.", "chemistry", [], new Set(["chemi"]))).toBeNull();
    expect(checkAnswerNotInStem("The Okapi Conservation Project was established in 1987 in the _____ Forest.", "Ituri", [], new Set())).toBeNull();
  });
});

describe("an agency named with 'and' is one name (blind42: 'Customs and _____' -> Border Protection), ninth session", () => {
  test("'Customs and Border Protection' and 'Citizenship and Immigration Services' are one organisation; 'Serbia and Japan' stay two", () => {
    const a = analyzeArticle({ body: "Customs and Border Protection, part of Homeland Security, did not accept the offer. Even the policy manual of the Citizenship and Immigration Services notes the requirement. Serbia and Japan met in Madrid." });
    const names = a.sentences.map((s) => s.mentions.map((m) => `${m.text}/${m.type}`));
    expect(names[0]).toContain("Customs and Border Protection/organisation");
    expect(names[1]).toContain("Citizenship and Immigration Services/organisation");
    expect(names[2]).toEqual(expect.arrayContaining(["Serbia/country", "Japan/country"]));
  });
});

describe("pointers back from blind39 and blind40 (ninth session)", () => {
  test("'shut down that black market', 'Included will also be ...'", () => {
    for (const s of [
      "Though the FBI shut down that black market in October 2013, other outlets have emerged to fill its role.",
      "Included will also be $10 billion in cash, plus the Excalibur patent portfolio.",
    ]) expect(checkNoUnresolvedPronoun(s), s).toBe("unresolved-pronoun");
  });
  test("a 'that' that opens a clause is no pointer", () => {
    for (const s of [
      "The FBI said in 2013 that criminals used the market.",
      "Sawyer said that the market was shut down by the FBI in 2013.",
      "The market was unusual in that it sold drugs openly until 2013.",
      "The FBI found evidence that the market sold drugs to buyers in 2013.",
    ]) expect(checkNoUnresolvedPronoun(s), s).toBeNull();
  });
});

describe("from the blind44 read (tuned on it after its measure), ninth session", () => {
  // (sentences of CNN, Wikipedia "Senate of Pakistan" and MIT Technology Review, cut down to the point)
  test("a role with a verb or a pronoun's owner is no answer to 'Who is X?' ('telling his lawyer Chris Kise')", () => {
    const body = "Judge Arthur Engoron presided over the trial. Engoron at first tried to stop the speeches, telling his lawyer Chris Kise to control his client. Chris Kise objected. Later Chris Kise asked for a mistrial. Engoron said no.";
    expect(generate(body).filter((q) => /^Who is Chris Kise\?/.test(q.prompt) && /telling/i.test(q.answer))).toEqual([]);
  });
  test("'That Constitution', 'this Assembly': a demonstrative before an institution's or a document's head word points back", () => {
    for (const s of ["That Constitution was promulgated on 23 March 1956.", "When did this Assembly pass the Objectives Resolution?"]) expect(checkNoUnresolvedPronoun(s), s).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("The Senate of Pakistan first convened in 1973.")).toBeNull();
  });
  test("'showing that the answer was yes' and 'a few weeks later' point back; a date in the stem anchors 'later'", () => {
    for (const s of ["In January 2013, the laboratories were first to publish papers showing that the answer was yes.", "Doudna published her own results a few weeks later."]) expect(checkNoUnresolvedPronoun(s), s).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Doudna published a paper in June 2012 and Zhang published his own results a few weeks later.")).toBeNull();
  });
  test("a participle with its 'by' after a noun is no main verb of a wh-question ('a small team led by Doudna ... published')", () => {
    const clause = "In June 2012, a small team led by Doudna and Charpentier published a key paper.";
    const wh = whQuestionFor(clause, 3, 12, { type: "date" }, undefined, () => false);
    expect(wh ?? "").not.toMatch(/lead by/);
    const qs = generate(`${clause} The paper described a new editing tool. Doudna and Charpentier later won a prize for it in 2020.`);
    expect(qs.filter((q) => /\blead by\b/.test(q.prompt))).toEqual([]);
  });
  test("'They include ...' after 'The control of the patents is ...' is not 'The control of the patents include ...'", () => {
    const qs = active("The control of the patents is crucial to several startups that together raised more than $80 million. They include Editas Medicine and Intellia Therapeutics, both of Cambridge, Massachusetts. Editas was founded in 2013.");
    expect(qs.filter((q) => /control of the patents include/i.test(q.prompt))).toEqual([]);
  });
  test("a relative clause cut before a set adverbial takes both its commas ('Engoron, at first tried')", () => {
    const qs = generate("Judge Arthur Engoron, who has clashed with Trump throughout the trial, at first tried to stop the speeches of the former president in November 2023.");
    expect(qs.filter((q) => /Engoron, at first/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => /Engoron at first tried/.test(q.prompt))).toBe(true);
  });
  test("the other right name is accepted: 'Forbes' for 'Forbes Magazine', 'Broad Institute' for 'Broad', 'Church and Zhang' for 'Zhang and Church'", () => {
    const body = "A Forbes article in 2017 found the apartment was smaller. The value fell in 2017 after Forbes Magazine outed Trump for claiming the apartment was larger. Feng Zhang is a researcher at the Broad Institute in Cambridge. In April, Zhang and the Broad won the first patent. In 2013 Doudna joined Zhang and Church as a cofounder of Editas.";
    const acc = (answer: string) => generate(body).filter((q) => q.answer === answer && q.prompt.includes("_____")).flatMap((q) => q.acceptedAnswers ?? []);
    expect(acc("Forbes Magazine")).toContain("Forbes");
    expect(acc("Broad")).toContain("Broad Institute");
    expect(acc("Zhang and Church")).toContain("Church and Zhang");
  });
  test("what was raised to a figure was less than it: no wrong answer above 63 for 'originally _____, was raised to 63'", () => {
    const qs = generate("The membership of the Senate, which was originally 45, was raised to 63 in 1977 and to 87 in 1985. The Senate meets in Islamabad. Elections are held every three years.");
    for (const q of qs.filter((x) => x.kind === "multiple_choice" && x.answer === "45")) for (const c of q.choices ?? []) expect(Number(c), c).toBeLessThan(63);
  });
  test("a year inside a name is not swapped for a false statement ('the 1973 Constitution', 'the Legal Framework Order (LFO), 2002,')", () => {
    const qs = generate("The 1970 Assembly framed the 1973 Constitution which was unanimously passed on 12 April and promulgated on 14 August 1973. Musharraf raised the membership of the Senate from 87 to 100 through the Legal Framework Order (LFO), 2002, enforced on 21 August 2002. The Senate first met in 1973.");
    const falses = qs.filter((q) => q.kind === "true_false" && q.answer === "false").map((q) => q.prompt);
    expect(falses.filter((p) => /the (?!1973 )\d{4} Constitution|Order, (?!2002)\d{4}/.test(p))).toEqual([]);
  });
  test("a standing state in the present is no event to order ('The Constitution provides for ...')", () => {
    const a = analyzeArticle({ body: "The Constitution provides for a parliamentary form of Government since 1973. Martial Law was promulgated on 7 October 1958. The Military Government appointed a Constitution Commission in 1960. The Senate first met in 1973." });
    expect(findDatedEvents(a).filter((e) => /provides/.test(e.label))).toEqual([]);
  });
});

describe("an attribution after a quotation whose comma stands outside its mark (blind43, ninth session)", () => {
  test("'\"...\", said _____ scientist Dr. Maria Miglietta' asks who said it; 'referred to it as a \"horse\", Sclater named ...' does not", () => {
    const qs = active("The species spreads fast. \"We are looking at a worldwide silent invasion\", said Smithsonian Tropical Marine Institute scientist Dr. Maria Miglietta. The jellyfish was first found in the Mediterranean in 1883. Based on the description of the okapi by Pygmies, who referred to it as a \"horse\", Sclater named the species Equus johnstoni in 1901.");
    expect(qs.filter((q) => /silent invasion/.test(q.prompt) && /Miglietta|Smithsonian/.test(q.answer))).toEqual([]);
    const okapi = generate("The okapi lives in the Congo. It is related to the giraffe. Based on the description of the okapi by Pygmies, who referred to it as a \"horse\", Sclater named the species Equus johnstoni in 1901. The okapi was placed in its own genus in 1902.").filter((q) => q.answer === "Sclater");
    expect(okapi.length).toBeGreaterThan(0);
    expect(okapi.filter((q) => q.rejectReasons.includes("answer-trivial"))).toEqual([]);
  });
});

describe("a common noun the text capitalises is no name to blank (blind44, ninth session)", () => {
  test("'a parliamentary form of _____' -> Government, 'both the _____' -> Houses stay drafts; 'Euclid's _____' -> Elements stays", () => {
    const body = "The 1973 Constitution provides for a parliamentary form of Government with a bicameral legislature. The federal government sits in Islamabad. Unless both the Houses pass a Bill it cannot become a law. The two houses meet in 1973. Euclid's Elements contain important theorems about primes. The elements of the proof are simple.";
    const qs = active(body);
    expect(qs.filter((q) => q.prompt.includes("_____") && /^(?:Government|Houses)$/.test(q.answer))).toEqual([]);
    expect(generate(body).some((q) => q.answer === "Elements" && !q.rejectReasons.includes("answer-not-content-term"))).toBe(true);
  });
});

describe("a bracket cut between a subject and its verb takes the comma after it (blind44, ninth session)", () => {
  test("'The Senate of Pakistan (Urdu: ...), is the upper chamber' reads 'The Senate of Pakistan is ...'; a participle keeps its comma", () => {
    const qs = generate("The Senate of Pakistan (Urdu: ایوانِ بالا پاکستان, Aiwān-i bālā Pākistān), is the upper legislative chamber of the bicameral legislature of Pakistan. It first convened in 1973. Alhazen's most famous work is his seven-volume treatise on optics Kitab al-Manazir (Book of Optics), written from 1011 to 1021.");
    expect(qs.filter((q) => /Pakistan, is|_____, is/.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => /al-Manazir written/.test(q.prompt))).toEqual([]);
  });
});

describe("from the blind45 read (tuned on it after its measure), ninth session", () => {
  test("a bare 'the' object naming an event an earlier sentence told of points back ('mourning for the victims', 'to the meeting')", () => {
    const body = [
      "A Ukrainian drone struck a college dormitory in Starobilsk on Friday, killing six students.",
      "The Kremlin-installed authorities of the Luhansk region announced two days of mourning for the victims.",
      "Nations meet for COP30 in Belém on 10 November.",
      "The Trump administration is not expected to send any high-level representatives to the meeting.",
    ].join(" ");
    const qs = active(body);
    expect(qs.filter((q) => /for the victims|to the meeting/.test(q.prompt))).toEqual([]);
  });
  test("... but not the event the article is about, nor one a leading phrase only sets the scene with", () => {
    const attack = "Russia attacked Kyiv on Sunday with missiles and drones. At least 83 people were wounded in the attack. The attack damaged 50 locations. Officials said the attack was the largest this year. Zelenskyy condemned the attack on Telegram.";
    expect(active(attack).some((q) => /wounded in the attack/.test(q.prompt))).toBe(true);
    expect(checkNoUnresolvedPronoun("Speaking at the event, Zafer Sırakaya said the declaration was signed in 2021.")).toBeNull();
    const seedLike = "Türkiye and Azerbaijan marked the anniversary of the declaration in Ankara on Monday. Speaking at the event, Zafer Sırakaya said the declaration was signed in 2021 in Shusha. The two countries signed it after the war.";
    expect(active(seedLike).some((q) => /^Speaking at the event/.test(q.prompt))).toBe(true);
  });
  test("a famous leader after their country's possessive is general knowledge, and is not swapped in or out ('France's _____' -> Emmanuel Macron)", () => {
    const body = "Russia struck Kyiv with a hypersonic missile on Sunday. Kyiv’s European allies, including France’s Emmanuel Macron and Germany’s Friedrich Merz, condemned the Russian strikes in 2025. Volodymyr Zelenskyy said the strikes hit Kyiv. Volodymyr Zelenskyy asked for more air defence in 2025.";
    const qs = active(body);
    expect(qs.filter((q) => /France’s _____/.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => q.kind === "true_false" && /France’s (?!Emmanuel Macron)/.test(q.prompt))).toEqual([]);
  });
});

describe("capitals for governments and politicians' swaps (blind45, ninth session)", () => {
  test("'Beijing has endorsed ...' is not asked 'Which city ...?', and 'Washington's climate U-turn' is offered no cities", () => {
    const body = "China is the world's largest emitter of carbon dioxide. Beijing has endorsed a Brazil-led finance programme aimed at preserving tropical forests in 2025. Whether Washington’s climate U-turn affected China’s targets is hard to tell. The United States left the Paris accord in 2025. Officials in Beijing and Washington met in Paris in 2024.";
    const qs = active(body);
    expect(qs.filter((q) => /^Which city/.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => q.kind === "multiple_choice" && /^(?:Beijing|Washington)$/.test(q.answer))).toEqual([]);
    expect(qs.filter((q) => q.answer === "Washington" && q.prompt.includes("_____")).every((q) => (q.acceptedAnswers ?? []).includes("United States"))).toBe(true);
  });
});

describe("the kind the first sentence gives the titled subject stands for it (blind46, ninth session)", () => {
  test("'The city was ransacked ...' in 'Toronto' reads 'Toronto was ransacked ...'; 'The animal' in 'Okapi' reads 'The okapi'", () => {
    const toronto = generateQuestions({ slug: "t", title: "Toronto", body: "Toronto is the most populous city in Canada and the provincial capital of Ontario.\n\nIn 1813, the Battle of York ended in the capture of the town by US forces. The city was ransacked again during the War of 1812 by troops from the south. The city grew rapidly through the 19th century as a destination for immigrants." }).questions.filter((q) => q.status === "active");
    expect(toronto.some((q) => /^Toronto grew rapidly/.test(q.prompt))).toBe(true);
    expect(toronto.filter((q) => /^The city grew/.test(q.prompt))).toEqual([]);
    const okapi = generateQuestions({ slug: "o", title: "Okapi", body: "The okapi (Okapia johnstoni) is an artiodactyl mammal that is endemic to the Democratic Republic of the Congo.\n\nThe okapi lives in forests. The animal was brought to European attention by press reports covering Henry Morton Stanley's journeys in 1887." }).questions.filter((q) => q.status === "active");
    expect(okapi.some((q) => /^The okapi was brought/.test(q.prompt))).toBe(true);
  });
  test("not after another place is named: 'the capture of the town of York. The town was renamed ...' stays as it is", () => {
    const qs = generateQuestions({ slug: "t", title: "Toronto", body: "Toronto is the most populous city in Canada and the provincial capital of Ontario.\n\nSettlers founded the town of York near the lake. The town was renamed in 1834 after its incorporation." }).questions;
    expect(qs.filter((q) => /^Toronto was renamed/.test(q.prompt))).toEqual([]);
  });
});

describe("stems cut to what holds the fact (blind36, 44, 45, 46; tenth session)", () => {
  const titled = (title: string, body: string) => generateQuestions({ slug: "t", title, body }).questions.filter((q) => q.status === "active");
  test("'the city' inside a clause names the titled place ('... the largest group in the city' -> 'in Toronto'), but not after another place", () => {
    const qs = titled("Toronto", "Toronto is the most populous city in Canada and the provincial capital of Ontario.\n\nThe Great Irish Famine brought many immigrants in the 1840s. By 1851, the Irish-born population had become the largest single ethnic group in the city. Since 1954, the city occasionally expanded its borders through amalgamation with five municipalities.\n\nThe Oreshnik struck the city of Bila Tserkva in 2024. Investors praised the city in 2025 for its quick repairs.");
    expect(qs.some((q) => /group in Toronto/.test(q.prompt))).toBe(true);
    expect(qs.some((q) => /^Since (?:1954|_____), Toronto occasionally/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /group in the city|, the city occasionally/.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => /praised Toronto/.test(q.prompt))).toEqual([]);
  });
  test("a connective that ties the sentence to the one before goes ('Thereafter,', 'Subsequently,', 'Elsewhere,')", () => {
    const qs = active("The first assembly was dissolved in 1954. Thereafter, the Governor General convened the Second Constituent Assembly in May 1955. Subsequently, zoologist Ray Lankester declared the okapi a new genus in 1901. Elsewhere, a drone killed a civilian in the town of Grayvoron in 2025.");
    expect(qs.filter((q) => /^(?:Thereafter|Subsequently|Elsewhere),/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => /\bthe Governor General convene/.test(q.prompt))).toBe(true);
    // (the word after it is the subject's, in its own case: not "When did Zoologist Ray Lankester declare ...?")
    expect(qs.filter((q) => /^When did Zoologist/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => /^When did zoologist Ray Lankester declare/.test(q.prompt))).toBe(true);
  });
  test("an aside between two spaced dashes goes like a bracket, but stands as the comma after a clause put first", () => {
    const qs = active("Whale experts regard New Zealand – or Aotearoa as it is called by Māori – as the whale stranding capital of the world, with more than 5,000 incidents recorded since 1840. As more whales beach and die – from exhaustion or heat stroke – the Ngātiwai tribe has grown worried since 2019.");
    expect(qs.some((q) => /^Whale experts regard New Zealand as the whale stranding capital/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /Aotearoa/.test(q.prompt) && q.answer !== "Aotearoa")).toEqual([]);
    expect(qs.filter((q) => /die (?:the|_____)/.test(q.prompt))).toEqual([]);
  });
  test("a stem over thirty words loses a closing participle phrase after the fact; a short one keeps it", () => {
    const long = "Below the top flight of Scottish football the club from the town of Kirkcaldy in the region of Fife has won the second tier of the national league five times since it was founded in 1883, coming runners-up on the same number of occasions, the last of them in 2013.";
    expect(active(long).some((q) => /^Below the top flight[^,]*five times since it was founded in (?:1883|_____)\.$/.test(q.prompt))).toBe(true);
    const short = "Smaller numbers of Protestant Irish immigrants arrived in Toronto in 1851, giving the Orange Order a long influence.";
    expect(active(short).some((q) => /giving the Orange Order/.test(q.prompt))).toBe(true);
  });
  test("a title's slip comma before its verb goes ('The Governor General, convened'); a participle set off as an aside keeps both", () => {
    expect(cleanDisplay("The Governor General, convened the Second Constituent Assembly in _____.")).toBe("The Governor General convened the Second Constituent Assembly in _____.");
    expect(cleanDisplay("The Beatles, formed in Liverpool, were the best-selling band of the 1960s.")).toBe("The Beatles, formed in Liverpool, were the best-selling band of the 1960s.");
  });
  test("a game note's label goes ('Lakers: Kyle Kuzma left ...'), and '. ...' between two notes ends the first", () => {
    expect(cleanDisplay("Lakers: Kyle Kuzma left the court in the second quarter after teenager _____ hit him.")).toBe("Kyle Kuzma left the court in the second quarter after teenager _____ hit him.");
    const body = "Thunder: F Hamidou Diallo missed his third straight game with a left knee sprain. ... Schröder got a technical foul in the third quarter.";
    expect(splitSentences(body).map((s) => body.slice(s.start, s.end))).toEqual(["Thunder: F Hamidou Diallo missed his third straight game with a left knee sprain.", "Schröder got a technical foul in the third quarter."]);
  });
});

describe("from the blind47 read (tuned on it after its measure), tenth session", () => {
  test("who said it is no key when what they said is the fact ('According to _____, the BCS is ...'), but a president's words are the news", () => {
    const body = "Jonathan Rosand, a neurologist at Massachusetts General Hospital, led the study in 2023. The Brain Care Score measures brain health on 12 factors. According to Rosand, the BCS is a tangible way for people to take charge of their brain health. Because dementia affects people around the world, Rosand says everyone can benefit from using the BCS. Aleksandra Price, a neurologist at Stanford, reviewed the study. Price added that insulin resistance is another important factor in preventing dementia.";
    const qs = active(body);
    expect(qs.filter((q) => /^_____ added that insulin/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => /^Price added that insulin/.test(q.prompt))).toBe(true);
    // (the seed's "In a message to the event, President _____ said that ..." stays active: the golden file holds it)
    const seed = readFileSync(path.join(process.cwd(), "tests/generation/__golden__/shusha-declaration.json"), "utf8");
    expect(seed).toContain("In a message to the event, President _____ said");
  });
  test("a place and its region glued to the first word by a dash is a dateline ('Santa Barbara, California—Reclusive ...')", () => {
    expect(cleanDisplay("Santa Barbara, California—Reclusive and disaffected, Ettore Majorana liked to work in the shadows.")).toBe("Reclusive and disaffected, Ettore Majorana liked to work in the shadows.");
    expect(active("Santa Barbara, California—Reclusive and disaffected, Ettore Majorana vanished in 1938. Majorana was born in Catania in 1906.").filter((q) => q.answer === "Santa Barbara" || /California—/.test(q.prompt))).toEqual([]);
  });
  test("'them' with nothing plural before it, 'this strange choreography' after a phrase, and a study's 'Participants' point back", () => {
    expect(checkNoUnresolvedPronoun("Environmental noise can easily disturb them, leading to a collapse to a definite 0 or _____ state.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Since 2011, anybody has been able to buy illegal drugs from the deep web and have them delivered to their door.")).toBeNull();
    expect(checkNoUnresolvedPronoun("Thanks to a paper in 1997 by the physicist _____, then at Russia’s Landau Institute, this strange electron choreography became the blueprint for a new computer.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Although the vote was 51.6% in favour of leaving, this figure did not reach the _____ threshold.")).toBeNull();
    expect(checkNoUnresolvedPronoun("Participants older than 59 had an _____ lower risk of dementia.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Participants in the study who scored higher had a _____ lower risk of dementia.")).toBeNull();
  });
  test("'Plus,' opening a sentence goes like 'Also,'", () => {
    expect(active("The score has 12 factors. Plus, improving on any factor will also provide overall health benefits by 2030.").filter((q) => /^Plus,/.test(q.prompt))).toEqual([]);
  });
});

describe("the shorter right name is accepted, and an agreement's place is no key (blind43, 45, 46; tenth session)", () => {
  test("'Magic Keyboard' for 'Bluetooth-enabled Magic Keyboard' and 'Loyalists' for 'United Empire Loyalists' when the article names them so; not 'Rhine' for 'Alpine Rhine'", () => {
    const keyboard = generate("Apple released the Magic Keyboard in 2015. The new keyboard uses a scissor switch that is almost identical to the Bluetooth-enabled Magic Keyboard that Apple released in 2015. Critics praised the Magic Keyboard in 2016.");
    expect(keyboard.filter((q) => q.answer === "Bluetooth-enabled Magic Keyboard").every((q) => (q.acceptedAnswers ?? []).includes("Magic Keyboard"))).toBe(true);
    expect(keyboard.some((q) => q.answer === "Bluetooth-enabled Magic Keyboard")).toBe(true);
    const loyalists = generate("During the American Revolutionary War, British settlers arrived as United Empire Loyalists fled north of Lake Ontario in 1783. The Loyalists brought slaves with them in 1784.");
    expect(loyalists.filter((q) => q.answer === "United Empire Loyalists").every((q) => (q.acceptedAnswers ?? []).includes("Loyalists"))).toBe(true);
    expect(loyalists.some((q) => q.answer === "United Empire Loyalists")).toBe(true);
    const rhine = generate("The Alpine Rhine begins in the Swiss canton of Graubünden in 1900. The Rhine flows into the North Sea near Rotterdam in 1900.");
    expect(rhine.filter((q) => q.answer === "Alpine Rhine" && (q.acceptedAnswers ?? []).includes("Rhine"))).toEqual([]);
  });
  test("'the _____ accord' -> Paris, when the article keeps naming the Paris accord, is no question", () => {
    const body = [
      "China announced new climate targets in September 2025 at the United Nations in New York.",
      "The United States left the Paris accord in 2025.",
      "Xi Jinping promised to cut emissions by 7% by 2035.",
      "Analysts at the Centre for Research on Energy and Clean Air called the target modest.",
      "China has driven 90% of the growth in emissions since 2015, the year the Paris agreement was adopted.",
      "China installed 277 gigawatts of solar power in 2024.",
      "The countries have different statuses under the Paris agreement, analysts in Helsinki say.",
      "Brazil hosts COP30 in Belém in November 2025.",
      "The European Union pledged to cut emissions by 90% by 2040.",
      "India plans to reach net zero by 2070.",
      "Japan restarted two nuclear reactors in Fukui in 2024.",
      "Canada introduced a carbon tax in 2019 under Justin Trudeau.",
      "Mexico expanded its wind farms in Oaxaca by 40% in 2023.",
      "Kenya generates 90% of its electricity from renewable sources.",
      "Germany closed its last three nuclear plants in April 2023.",
      "Australia agreed to host COP31 with Pacific nations in 2026.",
    ].join(" ");
    expect(active(body).filter((q) => q.answer === "Paris")).toEqual([]);
    expect(active(body).some((q) => q.answer === "Belém" || q.answer === "2015" || q.answer === "90%")).toBe(true);
  });
});

describe("from the blind46 and blind48 reads (tuned on them after their measure), tenth session", () => {
  test("'the term' in an article on a word names it ('the term “statistics” entered the English language')", () => {
    const qs = generateQuestions({ slug: "s", title: "Statistics", body: "Statistics is the discipline that concerns the collection, organization, analysis and presentation of data.\n\nIn 1770, the term entered the English language through German and referred to the study of political arrangements. The term gained its modern meaning in the 1790s in John Sinclair's works." }).questions.filter((q) => q.status === "active");
    expect(qs.filter((q) => /\b[Tt]he term (?!“statistics”)/i.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => /the term “statistics” entered/i.test(q.prompt))).toBe(true);
  });
  test("a reserve is a place, not a person among the people ('Pukaki Scientific Reserve')", () => {
    const body = [
      "Robert Hoare first spotted the elusive Izatha psychra, an endangered moth in New Zealand, on a warm night in 2005. At the center of the South Island, amid the fenced flats of the Pukaki Scientific Reserve, the entomologist erected a light trap.",
      "In August 2020, a fire that began near Lake Pukaki raged across more than 7,600 acres of forest and scrub, including most of the Pukaki Scientific Reserve.",
      "I. psychra’s discovery dates to the late-19th century, when the naturalist John Davies Enys collected the first known specimen, now residing in London’s Natural History Museum.",
      "In 2022, Eric Edwards of the Department of Conservation set up traps in the reserve. Edwards saw something resembling I. psychra, a glimmer of hope for the species. Nelson and his team rebuilt the damaged fence in 2021.",
    ].join("\n\n");
    expect(typeByHead("Pukaki Scientific Reserve", [])).toMatchObject({ type: "place" });
    const qs = active(body);
    expect(qs.filter((q) => (q.choices ?? []).some((c) => /Reserve/.test(c)) && /Enys|Edwards|Hoare|Nelson/.test(q.answer))).toEqual([]);
    expect(qs.filter((q) => q.kind === "true_false" && /naturalist Pukaki/.test(q.prompt))).toEqual([]);
  });
  test("no 'Who' for a place the verb builds or makes a city ('Who became a city in 1834?'), and a people's adjective keeps its capital", () => {
    const qs = active("The settlement of York was founded by Simcoe in 1793. York became a city in 1834 and was renamed Toronto. Fort York was constructed at the entrance of the harbour in 1793. French traders founded Fort Rouillé on the Exhibition grounds in 1750. York hosted a fair in 1840.");
    expect(qs.filter((q) => /^Who (?:became a city|was constructed)/.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => /\bfrench traders\b/.test(q.prompt))).toEqual([]);
  });
  test("a question does not end on 'in contrast'", () => {
    const qs = active("An experimental study involves taking measurements of the system under study, manipulating the system, and then taking additional measurements. In contrast, an observational study does not involve experimental manipulation. Census data are collected every ten years in 2020.");
    expect(qs.filter((q) => /in contrast\?$/.test(q.prompt))).toEqual([]);
  });
});

describe("roles and forts (blind46, blind48; tenth session)", () => {
  test("a bare role is no question ('Who is Heather Humphreys?' 'Former government minister'); one with its country stays", () => {
    const body = "Catherine Connolly is poised to win Ireland's presidency in 2025. Her only challenger is former government minister Heather Humphreys, who trails by 20 points. Humphreys conceded on Saturday in Dublin. Humphreys had served in the cabinet since 2014. Azerbaijani President Ilham Aliyev visited Dublin in 2024. Aliyev met Connolly in 2024. Aliyev spoke about gas in 2024.";
    const qs = active(body);
    expect(qs.filter((q) => /^Who is (?:Heather Humphreys\?|the former government minister)/.test(q.prompt))).toEqual([]);
  });
  test("'Fort York' is a fort, not a person the lone 'York' names", () => {
    const body = "In 1793, Simcoe established the town of York on the existing settlement. Fort York was constructed at the entrance of the town's natural harbour in 1793. York became a city in 1834. York was incorporated as the City of Toronto on March 6, 1834. US soldiers destroyed much of Fort York in 1813.";
    const types = analyzeArticle({ body: "The settlement became York. York became a city in 1834. York was incorporated as the City of Toronto in 1834. Fort York was constructed at the entrance of the harbour. US soldiers destroyed much of Fort York in 1813." }).sentences.flatMap((s) => s.mentions).filter((m) => /York$/.test(m.text)).map((m) => m.type);
    expect(types.length).toBeGreaterThan(0);
    expect(types.filter((t) => t === "person")).toEqual([]);
    const qs = active(body);
    expect(qs.filter((q) => /^Who (?:was constructed|became a city|was incorporated)/.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => q.kind === "true_false" && /^Simcoe was incorporated/.test(q.prompt))).toEqual([]);
    expect(qs.filter((q) => q.answer === "Fort York" && (q.choices ?? []).includes("Simcoe"))).toEqual([]);
  });
});

describe("'The genus' and 'gone farther' point back (blind48, tenth session)", () => {
  test("'The genus is known to feed on ...' and 'Connolly has gone farther, defending ...' are unresolved; 'further than' is not", () => {
    expect(checkNoUnresolvedPronoun("The genus is known to feed on deadwood, dead leaves or _____, according to Hoare.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Connolly has gone farther, defending _____’ right to play a future role.")).toBe("unresolved-pronoun");
    expect(checkNoUnresolvedPronoun("Connolly has gone further than any candidate in defending _____.")).toBeNull();
  });
});

describe("from the blind49 read (tuned on it after its measure), tenth session", () => {
  test("'The tower' in 'Eiffel Tower' reads 'The Eiffel Tower', as the article writes it, not 'Eiffel Tower is 324 m tall'", () => {
    const qs = generateQuestions({ slug: "e", title: "Eiffel Tower", body: "The Eiffel Tower is an iron lattice tower located on the Champ de Mars in Paris, France. It was named after the engineer Gustave Eiffel.\n\nThe tower is 324 m tall, about the same height as an 81-storey building. The Eiffel Tower received its 250 millionth visitor in 2010." }).questions.filter((q) => q.status === "active");
    expect(qs.filter((q) => /(?:^|[^e] )Eiffel Tower (?:is|has|received)/.test(q.prompt))).toEqual([]);
    expect(qs.some((q) => /^The Eiffel Tower is (?:324|_____) m tall/.test(q.prompt))).toBe(true);
  });
  test("'a' or 'an' as the figure after it is said ('a 120-storey building' where a false statement swapped '81')", () => {
    expect(cleanDisplay("It is about the same height as an 120-storey building.")).toBe("It is about the same height as a 120-storey building.");
    expect(cleanDisplay("It is about the same height as a 81-storey building.")).toBe("It is about the same height as an 81-storey building.");
    expect(cleanDisplay("She was an 18-year-old student with a 1,000-page thesis.")).toBe("She was an 18-year-old student with a 1,000-page thesis.");
  });
  test("a capitals-only dateline with no dash goes ('NEW YORK General Electric Co said ...'), but not an agency's name ('NASA Administrator ...')", () => {
    expect(cleanDisplay("NEW YORK General Electric Co said on Wednesday it will move its headquarters to Boston.")).toBe("General Electric Co said on Wednesday it will move its headquarters to Boston.");
    expect(cleanDisplay("NASA Administrator Bill Nelson said the launch would go ahead.")).toBe("NASA Administrator Bill Nelson said the launch would go ahead.");
  });
});
