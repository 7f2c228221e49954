"use server";
// Saves a learner's study settings through the gate (lib/server/gate.ts):
// zod -> the learner (created when there is none, once the form is valid) ->
// write -> revalidate.
import { revalidatePath } from "next/cache";
import { SchedulingSettingsSchema } from "@/lib/domain/scheduling";
import { TimeZoneSchema } from "@/lib/domain/time-zone-schema";
import { db } from "@/lib/server/db";
import { runGate } from "@/lib/server/gate";
import { updateUserSettings } from "@/lib/server/data/settings";

const SettingsFormSchema = SchedulingSettingsSchema.extend({ timeZone: TimeZoneSchema });

export type SettingsState = {
  saved?: boolean;
  error?: string;
  fieldErrors?: Partial<Record<"desiredRetention" | "newCardsPerDay" | "maximumInterval" | "timeZone" | "burySiblings", string[]>>;
};

export async function saveSettingsAction(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const fields = {
    desiredRetention: formData.get("desiredRetention"),
    newCardsPerDay: formData.get("newCardsPerDay"),
    maximumInterval: formData.get("maximumInterval"),
    timeZone: formData.get("timeZone"),
    burySiblings: formData.get("burySiblings"),
  };
  const result = await runGate(fields, {
    name: "saveSettings",
    user: "create",
    input: SettingsFormSchema,
    invalid: "Nothing was saved: please correct the fields below.",
    fieldErrors: true,
    run: ({ user, input }) => updateUserSettings(db, user.id, input),
  });
  if (!result.ok) return { error: result.error, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) };
  revalidatePath("/", "layout");
  return { saved: true };
}
