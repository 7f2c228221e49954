// Languages, and the countries the gazetteer does not hold with their
// demonyms (used for nationality lists and for "Scotland"/"Scottish" variants),
// and other names of one thing ("Persia"/"Iran", "Temüjin"/"Genghis Khan").
// The gazetteer stays the source for the countries it has.
import { list, type NameList } from "./list";

export type ExtraCountry = { name: string; demonym: string; aliases?: readonly string[] };

const C = (name: string, demonym: string, ...aliases: string[]): ExtraCountry => ({
  name,
  demonym,
  ...(aliases.length ? { aliases } : {}),
});

export const EXTRA_COUNTRIES: readonly ExtraCountry[] = [
  C("Scotland", "Scottish", "Scots"), C("England", "English"), C("Wales", "Welsh"), C("Northern Ireland", "Northern Irish"),
  C("Mongolia", "Mongolian"), C("Belarus", "Belarusian"), C("Lithuania", "Lithuanian"), C("Latvia", "Latvian"),
  C("Estonia", "Estonian"), C("Czech Republic", "Czech", "Czechia"), C("Slovakia", "Slovak"), C("Slovenia", "Slovenian"),
  C("Albania", "Albanian"), C("Bosnia and Herzegovina", "Bosnian"), C("Iceland", "Icelandic"),
  C("Luxembourg", "Luxembourgish"), C("Peru", "Peruvian"), C("Venezuela", "Venezuelan"), C("Cuba", "Cuban"),
  C("Jamaica", "Jamaican"), C("Ghana", "Ghanaian"), C("Algeria", "Algerian"), C("Tunisia", "Tunisian"),
  C("Lebanon", "Lebanese"), C("Jordan", "Jordanian"), C("Philippines", "Filipino"), C("Bangladesh", "Bangladeshi"),
  C("Sri Lanka", "Sri Lankan", "Ceylon"), C("Nepal", "Nepali"), C("North Korea", "North Korean"), C("Taiwan", "Taiwanese"),
  C("Moldova", "Moldovan"), C("North Macedonia", "Macedonian"), C("Montenegro", "Montenegrin"), C("Cyprus", "Cypriot"),
  C("Malta", "Maltese"), C("Libya", "Libyan"), C("Sudan", "Sudanese"), C("Tanzania", "Tanzanian"), C("Uganda", "Ugandan"),
  C("Senegal", "Senegalese"), C("Myanmar", "Burmese", "Burma"), C("Cambodia", "Cambodian"), C("Laos", "Lao"),
  C("Uruguay", "Uruguayan"), C("Paraguay", "Paraguayan"), C("Bolivia", "Bolivian"), C("Ecuador", "Ecuadorian"),
  C("Kuwait", "Kuwaiti"), C("Oman", "Omani"), C("Yemen", "Yemeni"), C("Bahrain", "Bahraini"),
  C("Liechtenstein", "Liechtensteiner"), C("Monaco", "Monégasque"),
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
