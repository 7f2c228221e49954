// Owns what account input may look like: email addresses (stored trimmed and
// lower-cased, so one address is one account), passwords (8 to 128
// characters, as NIST SP 800-63B asks: length, no composition rules), and the
// shape of every account form. The sign-up, sign-in, password and deletion
// routes all validate with these, and so does the user:role CLI's email.
import { z } from "@/lib/domain/zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** One address, one account: trimmed and lower-cased before it is stored or looked up. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .transform(normaliseEmail)
  .pipe(z.email({ error: "That does not look like an email address." }).max(254, { error: "That email address is too long." }));

export const NewPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` })
  .refine((p) => p.trim().length > 0, { error: "A password cannot be only spaces." });

/** A password being checked (sign-in, confirmations): any non-empty string up to the maximum. */
export const GivenPasswordSchema = z
  .string({ error: "Enter your password." })
  .min(1, { error: "Enter your password." })
  .max(PASSWORD_MAX, { error: "Wrong email or password." });

export const SignUpSchema = z.object({ email: EmailSchema, password: NewPasswordSchema });
export const SignInSchema = z.object({ email: EmailSchema, password: GivenPasswordSchema });
export const ChangePasswordSchema = z
  .object({ currentPassword: GivenPasswordSchema, newPassword: NewPasswordSchema })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ["newPassword"], error: "The new password must differ from the current one." });
/** Deleting an account asks for the password and the word "delete", typed. */
export const DeleteAccountSchema = z.object({
  password: GivenPasswordSchema,
  confirm: z.string().refine((v) => v.trim().toLowerCase() === "delete", { error: "Type delete to confirm." }),
});
export const ForgotPasswordSchema = z.object({ email: EmailSchema });
/** Reset tokens are 32 random bytes, base64url. */
export const ResetTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "That reset link is not valid." });
export const ResetPasswordSchema = z.object({ token: ResetTokenSchema, password: NewPasswordSchema });

export type SignUpInput = z.infer<typeof SignUpSchema>;
export type SignInInput = z.infer<typeof SignInSchema>;
