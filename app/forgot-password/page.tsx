import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { AuthCard, noticeOf } from "@/components/account/auth-card";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage({ searchParams }: PageProps<"/forgot-password">) {
  return (
    <AuthCard notice={noticeOf(await searchParams)} title="Forgot your password?" lead="We will send a link to choose a new one. It works once, within an hour." links={[["/sign-in", "Back to sign in"]]}>
      <AccountForm action="forgot-password" submitLabel="Send the link" fields={[{ name: "email", label: "Email", type: "email", autoComplete: "email" }]} />
    </AuthCard>
  );
}
