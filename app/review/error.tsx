"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function ReviewError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The review could not be loaded" reset={reset} />;
}
