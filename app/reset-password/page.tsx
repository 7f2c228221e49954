import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { AuthCard, noticeOf } from "@/components/account/auth-card";
import { PASSWORD_MIN, ResetTokenSchema } from "@/lib/domain/auth/credentials";
import { db } from "@/lib/server/db";
import { isResetLinkUsable } from "@/lib/server/accounts/service";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const params = await searchParams;
  const token = ResetTokenSchema.safeParse(params.token);
  if (!token.success) {
    return (
      <AuthCard title="This link does not work" lead="The reset link is incomplete. Copy the whole link from the mail, or ask for a new one." links={[["/forgot-password", "Ask for a new link"]]}>
        {null}
      </AuthCard>
    );
  }
  if (!(await isResetLinkUsable(db, token.data, new Date()))) {
    return (
      <AuthCard title="This link does not work" lead="This reset link has expired or was already used. Links work once, within an hour of asking." links={[["/forgot-password", "Ask for a new link"]]}>
        {null}
      </AuthCard>
    );
  }
  return (
    <AuthCard notice={noticeOf(params)} title="Choose a new password" lead="Every other device signed in to your account will be signed out." links={[["/forgot-password", "Ask for a new link"]]}>
      <AccountForm
        action="reset-password"
        then="/"
        submitLabel="Save and sign in"
        fields={[
          { name: "token", label: "Reset token", type: "hidden", value: token.data },
          { name: "password", label: "New password", type: "password", autoComplete: "new-password", help: `At least ${PASSWORD_MIN} characters.` },
        ]}
      />
    </AuthCard>
  );
}
