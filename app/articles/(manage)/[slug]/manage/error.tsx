"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function ManageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The article's settings could not be loaded" reset={reset} />;
}
