/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  typedRoutes: false,
  // A question import posts a file of up to 2 MB (MAX_IMPORT_BYTES) through a server action (default limit 1 MB).
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

module.exports = nextConfig;
