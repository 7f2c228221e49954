// How the progress charts and their tables write a percentage: one place for
// both, so a chart's tooltip and its table read the same.
export const percent = (v: unknown) => (typeof v === "number" ? `${Math.round(v)}%` : "—");
export const share = (v: unknown) => (typeof v === "number" ? `${Math.round(v * 100)}%` : "—");
