// Owns the generator's version stamp. Bump it whenever the rules change what
// the generator emits, so stored questions can be traced to the rules that made them.
export const GENERATOR_VERSION = "gen-1.95.0";
