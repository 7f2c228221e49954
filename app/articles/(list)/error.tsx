"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function YourArticlesError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="Your articles could not be loaded" reset={reset} />;
}
