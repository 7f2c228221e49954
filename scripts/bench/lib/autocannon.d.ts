// The part of autocannon 9's API the HTTP benchmark uses (it ships no types).
declare module "autocannon" {
  type Histogram = { average: number; p50: number; p99: number; max: number };
  type RawRequest = { method?: string; path: string; headers: Record<string, string>; body?: string };
  export type Request = RawRequest & {
    setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
  };
  export type Options = { url: string; connections?: number; duration?: number; timeout?: number; requests?: Request[] };
  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    latency: Histogram;
    requests: Histogram;
    statusCodeStats?: Record<string, { count: number | string }>;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
