// POST /api/auth/<action>: sign-up, sign-in, sign-out, sign-out-everywhere,
// change-password, delete-account, forgot-password, reset-password (see
// lib/server/accounts/routes.ts). Other methods answer 405 (Next's default).
import { handleAccountRequest } from "@/lib/server/accounts/routes";

export const dynamic = "force-dynamic";

export async function POST(request: Request, context: RouteContext<"/api/auth/[action]">): Promise<Response> {
  return handleAccountRequest(request, (await context.params).action);
}
