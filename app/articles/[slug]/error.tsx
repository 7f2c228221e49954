"use client";
import { ErrorPanel } from "@/components/error-panel";

export default function ArticleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel title="The article could not be loaded" reset={reset} />;
}
