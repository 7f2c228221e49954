"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function HomeError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The articles could not be loaded" reset={reset} />;
}
