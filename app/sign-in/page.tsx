import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/account/account-form";
import { AuthCard, noticeOf } from "@/components/account/auth-card";
import { getViewer } from "@/lib/server/auth";
import { nextPathOf, withNext } from "@/lib/domain/auth/next-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const query = await searchParams;
  // Where the learner was going when asked to sign in (the import page, say); home otherwise.
  const next = nextPathOf(query.next);
  const viewer = await getViewer();
  if (viewer.kind === "account") redirect(next ?? "/account");
  return (
    <AuthCard
      notice={noticeOf(query)}
      title="Sign in"
      lead={viewer.signedIn ? "What you studied as a guest in this browser moves into your account." : "Pick up where you left off, on any device."}
      links={[
        [withNext("/sign-up", next), "Make an account"],
        ["/forgot-password", "Forgot your password?"],
      ]}
    >
      <AccountForm
        action="sign-in"
        then={next ?? "/"}
        submitLabel="Sign in"
        fields={[
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
      />
    </AuthCard>
  );
}
