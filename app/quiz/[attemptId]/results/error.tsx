"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function QuizError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The quiz could not be loaded" reset={reset} />;
}
