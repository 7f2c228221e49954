import type { Metadata } from "next";
import { SettingsForm } from "@/components/settings/settings-form";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getUserSettings } from "@/lib/server/data/settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await getViewer();
  const values = await getUserSettings(db, user.id);
  const zones = Intl.supportedValuesOf("timeZone");
  if (!zones.includes(values.timeZone)) zones.unshift(values.timeZone);
  return (
    <div className="mx-auto max-w-[70ch]">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">Study settings</h1>
      <SettingsForm values={values} zones={zones} />
    </div>
  );
}
