// Owns the shape of a name list: which domain, fine type and subtype (and, in
// sport, which discipline) its names are wrong answers for.
import type { Discipline, Domain } from "../domains";
import type { FineType } from "../fine-types";

export type NameList = {
  domain: Domain;
  type: FineType;
  subtype: string;
  /** Sport only: the list is for one sport (chess players are no answer for a footballer). */
  discipline?: Discipline;
  names: readonly string[];
};

/** One list; `names` separated by "|" (names may hold commas), whitespace around them ignored. */
export function list(domain: Domain, type: FineType, subtype: string, names: string, discipline?: Discipline): NameList {
  return {
    domain,
    type,
    subtype,
    ...(discipline ? { discipline } : {}),
    names: names
      .split("|")
      .map((s) => s.trim().replace(/\s+/g, " "))
      .filter(Boolean),
  };
}
