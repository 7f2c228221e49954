// Owns the small world-knowledge list shipped with the generator: places with
// what contains them, aliases and demonyms, a few organisations and people.
// It supplies distractors when an article has too few of a type, aliases for
// accepted answers, and the containment facts that keep a distractor from
// being also true (a region that contains the answer is not a wrong answer).

export type GazType = "country" | "city" | "region" | "organisation" | "person";

export type GazEntry = {
  name: string;
  type: GazType;
  aliases?: string[];
  /** Places that contain this one (a country's regions, a city's country). */
  within?: string[];
  demonym?: string;
  subtype?: string;
};

const C = (name: string, within: string[], demonym?: string, aliases?: string[]): GazEntry => ({
  name,
  type: "country",
  within,
  ...(demonym ? { demonym } : {}),
  ...(aliases ? { aliases } : {}),
});
const CITY = (name: string, within: string[], aliases?: string[]): GazEntry => ({
  name,
  type: "city",
  within,
  ...(aliases ? { aliases } : {}),
});
const CONTINENTS = new Set(["Europe", "Asia", "Africa", "North America", "South America", "Oceania", "Eurasia", "Antarctica"]);
const R = (name: string, within: string[] = [], aliases?: string[]): GazEntry => ({
  name,
  type: "region",
  subtype: CONTINENTS.has(name) ? "continent" : "region",
  within,
  ...(aliases ? { aliases } : {}),
});
const O = (name: string, subtype: string, aliases?: string[]): GazEntry => ({
  name,
  type: "organisation",
  subtype,
  ...(aliases ? { aliases } : {}),
});
const P = (name: string, subtype: string): GazEntry => ({ name, type: "person", subtype });

export const GAZETTEER: GazEntry[] = [
  // Continents and large regions.
  R("Europe", ["Eurasia"]), R("Asia", ["Eurasia"], ["wider Asia"]), R("Africa"), R("North America"), R("South America"), R("Oceania"),
  R("Eurasia"), R("Middle East", ["Asia"]), R("Central Asia", ["Asia", "Eurasia"]),
  R("Caucasus", ["Eurasia"], ["Southern Caucasus", "South Caucasus"]), R("Balkans", ["Europe"]),
  R("Scandinavia", ["Europe"]), R("Southeast Asia", ["Asia"]), R("East Asia", ["Asia"]),
  R("Latin America"), R("Mediterranean"), R("Arctic"), R("Antarctica"),
  R("Karabakh", ["Azerbaijan", "Caucasus"], ["Nagorno-Karabakh"]), R("Nakhchivan", ["Azerbaijan", "Caucasus"]),
  R("Arabia", ["Asia", "Middle East"], ["Arabian Peninsula"]), R("Anatolia", ["Türkiye"]), R("Siberia", ["Russia", "Asia"]), R("Crimea", ["Ukraine"]), R("Kashmir", ["Asia"]),
  R("Silicon Valley", ["United States", "California"]), R("California", ["United States"]), R("Texas", ["United States"]),
  R("Bavaria", ["Germany"]), R("Catalonia", ["Spain"]), R("Lombardy", ["Italy"]), R("Patagonia", ["South America"]),
  // Countries.
  C("Türkiye", ["Eurasia", "Middle East"], "Turkish", ["Turkey", "Turkiye", "Republic of Türkiye"]),
  C("Azerbaijan", ["Caucasus", "Eurasia"], "Azerbaijani", ["Republic of Azerbaijan"]),
  C("Armenia", ["Caucasus", "Eurasia"], "Armenian"), C("Georgia", ["Caucasus", "Eurasia"], "Georgian"),
  C("Russia", ["Europe", "Asia", "Eurasia"], "Russian", ["Russian Federation"]),
  C("Iran", ["Middle East", "Asia"], "Iranian"), C("Pakistan", ["Asia"], "Pakistani"),
  C("Kazakhstan", ["Central Asia", "Asia"], "Kazakh"), C("Kyrgyzstan", ["Central Asia", "Asia"], "Kyrgyz"),
  C("Uzbekistan", ["Central Asia", "Asia"], "Uzbek"), C("Turkmenistan", ["Central Asia", "Asia"], "Turkmen"),
  C("Tajikistan", ["Central Asia", "Asia"], "Tajik"), C("Hungary", ["Europe"], "Hungarian"),
  C("Ukraine", ["Europe"], "Ukrainian"), C("Poland", ["Europe"], "Polish"), C("Germany", ["Europe"], "German"),
  C("France", ["Europe"], "French"), C("Italy", ["Europe"], "Italian"), C("Spain", ["Europe"], "Spanish"),
  C("Portugal", ["Europe"], "Portuguese"), C("Netherlands", ["Europe"], "Dutch", ["Holland"]),
  C("Belgium", ["Europe"], "Belgian"), C("Switzerland", ["Europe"], "Swiss"), C("Austria", ["Europe"], "Austrian"),
  C("Sweden", ["Europe", "Scandinavia"], "Swedish"), C("Norway", ["Europe", "Scandinavia"], "Norwegian"),
  C("Denmark", ["Europe", "Scandinavia"], "Danish"), C("Finland", ["Europe"], "Finnish"),
  C("United Kingdom", ["Europe"], "British", ["UK", "U.K.", "Britain", "Great Britain"]), C("Ireland", ["Europe"], "Irish"),
  C("Greece", ["Europe", "Balkans"], "Greek"), C("Serbia", ["Europe", "Balkans"], "Serbian"),
  C("Croatia", ["Europe", "Balkans"], "Croatian"), C("Romania", ["Europe"], "Romanian"), C("Bulgaria", ["Europe", "Balkans"], "Bulgarian"),
  C("United States", ["North America"], "American", ["US", "USA", "U.S.", "United States of America", "America"]),
  C("Canada", ["North America"], "Canadian"), C("Mexico", ["North America", "Latin America"], "Mexican"),
  C("Brazil", ["South America", "Latin America"], "Brazilian"), C("Argentina", ["South America", "Latin America"], "Argentine", ["Argentinian"]),
  C("Chile", ["South America", "Latin America"], "Chilean"), C("Colombia", ["South America", "Latin America"], "Colombian"),
  C("China", ["Asia", "East Asia"], "Chinese", ["People's Republic of China"]), C("Japan", ["Asia", "East Asia"], "Japanese"),
  C("South Korea", ["Asia", "East Asia"], "South Korean", ["Korea"]), C("India", ["Asia"], "Indian"),
  C("Indonesia", ["Asia", "Southeast Asia"], "Indonesian"), C("Vietnam", ["Asia", "Southeast Asia"], "Vietnamese"),
  C("Thailand", ["Asia", "Southeast Asia"], "Thai"), C("Malaysia", ["Asia", "Southeast Asia"], "Malaysian"),
  C("Australia", ["Oceania"], "Australian"), C("New Zealand", ["Oceania"], "New Zealander"),
  C("Egypt", ["Africa", "Middle East"], "Egyptian"), C("Nigeria", ["Africa"], "Nigerian"), C("Kenya", ["Africa"], "Kenyan"),
  C("South Africa", ["Africa"], "South African"), C("Morocco", ["Africa"], "Moroccan"), C("Ethiopia", ["Africa"], "Ethiopian"),
  C("Saudi Arabia", ["Middle East", "Asia"], "Saudi"), C("Qatar", ["Middle East", "Asia"], "Qatari"),
  C("Israel", ["Middle East", "Asia"], "Israeli"), C("Iraq", ["Middle East", "Asia"], "Iraqi"), C("Syria", ["Middle East", "Asia"], "Syrian"),
  C("United Arab Emirates", ["Middle East", "Asia"], "Emirati", ["UAE"]), C("Afghanistan", ["Asia"], "Afghan"),
  C("Soviet Union", ["Eurasia"], "Soviet", ["USSR"]),
  // Cities.
  CITY("Ankara", ["Türkiye"]), CITY("Istanbul", ["Türkiye"]), CITY("Izmir", ["Türkiye"]), CITY("Baku", ["Azerbaijan"]),
  CITY("Shusha", ["Karabakh", "Azerbaijan"]), CITY("Ganja", ["Azerbaijan"]), CITY("Yerevan", ["Armenia"]),
  CITY("Tbilisi", ["Georgia"]), CITY("Moscow", ["Russia"]), CITY("Tehran", ["Iran"]), CITY("Islamabad", ["Pakistan"]),
  CITY("Astana", ["Kazakhstan"]), CITY("Almaty", ["Kazakhstan"]), CITY("Bishkek", ["Kyrgyzstan"]), CITY("Tashkent", ["Uzbekistan"]),
  CITY("London", ["United Kingdom"]), CITY("Manchester", ["United Kingdom"]), CITY("Liverpool", ["United Kingdom"]),
  CITY("Paris", ["France"]), CITY("Lyon", ["France"]), CITY("Berlin", ["Germany"]), CITY("Munich", ["Germany", "Bavaria"]),
  CITY("Madrid", ["Spain"]), CITY("Barcelona", ["Spain", "Catalonia"]), CITY("Rome", ["Italy"]), CITY("Milan", ["Italy", "Lombardy"]),
  CITY("Amsterdam", ["Netherlands"]), CITY("Brussels", ["Belgium"]), CITY("Geneva", ["Switzerland"]), CITY("Zurich", ["Switzerland"]),
  CITY("Vienna", ["Austria"]), CITY("Stockholm", ["Sweden"]), CITY("Oslo", ["Norway"]), CITY("Copenhagen", ["Denmark"]),
  CITY("Helsinki", ["Finland"]), CITY("Dublin", ["Ireland"]), CITY("Athens", ["Greece"]), CITY("Warsaw", ["Poland"]),
  CITY("New York", ["United States"]), CITY("Washington", ["United States"]), CITY("Boston", ["United States"]),
  CITY("Chicago", ["United States"]), CITY("San Francisco", ["United States", "California"]), CITY("Los Angeles", ["United States", "California"], ["L.A."]),
  CITY("Seattle", ["United States"]), CITY("Houston", ["United States", "Texas"]), CITY("Toronto", ["Canada"]),
  CITY("Beijing", ["China"]), CITY("Shanghai", ["China"]), CITY("Shenzhen", ["China"]), CITY("Tokyo", ["Japan"]),
  CITY("Osaka", ["Japan"]), CITY("Seoul", ["South Korea"]), CITY("Mumbai", ["India"]), CITY("New Delhi", ["India"]),
  CITY("Singapore", ["Southeast Asia"]), CITY("Sydney", ["Australia"]), CITY("Melbourne", ["Australia"]),
  CITY("Cairo", ["Egypt"]), CITY("Lagos", ["Nigeria"]), CITY("Nairobi", ["Kenya"]), CITY("Dubai", ["United Arab Emirates"]),
  CITY("Doha", ["Qatar"]), CITY("Riyadh", ["Saudi Arabia"]), CITY("São Paulo", ["Brazil"], ["Sao Paulo"]),
  CITY("Rio de Janeiro", ["Brazil"]), CITY("Buenos Aires", ["Argentina"]), CITY("Mexico City", ["Mexico"]),
  // Organisations (subtype = head noun family, used to prefer like for like).
  O("United Nations", "international", ["UN", "U.N."]), O("North Atlantic Treaty Organization", "international", ["NATO"]),
  O("European Union", "international", ["EU"]), O("Organization of Turkic States", "international", ["OTS"]),
  O("Shanghai Cooperation Organisation", "international", ["SCO"]), O("Commonwealth of Independent States", "international", ["CIS"]),
  O("Organization for Security and Co-operation in Europe", "international", ["OSCE"]), O("African Union", "international", ["AU"]),
  O("Association of Southeast Asian Nations", "international", ["ASEAN"]), O("World Health Organization", "international", ["WHO"]),
  O("International Monetary Fund", "international", ["IMF"]), O("World Bank", "international"), O("World Trade Organization", "international", ["WTO"]),
  O("Organization of the Petroleum Exporting Countries", "international", ["OPEC"]), O("Council of Europe", "international"),
  O("Republican People's Party", "party", ["CHP"]), O("Nationalist Movement Party", "party", ["MHP"]),
  O("Justice and Development Party", "party", ["AK Party", "AKP"]), O("New Azerbaijan Party", "party", ["YAP"]),
  O("Labour Party", "party"), O("Conservative Party", "party"), O("Democratic Party", "party"), O("Republican Party", "party"),
  O("Christian Democratic Union", "party", ["CDU"]), O("Social Democratic Party", "party", ["SPD"]),
  O("National Aeronautics and Space Administration", "agency", ["NASA"]), O("European Space Agency", "agency", ["ESA"]),
  O("European Organization for Nuclear Research", "agency", ["CERN"]), O("National Institutes of Health", "agency", ["NIH"]),
  O("Food and Drug Administration", "agency", ["FDA"]), O("European Central Bank", "bank", ["ECB"]), O("Federal Reserve", "bank", ["Fed"]),
  O("Bank of England", "bank"), O("International Olympic Committee", "sport", ["IOC"]), O("FIFA", "sport"), O("UEFA", "sport"),
  O("World Athletics", "sport"), O("Premier League", "league"), O("La Liga", "league"), O("Bundesliga", "league"),
  O("Serie A", "league"), O("Ligue 1", "league"), O("Major League Soccer", "league", ["MLS"]), O("Eredivisie", "league"),
  O("Real Madrid", "club"), O("Bayern Munich", "club"), O("Juventus", "club"), O("Paris Saint-Germain", "club", ["PSG"]),
  O("Ajax", "club"), O("Celtic", "club"), O("Benfica", "club"), O("Galatasaray", "club"), O("Massachusetts Institute of Technology", "university", ["MIT"]), O("University of Oxford", "university", ["Oxford University"]),
  O("University of Cambridge", "university", ["Cambridge University"]), O("Stanford University", "university"), O("Harvard University", "university"),
  O("Max Planck Society", "institute"), O("Siemens", "company"), O("Volkswagen", "company"), O("Toyota", "company"), O("Samsung", "company"),
  O("Apple", "company"), O("Microsoft", "company"), O("Nestlé", "company", ["Nestle"]), O("Unilever", "company"), O("Shell", "company"),
  // People (distractors only when an article has too few of its own).
  P("Angela Merkel", "politician"), P("Emmanuel Macron", "politician"), P("Olaf Scholz", "politician"), P("Vladimir Putin", "politician"),
  P("Nikol Pashinyan", "politician"), P("Kassym-Jomart Tokayev", "politician"), P("Shavkat Mirziyoyev", "politician"),
  P("Shehbaz Sharif", "politician"), P("Marie Curie", "scientist"), P("Albert Einstein", "scientist"), P("Rosalind Franklin", "scientist"),
  P("Lionel Messi", "athlete"), P("Serena Williams", "athlete"), P("Usain Bolt", "athlete"), P("Warren Buffett", "business"),
];

const byNorm = new Map<string, GazEntry>();
const demonyms = new Map<string, GazEntry>();
function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/[’']/g, "'");
}
for (const e of GAZETTEER) {
  byNorm.set(fold(e.name), e);
  for (const a of e.aliases ?? []) if (!byNorm.has(fold(a))) byNorm.set(fold(a), e);
  if (e.demonym) demonyms.set(fold(e.demonym), e);
}

const foldCache = new Map<string, string>();
function foldCached(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    if (foldCache.size > 50_000) foldCache.clear();
    f = fold(s);
    foldCache.set(s, f);
  }
  return f;
}

export function lookupGazetteer(name: string): GazEntry | undefined {
  return byNorm.get(foldCached(name));
}

export function lookupDemonym(word: string): GazEntry | undefined {
  return demonyms.get(fold(word));
}

export function gazetteerOfType(type: GazType): GazEntry[] {
  return GAZETTEER.filter((e) => e.type === type);
}

/** Every place that (transitively) contains `name`, by gazetteer names. */
const containerCache = new Map<string, Set<string>>();
export function containersOf(name: string): Set<string> {
  const hit = containerCache.get(name);
  if (hit) return hit;
  const out = computeContainers(name);
  if (containerCache.size > 20_000) containerCache.clear();
  containerCache.set(name, out);
  return out;
}

function computeContainers(name: string): Set<string> {
  const out = new Set<string>();
  const stack = [name];
  while (stack.length) {
    const e = lookupGazetteer(stack.pop()!);
    for (const w of e?.within ?? []) {
      const canonical = lookupGazetteer(w)?.name ?? w;
      if (!out.has(canonical)) {
        out.add(canonical);
        stack.push(canonical);
      }
    }
  }
  return out;
}

/** True if one place contains the other, so naming one is not wrong for the other. */
export function placesOverlap(a: string, b: string): boolean {
  const ca = lookupGazetteer(a)?.name ?? a;
  const cb = lookupGazetteer(b)?.name ?? b;
  return containersOf(ca).has(cb) || containersOf(cb).has(ca);
}

/** National capitals that news uses for their governments ("Beijing said ..."). */
const CAPITALS = new Set(["Washington", "Beijing", "Moscow", "Kyiv", "Kiev", "London", "Paris", "Berlin", "Tokyo", "Tehran", "Ankara", "Baku", "Yerevan", "Tbilisi", "Brussels", "Pyongyang", "Seoul", "New Delhi", "Islamabad", "Kabul", "Damascus", "Baghdad", "Cairo", "Ottawa", "Canberra", "Rome", "Madrid", "Havana", "Caracas", "Riyadh", "Minsk", "Warsaw", "Beirut", "Hanoi", "Taipei", "Athens", "Jerusalem", "Mexico City", "Brasília", "Pretoria", "Nairobi", "Addis Ababa"]);

/** The country a capital stands for when news names it for its government ("Beijing" -> China), by the gazetteer's containment. */
export function countryGovernedFrom(name: string): string | undefined {
  return CAPITALS.has(name) ? lookupGazetteer(name)?.within?.[0] : undefined;
}

/** Known other names for a term (gazetteer aliases), excluding the term itself. */
export function aliasesOf(name: string): string[] {
  const e = lookupGazetteer(name);
  if (!e) return [];
  return [e.name, ...(e.aliases ?? [])].filter((a) => foldCached(a) !== foldCached(name));
}
