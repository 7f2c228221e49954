// Owns which IP addresses a server-side fetch on a user's behalf may reach:
// only public unicast addresses. Loopback, private networks, link-local,
// carrier-grade NAT, multicast, documentation and reserved ranges are refused,
// and so is an IPv4 address hidden inside an IPv6 one (IPv4-mapped ::ffff:a.b.c.d,
// IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16), which would
// otherwise reach 127.0.0.1 by another spelling. Pure: strings in, verdicts out.

type Cidr4 = [base: number, bits: number];

/** IPv4 ranges that are not the public internet (RFC 6890 and friends). */
const BLOCKED_V4: Array<[string, number]> = [
  ["0.0.0.0", 8], // "this network", 0.0.0.0 itself
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata lives here)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
];

const V4_RANGES: Cidr4[] = BLOCKED_V4.map(([base, bits]) => [parseIPv4(base)!, bits]);

/** An IPv4 dotted quad as a 32-bit number, or null when it is not one (no octal, no shorthand). */
export function parseIPv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** An IPv6 address as eight 16-bit groups, or null (an embedded dotted quad and a %zone are understood). */
export function parseIPv6(text: string): number[] | null {
  let s = text.toLowerCase();
  if (s.startsWith("[") && s.endsWith("]")) s = s.slice(1, -1);
  const zone = s.indexOf("%");
  if (zone >= 0) s = s.slice(0, zone);
  if (!/^[0-9a-f:.]+$/.test(s) || !s.includes(":")) return null;
  const lastColon = s.lastIndexOf(":");
  const last = s.slice(lastColon + 1);
  if (last.includes(".")) {
    // ::ffff:127.0.0.1 is ::ffff:7f00:1
    const v4 = parseIPv4(last);
    if (v4 === null) return null;
    s = `${s.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const groups = (h: string) => (h === "" ? [] : h.split(":"));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  const hex = (list: string[]) => list.map((g) => parseInt(g, 16));
  if (halves.length === 1) return head.length === 8 ? hex(head) : null;
  const fill = 8 - head.length - rest.length;
  if (fill < 1) return null;
  return [...hex(head), ...new Array<number>(fill).fill(0), ...hex(rest)];
}

function inV4(value: number, [base, bits]: Cidr4): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(value / size) === Math.floor(base / size);
}

function blockedV4(value: number): boolean {
  return V4_RANGES.some((range) => inV4(value, range));
}

/** The first `bits` bits of an IPv6 address match the prefix's. */
function hasPrefix(words: number[], prefix: number[], bits: number): boolean {
  for (let i = 0; i < 8 && bits > 0; i++, bits -= 16) {
    const take = Math.min(16, bits);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if (((words[i] ?? 0) & mask) !== ((prefix[i] ?? 0) & mask)) return false;
  }
  return true;
}

const v4Of = (hi: number, lo: number) => hi * 65536 + lo;

function blockedV6(w: number[]): boolean {
  const zeroUpTo = (n: number) => w.slice(0, n).every((g) => g === 0);
  // ::, ::1, and IPv4-compatible ::a.b.c.d (deprecated, but a stack may still route it to IPv4)
  if (zeroUpTo(6)) return w[6] === 0 && w[7]! <= 1 ? true : blockedV4(v4Of(w[6]!, w[7]!));
  // IPv4-mapped ::ffff:a.b.c.d and IPv4-translated ::ffff:0:a.b.c.d
  if (zeroUpTo(5) && w[5] === 0xffff) return blockedV4(v4Of(w[6]!, w[7]!));
  if (zeroUpTo(4) && w[4] === 0xffff && w[5] === 0) return blockedV4(v4Of(w[6]!, w[7]!));
  // NAT64 64:ff9b::/96 carries an IPv4 address in its last 32 bits
  if (hasPrefix(w, [0x64, 0xff9b, 0, 0, 0, 0], 96)) return blockedV4(v4Of(w[6]!, w[7]!));
  // 6to4 2002:AABB:CCDD::/48 carries AA.BB.CC.DD
  if (w[0] === 0x2002) return blockedV4(v4Of(w[1]!, w[2]!));
  return (
    hasPrefix(w, [0xfc00], 7) || // unique local fc00::/7
    hasPrefix(w, [0xfe80], 10) || // link-local fe80::/10
    hasPrefix(w, [0xfec0], 10) || // old site-local fec0::/10
    hasPrefix(w, [0xff00], 8) || // multicast ff00::/8
    hasPrefix(w, [0x2001, 0x0db8], 32) || // documentation 2001:db8::/32
    hasPrefix(w, [0x0100, 0, 0, 0], 64) || // discard-only 100::/64
    hasPrefix(w, [0x2001, 0], 23) // IETF protocol assignments (Teredo, ORCHID, benchmarking)
  );
}

export type AddressVerdict = { ok: true; family: 4 | 6 } | { ok: false; reason: "private" | "invalid" };

/** Whether a fetch may connect to this IP address (as text, either family). */
export function checkAddress(address: string): AddressVerdict {
  const v4 = parseIPv4(address);
  if (v4 !== null) return blockedV4(v4) ? { ok: false, reason: "private" } : { ok: true, family: 4 };
  const v6 = parseIPv6(address);
  if (v6 === null) return { ok: false, reason: "invalid" };
  return blockedV6(v6) ? { ok: false, reason: "private" } : { ok: true, family: 6 };
}

/** True for an address that is not on the public internet (or is not an address at all). */
export function isPrivateAddress(address: string): boolean {
  return !checkAddress(address).ok;
}

/** The host of a URL when it is an IP literal (brackets removed), else null: a name to resolve. */
export function ipLiteralOf(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return parseIPv4(bare) !== null || parseIPv6(bare) !== null ? bare : null;
}
