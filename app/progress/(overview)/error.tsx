"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function ProgressError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="Your progress could not be loaded" reset={reset} />;
}
