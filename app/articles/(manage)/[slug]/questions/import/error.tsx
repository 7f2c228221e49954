"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function ImportError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The import page could not be loaded" reset={reset} />;
}
