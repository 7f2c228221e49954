// Display formatting shared by server and client components. Article dates
// are calendar days stored at midnight UTC, so they are always shown in UTC.
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatArticleDate(date: Date | null): string | null {
  return date ? dayFormat.format(date) : null;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}
