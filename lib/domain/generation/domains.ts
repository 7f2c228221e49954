// Owns the domain of a text (politics, history, sport, biology ...): the field
// a teacher would file it under, which picks the lists wrong answers come from.
// Scored from weighted keywords and from names the domain lists know, so a
// verdict can be explained by the words that earned it.
import { domainNames } from "./lists";
import { foldDiacritics } from "./text";

export const DOMAINS = [
  "politics", "history", "sport", "biology", "physics", "mathematics", "technology", "space", "business", "law",
  "geography", "culture", "religion", "general",
] as const;
export type Domain = (typeof DOMAINS)[number];
type Topic = Exclude<Domain, "general">;

export const DISCIPLINES = ["football", "athletics", "tennis", "basketball", "chess", "motor-racing", "golf"] as const;
export type Discipline = (typeof DISCIPLINES)[number];

/**
 * Keywords per domain, "word:weight". A trailing "*" matches any word that
 * starts with it; several words make a phrase, which consumes its words (the
 * "prime" of "prime minister" does not count for mathematics, nor the "force"
 * of "air force" for physics).
 */
const KEYWORDS: Record<Topic, string> = {
  politics: `government:2 governments:2 parliament:2 parliamentary:2 election*:2 elected:1 vote:1 votes:1 voted:1
    voting:1 referendum:3 president:1 presidential:2 minister:2 ministers:2 prime_minister:2 first_minister:3 party:1
    parties:1 political:2 politician*:2 policy:1 policies:1 diplomat*:2 alliance:1 summit:2 sovereignty:2 bilateral:2
    trilateral:2 devolution:3 devolved:3 msps:3 mps:2 constituenc*:3 coalition:2 opposition:1 democracy:2 democratic:1
    cabinet:1 statesman:2 national_security:2 territorial_integrity:3 electorate:2 electoral:2 ballot:2 candidate*:1
    ambassador:2 embassy:2 nationalism:2 nationalist:2 independence:1 home_rule:3 self-government:3 legislature:1
    assembly:1 commission:1 partnership:1 cooperation:1 strategic:1`,
  history: `war:2 wars:2 battle*:2 army:2 armies:2 troops:2 soldier*:2 conquest*:2 conquer*:2 invasion*:2 invade*:2
    empire*:2 emperor*:2 king:1 kings:1 kingdom*:1 dynast*:2 colonies:2 colonial:2 colonists:2 colony:2 siege:2 fort:2
    forts:2 medieval:2 reign*:2 throne:2 tribe*:2 tribal:2 khan:2 khanate*:2 militia:2 regiment*:2 massacre*:2 rebellion:2
    ruler*:2 clan*:2 nomad*:2 warrior*:2 cavalry:2 fought:2 expedition*:1 successor:1 heir:1 ancient:1 century:1
    centuries:1 declared_war:3 allies:1 defeat*:1 victory:1 surrender*:2 treaty:1 raid*:2 slaughter*:2 vassal*:2`,
  sport: `season:1 league:2 championship*:2 tournament*:2 cup:1 scored:2 striker:3 midfielder:3 goalkeeper:3 coach:2
    coached:2 team:1 teams:1 player*:1 club:1 clubs:1 stadium:2 race:1 races:1 marathon:3 runner*:3 sprint*:2 athlete*:3
    athletics:3 olympic*:3 medal*:2 world_record:3 course_record:3 personal_best:3 finish:1 semi-final:2 referee:3
    football:3 soccer:3 tennis:3 basketball:3 cricket:3 rugby:3 golf:2 chess:3 grandmaster*:3 cycling:2 swimming:2
    boxing:2 grand_prix:3 laps:2 fans:1 halfway:1`,
  biology: `cell:1 cells:2 cellular:2 organism*:3 species:3 gene:2 genes:2 genetic:2 genome*:2 protein*:2 enzyme*:3
    dna:2 rna:2 bacteri*:3 plant:1 plants:1 photosynth*:3 chlorophyll:3 chloroplast*:3 mitochond*:3 membrane*:2
    molecule*:1 evolution*:2 evolv*:1 biolog*:3 ecosystem*:3 habitat*:2 algae:3 algal:3 fungi:3 tissue*:2 metabol*:3
    respiration:2 nutrient*:2 symbio*:3 endosymbio*:3 chemosynthesis:3 snail*:2 animal*:2 host:1 organelle*:3 gill*:2
    marine:1 photosystem*:3 thylakoid*:3 stroma:3 cytoplasm:3`,
  physics: `force:1 forces:1 physic*:3 velocity:3 acceleration:3 accelerat*:1 momentum:3 mass:1 inertia:3 friction:3
    gravity:2 gravitation*:3 motion:2 electromagnet*:3 quantum:3 particle*:2 electron*:2 magnet*:1 torque:3 vector*:2
    newtonian:3 kinetic:2 relativity:3 photon*:3 equilibrium:2 mechanics:3 laws_of_motion:3 static:1 dynamics:2
    newtons:2 joule*:2 displacement:2 tension:1 nuclear_force:3 strong_force:3 weak_force:3`,
  mathematics: `prime:1 primes:3 prime_number:3 prime_numbers:3 primality:3 theorem*:3 integer*:3 divisor*:3
    divisib*:3 factorization:3 factorisation:3 arithmetic:2 algebra*:3 geometr*:2 equation*:2 mathemat*:3 proof*:2
    conjecture*:3 formula*:1 infinitely:2 natural_number:3 natural_numbers:3 composite:1 modulo:3 modular:2
    polynomial*:3 calculus:3 number_theory:3 sieve:2 odd:1 sequence*:1 lemma:3 axiom*:3 hypothesis:1 euclid:2`,
  technology: `engine:2 engines:2 machine*:2 boiler*:3 piston*:3 cylinder*:3 turbine*:3 steam:2 locomotive*:3 railway*:2
    invent*:2 technolog*:2 engineer*:2 industrial:2 mechanical:2 manufactur*:1 combustion:3 horsepower:3 patent*:2
    pump*:2 valve*:3 efficiency:1 fuel:1 computer*:2 software:3 device*:2 prototype:2 condenser*:3 crankshaft:3
    rpm:2 thermal:1 thermodynamic*:2 heat:1 pressure:1 stroke:1`,
  space: `spaceflight:3 spacecraft:3 astronaut*:3 cosmonaut*:3 orbit*:3 lunar:3 moon:2 nasa:3 rocket*:3 launch*:2
    mission*:2 satellite*:2 planet*:2 space:1 space_station:3 crew*:1 manned:2 landing*:1 module:2 capsule:2 astronom*:2
    solar_system:2 galaxy:2 telescope*:2 apollo:2 gemini:1 mercury:1 soyuz:2 saturn:1`,
  business: `company:1 companies:1 market*:2 economic*:2 economy:2 economies:2 economist*:3 wealth*:2 income*:2
    inequality:2 revenue*:3 profit*:3 shares:2 shareholder*:3 investor*:2 investment*:2 price*:1 cost*:1 trade:1
    business*:2 firm:1 firms:1 bank:1 banks:1 financ*:2 tax:1 taxes:1 taxation:2 gdp:3 capitalism:3 capital:1 billion:1
    dollar*:1 euro:1 euros:1 percent:1 per_cent:1 wage*:2 salar*:2 poverty:2 poor:1 poorer:1 rich:1 richest:2 assets:2
    stock:1 chief_executive:2 ceo:2 industry:1 consumer*:2 demand:1 recession:3 inflation:3 unemployment:3 debt*:2
    millionaire*:2 earnings:2 factory:1 employ:1 jobs:1`,
  law: `law:2 laws:2 lawful:2 unlawful:2 legal*:2 court:2 courts:2 judge*:2 judicial:2 jurisdiction:3 statute*:3
    statutory:3 legislation:2 legislative:1 directive*:3 regulation*:1 treaties:2 rights:1 constitution*:2 case_law:3
    lawyer*:3 litigation:3 plaintiff*:3 defendant*:3 tribunal*:3 ruling*:2 precedent:3 liability:3 contract*:2
    enforce*:1 infringement:3 direct_effect:3 member_states:1 primary_law:3 secondary_law:3 justice:1 attorney*:3
    prosecut*:2 criminal:2 competence:1 codified:2 proceedings:2 legislate:1`,
  geography: `river*:2 tributar*:3 basin:2 lake*:2 mountain*:2 valley*:2 delta:2 estuary:3 flows:2 flow:1 canton*:2
    border*:1 region*:1 coast*:2 climate:2 terrain:3 elevation:3 altitude:2 glacier*:3 alpine:2 alps:2 discharge:2
    navigable:3 geograph*:3 latitude:3 longitude:3 continent*:2 island*:2 peninsula:3 landscape:2 rainfall:2 sediment*:2
    km:1 kilometres:1 upstream:3 downstream:3 source:1 mouth:1 confluence:3 floodplain:3 drainage:2 watershed:3`,
  culture: `television:3 programme*:2 series:2 episode*:3 broadcast*:3 bbc:3 viewer*:3 audience*:2 film:2 films:2
    movie*:3 actor*:3 actress*:3 starring:3 novel*:2 album*:3 song*:3 music*:2 musician*:3 singer*:3 artist*:2
    painting*:2 theatre:2 theater:2 drama:2 comedy:2 science_fiction:3 fiction:2 character*:2 aired:3 airing:3 show:1
    shows:1 popular_culture:3 premiere*:3 producer*:2 script*:2 poem*:2 poet*:2 literature:2 literary:2 cult:1
    spin-off*:3 soundtrack*:3 cast:1 stage:1 studio*:1`,
  religion: `church*:2 god:2 gods:2 religio*:3 faith:2 worship*:3 pray*:2 mosque*:3 temple*:2 christian*:2 islam*:3
    muslim*:3 jewish:2 judaism:3 buddhis*:3 hindu*:3 bishop*:2 priest*:2 pope:3 clergy:3 theolog*:3 bible:3 quran:3
    scripture*:3 saint*:1 holy:2 sacred:2 spiritual:2 monk*:2 monaster*:2 shaman*:2 divine:2 heaven:2 ritual*:2
    pilgrim*:2 prophet*:2 sermon*:3 congregation*:3`,
};

/** A keyword counts at most this many times: breadth of vocabulary matters more than one repeated word. */
const MAX_COUNT = 4;
/** A name from a domain list counts this much, once. */
const NAME_WEIGHT = 1;
/** Below this, no domain is clear: the text is "general". */
export const GENERAL_FLOOR = 6;

type Keyword = { words: string[]; prefix: boolean; weight: number; domain: Topic };

const KEYWORD_LIST: Keyword[] = [];
for (const [domain, spec] of Object.entries(KEYWORDS) as [Topic, string][]) {
  for (const item of spec.split(/\s+/).filter(Boolean)) {
    const [term, w] = item.split(":") as [string, string];
    const prefix = term.endsWith("*");
    KEYWORD_LIST.push({ words: term.replace(/\*$/, "").split("_"), prefix, weight: Number(w), domain });
  }
}
// Longest phrases first, so a phrase consumes its words before a single word can.
KEYWORD_LIST.sort((a, b) => b.words.length - a.words.length);
const MAX_PHRASE = Math.max(...KEYWORD_LIST.map((k) => k.words.length));

const NAMES = new Map<string, Set<Topic>>();
let maxNameWords = 1;
for (const { name, domain } of domainNames()) {
  if (domain === "general") continue;
  const k = words(name).join(" ");
  if (!k) continue;
  maxNameWords = Math.max(maxNameWords, k.split(" ").length);
  const set = NAMES.get(k) ?? new Set<Topic>();
  set.add(domain);
  NAMES.set(k, set);
}

function words(text: string): string[] {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ""))
    .filter(Boolean);
}

/** Capitalised word runs of the original text, folded: candidates for list names ("Isaac Newton", "Danube"). */
function capitalisedRuns(text: string): string[][] {
  const out: string[][] = [];
  for (const m of foldDiacritics(text).matchAll(/\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|the|de|von|van|and|da|del|du|la|le)\s+)*\p{Lu}[\p{L}\p{N}'’.-]*)*/gu)) {
    out.push(words(m[0]));
  }
  return out;
}

export type DomainVerdict = {
  domain: Domain;
  /** Points per domain; "general" holds the floor the winner had to beat. */
  scores: Record<Domain, number>;
  /** What earned the winner its points, best first: "referendum×2", "name:Isaac Newton". */
  evidence: string[];
  /** A sports text's sport, when its words name one. */
  discipline?: Discipline;
};

/**
 * The domain of a text: the topic whose keywords and known names score
 * highest, or "general" when none reaches GENERAL_FLOOR. Ties go to the
 * earlier domain in DOMAINS.
 */
export function domainOf(text: string): DomainVerdict {
  const toks = words(text);
  const counts = new Map<Keyword, number>();
  for (let i = 0; i < toks.length; ) {
    let matched = 0;
    for (const k of KEYWORD_LIST) {
      if (k.words.length > MAX_PHRASE || i + k.words.length > toks.length) continue;
      if (k.words.every((w, j) => (k.prefix && j === k.words.length - 1 ? toks[i + j]!.startsWith(w) : toks[i + j] === w))) {
        counts.set(k, (counts.get(k) ?? 0) + 1);
        matched = Math.max(matched, k.words.length);
        // Other domains may share the same phrase length ("treaty" in history and law): count them all.
        const len = k.words.length;
        for (const other of KEYWORD_LIST) {
          if (other === k || other.words.length !== len) continue;
          if (other.words.every((w, j) => (other.prefix && j === len - 1 ? toks[i + j]!.startsWith(w) : toks[i + j] === w))) {
            counts.set(other, (counts.get(other) ?? 0) + 1);
          }
        }
        break;
      }
    }
    i += Math.max(matched, 1);
  }
  const scores = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>;
  const evidence = Object.fromEntries(DOMAINS.map((d) => [d, [] as { label: string; points: number }[]])) as Record<
    Domain,
    { label: string; points: number }[]
  >;
  for (const [k, c] of counts) {
    const points = k.weight * Math.min(c, MAX_COUNT);
    scores[k.domain] += points;
    evidence[k.domain].push({ label: `${k.words.join(" ")}${k.prefix ? "*" : ""}×${c}`, points });
  }
  const seenNames = new Set<string>();
  for (const run of capitalisedRuns(text)) {
    for (let i = 0; i < run.length; i++) {
      for (let n = Math.min(maxNameWords, run.length - i); n >= 1; n--) {
        const cand = run.slice(i, i + n).join(" ");
        const doms = NAMES.get(cand);
        if (!doms || seenNames.has(cand)) continue;
        seenNames.add(cand);
        for (const d of doms) {
          scores[d] += NAME_WEIGHT;
          evidence[d].push({ label: `name:${cand}`, points: NAME_WEIGHT });
        }
        break;
      }
    }
  }
  scores.general = GENERAL_FLOOR;
  let best: Domain = "general";
  for (const d of DOMAINS) if (d !== "general" && scores[d] > scores[best]) best = d;
  const ev = evidence[best].sort((a, b) => b.points - a.points || (a.label < b.label ? -1 : 1)).map((e) => e.label);
  const discipline = best === "sport" ? disciplineOf(text) : undefined;
  return { domain: best, scores, evidence: ev, ...(discipline ? { discipline } : {}) };
}

/** Words only one sport uses (no "goal", "set", "bishop": other fields use them too). */
const DISCIPLINE_CUES: Record<Discipline, string> = {
  football: "football footballer soccer striker midfielder goalkeeper offside uefa fifa premier_league penalty_shootout",
  athletics: "marathon sprint sprinter runner runners athletics relay hurdles half-marathon course_record",
  tennis: "tennis wimbledon grand_slam racket tiebreak roland_garros",
  basketball: "basketball nba rebounds dunk three-pointer",
  chess: "chess grandmaster grandmasters checkmate gambit fide",
  "motor-racing": "formula_one grand_prix pole_position pit_stop racing_driver",
  golf: "golf golfer golfers birdie birdies bogey bogeys eagle fairway fairways caddie putt putts par-3 par-4 par-5 pga ryder_cup",
};
/** A discipline needs this many cue words to be named. */
const DISCIPLINE_FLOOR = 2;

/** The sport a text is about, from words only that sport uses; undefined when none reaches the floor. */
export function disciplineOf(text: string): Discipline | undefined {
  const toks = words(text);
  const joined = ` ${toks.join(" ")} `;
  let best: Discipline | undefined;
  let bestScore = DISCIPLINE_FLOOR - 1;
  for (const d of DISCIPLINES) {
    let s = 0;
    for (const cue of DISCIPLINE_CUES[d].split(" ")) {
      const phrase = ` ${cue.replace(/_/g, " ")} `;
      let at = joined.indexOf(phrase);
      while (at >= 0) {
        s++;
        at = joined.indexOf(phrase, at + 1);
      }
    }
    if (s > bestScore) {
      best = d;
      bestScore = s;
    }
  }
  return best;
}
