// Owns what counts as a learner's time zone: an IANA name this runtime knows.
// Free of zod (lib/format runs in the browser); the form schema over this
// rule is TimeZoneSchema in ./time-zone-schema.

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return value.length > 0 && value.length <= 64;
  } catch {
    return false;
  }
}
