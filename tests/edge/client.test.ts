// TRUSTED_PROXIES and what the edge server believes about a request's origin
// (lib/trusted-proxies.ts, scripts/lib/edge/client.ts).
import { describe, expect, test } from "vitest";
import { parseTrustedProxies, type TrustedProxies } from "@/lib/trusted-proxies";
import { applyClientHeaders, resolveClient } from "@/scripts/lib/edge/client";

function trusted(raw: string): TrustedProxies {
  const parsed = parseTrustedProxies(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe("parseTrustedProxies", () => {
  test.each([
    { label: "unset", raw: undefined, entries: [] },
    { label: "blank", raw: " ", entries: [] },
    { label: "addresses and ranges", raw: "10.0.0.1, 192.168.0.0/16,::1, fd00::/8", entries: ["10.0.0.1", "192.168.0.0/16", "::1", "fd00::/8"] },
    { label: "IPv4-mapped IPv6 is the IPv4 address", raw: "::ffff:10.0.0.1", entries: ["10.0.0.1"] },
  ])("$label", ({ raw, entries }) => {
    const parsed = parseTrustedProxies(raw);
    expect(parsed.ok && parsed.value.entries).toEqual(entries);
  });

  test.each([
    { label: "a host name", raw: "proxy.internal" },
    { label: "prefix too long", raw: "10.0.0.0/33" },
    { label: "IPv6 prefix too long", raw: "::1/129" },
    { label: "prefix not a number", raw: "10.0.0.0/x" },
    { label: "two slashes", raw: "10.0.0.0/8/8" },
  ])("refuses $label", ({ raw }) => {
    expect(parseTrustedProxies(raw).ok).toBe(false);
  });

  test.each([
    { address: "10.0.0.1", expected: true },
    { address: "::ffff:10.0.0.1", expected: true },
    { address: "10.0.0.2", expected: false },
    { address: "192.168.44.5", expected: true },
    { address: "192.169.0.1", expected: false },
    { address: "::1", expected: true },
    { address: "fd12::5", expected: true },
    { address: "fe80::1", expected: false },
    { address: "garbage", expected: false },
    { address: undefined, expected: false },
  ])("membership of $address -> $expected", ({ address, expected }) => {
    expect(trusted("10.0.0.1,192.168.0.0/16,::1,fd00::/8").has(address)).toBe(expected);
  });
});

describe("resolveClient", () => {
  const proxies = trusted("10.0.0.0/8");
  const host = "recall.example";
  test.each([
    {
      label: "direct client: X-Forwarded-* ignored",
      peer: "203.0.113.9",
      headers: { host, "x-forwarded-for": "1.2.3.4", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" },
      expected: { ip: "203.0.113.9", proto: "http", host, viaTrustedProxy: false },
    },
    {
      label: "direct client on a dual-stack socket",
      peer: "::ffff:203.0.113.9",
      headers: { host },
      expected: { ip: "203.0.113.9", proto: "http", host, viaTrustedProxy: false },
    },
    {
      label: "through a trusted proxy",
      peer: "10.0.0.5",
      headers: { host: "10.0.0.2:3000", "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https", "x-forwarded-host": host },
      expected: { ip: "198.51.100.7", proto: "https", host, viaTrustedProxy: true },
    },
    {
      label: "client-written hops left of the first untrusted one are ignored",
      peer: "10.0.0.5",
      headers: { host, "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.9" },
      expected: { ip: "198.51.100.7", proto: "http", host, viaTrustedProxy: true },
    },
    {
      label: "per-hop values: the right-most, written by the trusted proxy",
      peer: "10.0.0.5",
      headers: { host, "x-forwarded-proto": "http, https", "x-forwarded-host": "evil.example, recall.example" },
      expected: { ip: "10.0.0.5", proto: "https", host, viaTrustedProxy: true },
    },
    {
      label: "every hop trusted: the left-most",
      peer: "10.0.0.5",
      headers: { host, "x-forwarded-for": "10.1.1.1, 10.2.2.2" },
      expected: { ip: "10.1.1.1", proto: "http", host, viaTrustedProxy: true },
    },
    {
      label: "garbage hop: the last address a trusted proxy vouched for",
      peer: "10.0.0.5",
      headers: { host, "x-forwarded-for": "not-an-ip, 10.2.2.2" },
      expected: { ip: "10.2.2.2", proto: "http", host, viaTrustedProxy: true },
    },
    {
      label: "unknown proto from a trusted proxy: the socket's",
      peer: "10.0.0.5",
      headers: { host, "x-forwarded-proto": "gopher" },
      expected: { ip: "10.0.0.5", proto: "http", host, viaTrustedProxy: true },
    },
  ])("$label", ({ peer, headers, expected }) => {
    expect(resolveClient({ remoteAddress: peer, encrypted: false }, headers, proxies)).toEqual(expected);
  });

  test("a TLS socket is https without any header", () => {
    expect(resolveClient({ remoteAddress: "203.0.113.9", encrypted: true }, { host }, proxies).proto).toBe("https");
  });
});

describe("applyClientHeaders", () => {
  test("an untrusted client's forwarding and x-recall-* headers never reach the app", () => {
    const headers: Record<string, string | string[] | undefined> = {
      host: "recall.example",
      "x-forwarded-for": "1.2.3.4",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
      "x-forwarded-port": "443",
      "x-recall-client-ip": "1.1.1.1",
      "x-recall-proto": "https",
    };
    applyClientHeaders(headers, { ip: "203.0.113.9", proto: "http", host: "recall.example", viaTrustedProxy: false });
    expect(headers).toEqual({ host: "recall.example", "x-recall-client-ip": "203.0.113.9", "x-recall-proto": "http" });
  });

  test("behind a trusted proxy, the forwarding headers carry the one value believed", () => {
    const headers: Record<string, string | string[] | undefined> = {
      host: "10.0.0.2:3000",
      "x-forwarded-for": "6.6.6.6, 198.51.100.7",
      "x-forwarded-proto": "http, https",
      "x-forwarded-host": "evil.example, recall.example",
    };
    applyClientHeaders(headers, { ip: "198.51.100.7", proto: "https", host: "recall.example", viaTrustedProxy: true });
    expect(headers).toEqual({
      host: "10.0.0.2:3000",
      "x-forwarded-for": "6.6.6.6, 198.51.100.7",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "recall.example",
      "x-recall-client-ip": "198.51.100.7",
      "x-recall-proto": "https",
    });
  });
});
