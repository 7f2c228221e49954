"use server";
// Saves a learner's study settings: gate -> zod -> write -> revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { SchedulingSettingsSchema } from "@/lib/domain/scheduling";
import { TimeZoneSchema } from "@/lib/domain/time-zone-schema";
import { requireUser } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { updateUserSettings } from "@/lib/server/data/settings";

const SettingsFormSchema = SchedulingSettingsSchema.extend({ timeZone: TimeZoneSchema });

export type SettingsState = {
  saved?: boolean;
  error?: string;
  fieldErrors?: Partial<Record<"desiredRetention" | "newCardsPerDay" | "maximumInterval" | "timeZone", string[]>>;
};

export async function saveSettingsAction(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const user = await requireUser();
  const parsed = SettingsFormSchema.safeParse({
    desiredRetention: formData.get("desiredRetention"),
    newCardsPerDay: formData.get("newCardsPerDay"),
    maximumInterval: formData.get("maximumInterval"),
    timeZone: formData.get("timeZone"),
  });
  if (!parsed.success) return { error: "Nothing was saved: please correct the fields below.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  await updateUserSettings(db, user.id, parsed.data);
  revalidatePath("/", "layout");
  return { saved: true };
}
