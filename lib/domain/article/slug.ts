// Owns what an article slug may be: lowercase words joined by hyphens.
import { z } from "@/lib/domain/zod";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ArticleSlugSchema = z
  .string()
  .max(120, "slug must be at most 120 characters")
  .regex(SLUG_PATTERN, "slug must be lowercase words joined by hyphens");
