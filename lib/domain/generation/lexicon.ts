// Owns the closed word lists the rules lean on: head nouns that type a name
// ("... Party" is an organisation), titles that precede a person's name,
// speech verbs, common given names, words that are capitalised but not names.
// General English, not tied to any one article.

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const ORG_HEADS = set(`Party Organization Organisation Council Union Committee Ministry Institute University Agency
  Association Company Corporation Corp Inc Ltd Group Fund Forum Front League Movement Office Service Department Court
  Assembly Parliament Commission Authority Federation Society Foundation Center Centre Board Network Laboratory
  Laboratories Lab Museum School College Club Academy Church Bank Bureau Army Navy Force Forces Police Observatory
  Hospital Holdings Industries Technologies Systems Airlines Motors FC Team Congress Senate Cabinet Government
  Secretariat Alliance Consortium Institution Cooperative Trust Partners Capital Labs Pharmaceuticals Therapeutics
  United Rovers Athletic Wanderers Hotspur Albion CF Securities Investments Advisors Associates Insurance Airways
  Administration`);

export const ORG_SUBTYPE: Record<string, string> = {
  Party: "party", Council: "council", Assembly: "council", Parliament: "council", Congress: "council", Senate: "council",
  Cabinet: "council", Government: "council", Committee: "council", Commission: "council",
  Organization: "international", Organisation: "international", Union: "international", Alliance: "international",
  Federation: "sport", League: "league", Club: "club", FC: "club", Team: "club", United: "club", Rovers: "club",
  Athletic: "club", Wanderers: "club", Hotspur: "club", Albion: "club", CF: "club",
  University: "university", College: "university", School: "university", Academy: "university", Institute: "institute",
  Laboratory: "institute", Laboratories: "institute", Lab: "institute", Labs: "institute", Observatory: "institute",
  Center: "institute", Centre: "institute", Museum: "institute", Hospital: "institute", Foundation: "institute", Society: "institute",
  Agency: "agency", Ministry: "agency", Department: "agency", Office: "agency", Bureau: "agency", Authority: "agency", Service: "agency",
  Bank: "bank", Fund: "bank", Company: "company", Corporation: "company", Corp: "company", Inc: "company", Ltd: "company",
  Group: "company", Holdings: "company", Industries: "company", Technologies: "company", Systems: "company",
  Airlines: "company", Motors: "company", Consortium: "company", Capital: "company", Partners: "company",
  Pharmaceuticals: "company", Therapeutics: "company", Securities: "company", Investments: "company", Advisors: "company",
  Associates: "company", Insurance: "company", Airways: "company", Army: "military", Navy: "military", Force: "military", Forces: "military",
};

export const DOC_HEADS = set(`Declaration Treaty Agreement Accord Accords Charter Convention Act Protocol Pact Constitution
  Report Plan Strategy Resolution Memorandum Directive Bill Law Manifesto Doctrine Statement Initiative Roadmap
  Amendment Amendments Ordinance Decree Edict Covenant Proclamation Compact`);

export const EVENT_HEADS = set(`War Battle Summit Games Olympics Cup Championship Championships Conference Revolution Day
  Festival Election Elections Crisis Marathon Open Tournament Prix Series Expo Week Olympiad Prize Award Awards Congress
  Uprising Massacre Offensive Operation Mission Rally Derby Classic Final Finals Meeting Talks Symposium Fair`);

export const PLACE_HEADS = set(`River Mountain Mountains Mount Sea Ocean Lake Island Islands Province Region Valley Desert
  Gulf Bay Strait Peninsula City County Street Square Stadium Arena Park Airport Port Canal Corridor Basin Coast Hills
  Plateau Canyon Falls Reef Glacier Volcano Station Bridge Tower Palace Hall Circuit Gate`);

export const COUNTRY_HEADS = set(`Republic Kingdom Emirates Principality Sultanate`);

/** Words that may join two capitalised parts of one name. */
export const NAME_CONNECTORS = set(`of and the for on a de del da di van von der la le al bin &`);

/** Lower-case words inside a person's name ("Bill de Blasio", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = set(`van von de der den du da di del della dos das bin ibn ter ten`);

export const TITLES = set(`President Vice Prime Minister Chancellor King Queen Prince Princess Senator Governor Mayor Dr
  Dr. Professor Prof Prof. General Chairman Chairwoman Chairperson Chair CEO Coach Captain Judge Pope Sheikh Mr Mrs Ms
  Sir Dame Lord Lady Secretary Ambassador Commissioner Director Deputy Speaker Manager Chief Executive Officer
  Founder Emir Sultan Premier Lieutenant
  Colonel Major Admiral Marshal Sergeant Cardinal Bishop Rabbi Imam Dean Rector Striker Midfielder
  Goalkeeper Defender Researcher Scientist Astronomer Physicist Chemist Biologist Engineer Analyst Economist
  Administrator Writer Editor Producer Author Commander Inspector Superintendent Councillor Congressman Congresswoman
  Sociologist Psychologist Historian Anthropologist Archaeologist Geologist Ecologist Epidemiologist Neuroscientist
  Mathematician Philosopher Journalist Novelist Architect Photographer Activist Attorney`);

/** A title word that, on its own, is a role rather than part of a name. */
export const ROLE_NOUNS = set(`president prime minister chancellor king queen prince princess senator governor mayor
  professor general chairman chairwoman chairperson chair ceo coach captain judge pope secretary ambassador commissioner
  director deputy speaker manager chief executive officer founder head leader spokesperson spokesman spokeswoman
  minister member researcher scientist astronomer physicist chemist biologist engineer analyst economist striker
  midfielder goalkeeper defender forward author editor lecturer student fellow partner owner investor chairman cofounder
  co-founder vice-president vice-chair chancellor nurse teacher doctor lawyer officer resident driver passenger traveler
  traveller pilot farmer worker mother father student instructor meteorologist journalist reporter historian curator
  sociologist psychologist anthropologist archaeologist geologist ecologist epidemiologist neuroscientist mathematician
  philosopher novelist architect photographer activist attorney`);

/** Common nouns that introduce an organisation's name ("the investment firm Ipopema Securities"). */
export const ORG_NOUNS = set(`firm company bank group agency maker manufacturer operator organisation organization institute
  university broker consultancy fund party club team newspaper broadcaster network startup start-up insurer carrier airline
  retailer supplier producer developer lab laboratory charity foundation association union regulator exchange brand
  publisher studio label council ministry department court`);

export const SPEECH_VERBS = set(`said says told added stated explained noted wrote argued warned announced insisted
  claimed remarked commented replied declared confirmed described emphasized emphasised stressed urged recalled`);
/** Past and present forms of the commonest verbs of saying, for an attribution (", he said.", "“...,” says X"). */
export const SPEECH_FORMS = set(`said says added adds noted notes explained explains argued argues told tells wrote writes
  insisted insists recalled recalls`);

/** Prepositions after which a lone unknown name is probably a place ("to" is left out: "according to X"). */
/** Holidays and festivals: events, never places ("smooth sailing into Thanksgiving"). */
export const HOLIDAYS = set(`Thanksgiving Christmas Easter Halloween Hanukkah Passover Ramadan Eid Diwali Nowruz Novruz Kwanzaa
  Pentecost Lent Advent Epiphany Carnival Mardi Gras`);

export const LOCATION_PREPOSITIONS = set(`in at from near across toward towards into throughout within outside inside around`);

/** Capitalised words that are not names on their own. */
export const NOT_NAMES = set(`East West North South Northern Southern Eastern Western Central I The A An This That These
  Those It He She They We You Our Their His Her Its My Your Mr Mrs Ms Dr Today Yesterday Tomorrow However Meanwhile
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  If When Whoever Whatever Whichever Whenever Wherever While Whilst Although Though Because Since After Before Unless Until Once Whether Whereas Where Despite
  Thanks Given Following Also Still Yet Then Thus Hence Instead Indeed Recently Currently Later Earlier Soon
  AD BC BCE CE`);

/** The entity types that are places (for rules that treat a country, a city, a region and an untyped place alike). */
export const PLACE_TYPES: ReadonlySet<string> = new Set(["country", "city", "region", "place"]);

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const GIVEN_NAMES = set(`John James Robert Michael William David Richard Joseph Thomas Charles Daniel Matthew
  Anthony Mark Paul Steven Andrew Joshua Kevin Brian George Edward Peter Henry Jack Harry Oliver Noah Liam Lucas Leo
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Emily Emma Olivia Sophia
  Anna Maria Laura Julia Sofia Elena Clara Alice Hannah Grace Chloe Amelia Isabella Mia Charlotte Lucy Rachel Rebecca
  Helen Catherine Katherine Marie Claire Ingrid Astrid Sven Lars Erik Anders Nils Jens Hans Klaus Jürgen Wolfgang Stefan
  Markus Thomas Pierre Jean Jacques François Louis Antoine Marco Giulia Luca Giovanni Francesco Alessandro Carlos Juan
  José Luis Miguel Javier Diego Pablo Sergio Ana Carmen Lucía Pedro João Rafael Gabriel Ahmed Mohammed Muhammad Ali
  Hassan Hussein Omar Fatima Aisha Mehmet Mustafa Ahmet Emre Zeynep Elif Ayşe Fatma Recep Zafer Ilham Heydar Mikhail
  Dmitry Ivan Sergei Olga Natalia Tatiana Yuki Hiroshi Kenji Haruto Wei Li Chen Min Jin Raj Priya Amit Arjun Kwame
  Amara Chidi Ngozi Tunde Wanjiru Kofi Samuel Isaac Benjamin Nathan Ethan Ryan Adam Tom Tim Sam Ben Max Felix Jonas
  Lena Mila Nora Eva Zoe Ella Ruth Martha Rosa Irene Victoria Diana Sara Leila Layla Yasmin Nadia Amir Reza Ravi Sunil
  Kate Jane Amy Megan Lauren Nicole Michelle Angela Susanne Greta Frida Maja Tobias Mateo Santiago Valentina Camila`);

/** Stock exchanges whose tickers follow a company's name in brackets ("Amazon.com (NASDAQ:AMZN)"). */
export const STOCK_EXCHANGES = "NASDAQ|Nasdaq|NYSE|AMEX|LSE|TSX|OTC|NYSEMKT|NYSEARCA";
