import "server-only";
// Owns sending the password-reset link: by mail through SMTP_URL when it is
// set (nodemailer), else as one line in the server log, which is where a
// developer (and the browser journeys) pick it up.
import nodemailer from "nodemailer";
import { env } from "@/lib/server/env";
import type { ResetMail } from "@/lib/server/accounts/service";

export const RESET_LOG_PREFIX = "recall: password reset link";

export async function sendResetMail(mail: ResetMail): Promise<void> {
  if (!env.SMTP_URL) {
    console.log(`${RESET_LOG_PREFIX} for ${mail.to}: ${mail.link}`);
    return;
  }
  await nodemailer.createTransport(env.SMTP_URL).sendMail({
    from: env.MAIL_FROM,
    to: mail.to,
    subject: "Reset your Recall password",
    text: `Someone asked to reset the password of your Recall account.\n\nTo choose a new password, open this link within an hour:\n${mail.link}\n\nIf it was not you, ignore this mail: your password stays as it is.\n`,
  });
}
