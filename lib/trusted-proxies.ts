// Owns the one rule for TRUSTED_PROXIES (comma-separated IP addresses or
// CIDR ranges): how it is parsed, and whether an address belongs to it. The
// app's validated environment (lib/server/env.ts) and Recall's HTTP server
// (scripts/lib/edge-server.ts) both call parseTrustedProxies, so the two can
// never read the variable differently.
import { BlockList, isIP } from "node:net";

export type TrustedProxies = {
  /** The entries as written, normalised (for messages and tests). */
  entries: string[];
  /** True when the address (IPv4, IPv6, or IPv4-mapped IPv6) is one of the entries. */
  has: (address: string | undefined) => boolean;
};

export type ParsedTrustedProxies = { ok: true; value: TrustedProxies } | { ok: false; error: string };

/** "::ffff:10.0.0.1" (how Node reports an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
export function normaliseAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** Parses TRUSTED_PROXIES; unset or blank means no proxy is trusted. */
export function parseTrustedProxies(raw: string | undefined): ParsedTrustedProxies {
  const list = new BlockList();
  const entries: string[] = [];
  for (const item of (raw ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address = "", prefix, extra] = item.split("/");
    const base = normaliseAddress(address);
    const family = isIP(base);
    if (family === 0 || extra !== undefined) return { ok: false, error: `"${item}" is not an IP address or CIDR range` };
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(base, type);
      entries.push(base);
      continue;
    }
    const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!(bits >= 0 && bits <= (family === 4 ? 32 : 128))) return { ok: false, error: `"${item}" has an invalid prefix length` };
    list.addSubnet(base, bits, type);
    entries.push(`${base}/${bits}`);
  }
  const has = (address: string | undefined): boolean => {
    if (!address || entries.length === 0) return false;
    const ip = normaliseAddress(address);
    const family = isIP(ip);
    return family !== 0 && list.check(ip, family === 4 ? "ipv4" : "ipv6");
  };
  return { ok: true, value: { entries, has } };
}
