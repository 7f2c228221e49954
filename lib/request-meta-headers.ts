// The names of the internal request headers Recall's HTTP server
// (scripts/lib/edge-server.ts) writes on every request and the app reads
// (lib/server/request-meta.ts). Not server-only, so the server script, which
// runs outside Next.js, shares the one definition.

/** The client's IP address, as the edge server determined it. */
export const CLIENT_IP_HEADER = "x-recall-client-ip";
/** "https" or "http": how the client reached us (directly, or through a trusted proxy that says so). */
export const CLIENT_PROTO_HEADER = "x-recall-proto";
