// Owns which topic tags are the same topic. Questions are tagged by hand
// ("people", "roles") and by the generator ("person", "role"); a chart that
// listed both would split one topic's answers across two rows. Pure.

/** Plurals that do not follow the -s/-es/-ies rules, and words ending in s that are not plurals. */
const IRREGULAR: Readonly<Record<string, string>> = {
  people: "person",
  children: "child",
  men: "man",
  women: "woman",
  news: "news",
  series: "series",
};

/** The singular a tag shares with its other number: "people" → "person", "roles" → "role", "cities" → "city". */
function singularOf(tag: string): string {
  const irregular = IRREGULAR[tag];
  if (irregular) return irregular;
  if (tag.length > 4 && tag.endsWith("ies")) return `${tag.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(tag)) return tag.slice(0, -2);
  if (tag.length > 3 && tag.endsWith("s") && !/(ss|us|is|ics)$/.test(tag)) return tag.slice(0, -1);
  return tag;
}

const tidy = (tag: string) => tag.trim().toLowerCase();

/**
 * Each tag (as written) → the topic it counts under. Tags are compared
 * trimmed and lower-cased; tags with the same singular are one topic, named
 * by its plural when one of them is plural (a topic reads as a category:
 * "people"), else by the singular.
 */
export function mergeTopicTags(tags: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  const written = [...new Set(tags)];
  for (const tag of written) {
    const word = tidy(tag);
    const singular = singularOf(word);
    const name = names.get(singular);
    if (name === undefined || (name === singular && word !== singular) || (word !== singular && word < name)) names.set(singular, word);
  }
  return new Map(written.map((tag) => [tag, names.get(singularOf(tidy(tag)))!]));
}

/** A topic as a chart or table shows it: "turkic-world" → "Turkic world". */
export function topicLabel(topic: string): string {
  const words = topic.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
