"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function QuestionEditorError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The questions could not be loaded" reset={reset} />;
}
