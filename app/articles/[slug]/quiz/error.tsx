"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function QuizSetupError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The quiz could not be set up" reset={reset} />;
}
