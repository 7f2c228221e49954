import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/account/account-form";
import { AuthCard, noticeOf } from "@/components/account/auth-card";
import { getViewer } from "@/lib/server/auth";
import { nextPathOf, withNext } from "@/lib/domain/auth/next-path";
import { PASSWORD_MIN } from "@/lib/domain/auth/credentials";

export const metadata: Metadata = { title: "Make an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const query = await searchParams;
  // Where the learner was going when asked to sign in (the import page, say); home otherwise.
  const next = nextPathOf(query.next);
  const viewer = await getViewer();
  if (viewer.kind === "account") redirect(next ?? "/account");
  return (
    <AuthCard
      notice={noticeOf(query)}
      title="Make an account"
      lead={
        viewer.signedIn
          ? "Everything you have studied in this browser stays with you: your quizzes, cards, reviews and settings become your account's."
          : "Keep your progress safe and study on any device."
      }
      links={[[withNext("/sign-in", next), "I already have an account"]]}
    >
      <AccountForm
        action="sign-up"
        then={next ?? "/"}
        submitLabel="Make my account"
        fields={[
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "new-password", help: `At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.` },
        ]}
      />
    </AuthCard>
  );
}
