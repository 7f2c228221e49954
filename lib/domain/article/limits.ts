// Owns how large an article may be, for every way one arrives (the seed, the
// generator CLI, and later the import page): 4 MB on disk, 200,000 words.
export const MAX_BYTES = 4 * 1024 * 1024;
export const MAX_WORDS = 200_000;
