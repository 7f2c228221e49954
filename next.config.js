/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  // pdfjs-dist loads its worker module by path at run time (lib/server/articles/import/pdf.ts).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pdfjs-dist"],
  typedRoutes: false,
};

module.exports = nextConfig;
