// Owns what a row id in a URL or an action payload may look like (cuid).
import { z } from "@/lib/domain/zod";

export const RowIdSchema = z.string().min(1).max(64).regex(/^[a-z0-9]+$/i, "not a valid id");
