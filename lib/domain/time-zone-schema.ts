// The settings form's time zone field: a trimmed string that isTimeZone accepts.
import { z } from "@/lib/domain/zod";
import { isTimeZone } from "./time-zone";

export const TimeZoneSchema = z
  .string()
  .trim()
  .refine(isTimeZone, { message: "Choose a time zone from the list (for example Europe/Istanbul)." });
