"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function CardsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The cards could not be loaded" reset={reset} />;
}
