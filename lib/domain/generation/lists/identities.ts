// Languages, and the countries the gazetteer does not hold with their
// demonyms (used for nationality lists and for "Scotland"/"Scottish" variants),
// and other names of one thing ("Persia"/"Iran", "Temüjin"/"Genghis Khan").
// The gazetteer stays the source for the countries it has.
import { list, type NameList } from "./list";

export type ExtraCountry = { name: string; within: readonly string[]; demonym: string; aliases?: readonly string[] };

/** A country, the gazetteer's regions it lies in (for like-for-like wrong answers), its demonym and other names. */
const C = (name: string, within: string[], demonym: string, ...aliases: string[]): ExtraCountry => ({
  name,
  within,
  demonym,
  ...(aliases.length ? { aliases } : {}),
});

export const EXTRA_COUNTRIES: readonly ExtraCountry[] = [
  C("Scotland", ["Europe"], "Scottish", "Scots"), C("England", ["Europe"], "English"), C("Wales", ["Europe"], "Welsh"), C("Northern Ireland", ["Europe"], "Northern Irish"),
  C("Mongolia", ["East Asia", "Asia"], "Mongolian"), C("Belarus", ["Europe"], "Belarusian"), C("Lithuania", ["Europe"], "Lithuanian"), C("Latvia", ["Europe"], "Latvian"),
  C("Estonia", ["Europe"], "Estonian"), C("Czech Republic", ["Europe"], "Czech", "Czechia"), C("Slovakia", ["Europe"], "Slovak"), C("Slovenia", ["Europe", "Balkans"], "Slovenian"),
  C("Albania", ["Europe", "Balkans"], "Albanian"), C("Bosnia and Herzegovina", ["Europe", "Balkans"], "Bosnian"), C("Iceland", ["Europe"], "Icelandic"),
  C("Luxembourg", ["Europe"], "Luxembourgish"), C("Peru", ["South America", "Latin America"], "Peruvian"), C("Venezuela", ["South America", "Latin America"], "Venezuelan"), C("Cuba", ["North America", "Latin America"], "Cuban"),
  C("Jamaica", ["North America", "Latin America"], "Jamaican"), C("Ghana", ["Africa"], "Ghanaian"), C("Algeria", ["Africa"], "Algerian"), C("Tunisia", ["Africa"], "Tunisian"),
  C("Lebanon", ["Middle East", "Asia"], "Lebanese"), C("Jordan", ["Middle East", "Asia"], "Jordanian"), C("Philippines", ["Southeast Asia", "Asia"], "Filipino"), C("Bangladesh", ["Asia"], "Bangladeshi"),
  C("Sri Lanka", ["Asia"], "Sri Lankan", "Ceylon"), C("Nepal", ["Asia"], "Nepali"), C("North Korea", ["East Asia", "Asia"], "North Korean"), C("Taiwan", ["East Asia", "Asia"], "Taiwanese"),
  C("Moldova", ["Europe"], "Moldovan"), C("North Macedonia", ["Europe", "Balkans"], "Macedonian"), C("Montenegro", ["Europe", "Balkans"], "Montenegrin"), C("Cyprus", ["Europe", "Middle East"], "Cypriot"),
  C("Malta", ["Europe"], "Maltese"), C("Libya", ["Africa"], "Libyan"), C("Sudan", ["Africa"], "Sudanese"), C("Tanzania", ["Africa"], "Tanzanian"), C("Uganda", ["Africa"], "Ugandan"),
  C("Senegal", ["Africa"], "Senegalese"), C("Myanmar", ["Southeast Asia", "Asia"], "Burmese", "Burma"), C("Cambodia", ["Southeast Asia", "Asia"], "Cambodian"), C("Laos", ["Southeast Asia", "Asia"], "Lao"),
  C("Uruguay", ["South America", "Latin America"], "Uruguayan"), C("Paraguay", ["South America", "Latin America"], "Paraguayan"), C("Bolivia", ["South America", "Latin America"], "Bolivian"), C("Ecuador", ["South America", "Latin America"], "Ecuadorian"),
  C("Kuwait", ["Middle East", "Asia"], "Kuwaiti"), C("Oman", ["Middle East", "Asia"], "Omani"), C("Yemen", ["Middle East", "Asia"], "Yemeni"), C("Bahrain", ["Middle East", "Asia"], "Bahraini"),
  C("Liechtenstein", ["Europe"], "Liechtensteiner"), C("Monaco", ["Europe"], "Monégasque"),
];

/**
 * Names of one thing, or of two things so entwined that both could be right
 * (the French and Indian War was the Seven Years' War in North America): any two
 * in a group are variants of each other.
 */
export const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ["Iran", "Persia"], ["Thailand", "Siam"], ["Istanbul", "Constantinople"], ["Beijing", "Peking"],
  ["Mumbai", "Bombay"], ["Kyiv", "Kiev"], ["Chennai", "Madras"], ["Kolkata", "Calcutta"], ["Volgograd", "Stalingrad"],
  ["Saint Petersburg", "Leningrad", "Petrograd"], ["Genghis Khan", "Temüjin", "Chinggis Khan"],
  ["First World War", "World War I", "Great War", "WWI"], ["Second World War", "World War II", "WWII"],
  ["Court of Justice of the European Union", "European Court of Justice", "CJEU", "ECJ"],
  ["Maastricht Treaty", "Treaty on European Union", "TEU"], ["Treaty on the Functioning of the European Union", "TFEU", "Treaty of Rome"],
  ["Philosophiæ Naturalis Principia Mathematica", "Principia"], ["Nineteen Eighty-Four", "1984"],
  ["Ögedei Khan", "Ögedei"], ["Kublai Khan", "Kublai"], ["Khwarazmian Empire", "Khwarezmid Empire"],
  ["Mount Everest", "Chomolungma", "Sagarmatha"], ["Denali", "Mount McKinley"], ["Uluru", "Ayers Rock"],
  ["Lake Constance", "Bodensee"], ["Rhine", "Rhein", "Rijn", "Rhin"], ["Danube", "Donau"],
  ["Seven Years' War", "French and Indian War"], ["Doctor Who", "Dr. Who"], ["Scottish Parliament", "Holyrood"],
  ["United Kingdom Parliament", "Parliament of the United Kingdom", "Westminster"],
  ["mitochondrion", "mitochondria"], ["Kingdom of Prussia", "Prussia"], ["Apollo program", "Project Apollo", "Apollo programme"],
];

export const IDENTITIES: NameList[] = [
  list("general", "language", "language", `English | French | German | Spanish | Portuguese | Italian | Dutch | Russian |
    Turkish | Azerbaijani | Arabic | Persian | Mandarin Chinese | Japanese | Korean | Hindi | Urdu | Bengali | Swahili |
    Greek | Latin | Polish | Ukrainian | Swedish | Hebrew | Mongolian | Kazakh | Uzbek | Romansh | Welsh |
    Scottish Gaelic | Irish | Basque | Catalan | Hungarian | Finnish`),
];
