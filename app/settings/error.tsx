"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function SettingsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The settings could not be loaded" reset={reset} />;
}
