"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function AccountError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="Your account could not be loaded" reset={reset} />;
}
