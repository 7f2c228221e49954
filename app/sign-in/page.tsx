import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/account/account-form";
import { AuthCard, noticeOf } from "@/components/account/auth-card";
import { getViewer } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const viewer = await getViewer();
  if (viewer.kind === "account") redirect("/account");
  return (
    <AuthCard
      notice={noticeOf(await searchParams)}
      title="Sign in"
      lead={viewer.signedIn ? "What you studied as a guest in this browser moves into your account." : "Pick up where you left off, on any device."}
      links={[
        ["/sign-up", "Make an account"],
        ["/forgot-password", "Forgot your password?"],
      ]}
    >
      <AccountForm
        action="sign-in"
        then="/"
        submitLabel="Sign in"
        fields={[
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
      />
    </AuthCard>
  );
}
