// Gives every visitor a learner identity from the first request: when the
// session cookie is missing or malformed, a fresh token is issued on the
// response and injected into this request, so the page rendering now already
// sees it. The server turns the token into a guest user on first use.
import { NextResponse, type NextRequest } from "next/server";
import { isSessionToken, newSessionToken, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "@/lib/session-token";

export function proxy(request: NextRequest) {
  const current = request.cookies.get(SESSION_COOKIE)?.value;
  const token = isSessionToken(current) ? current : newSessionToken();
  let response: NextResponse;
  if (token === current) {
    response = NextResponse.next();
  } else {
    request.cookies.set(SESSION_COOKIE, token);
    response = NextResponse.next({ request: { headers: request.headers } });
  }
  // Re-issued on page visits so the cookie's lifetime slides with use; never on
  // a server action's response when it is unchanged, because a Set-Cookie there
  // makes the router refresh the page (which would skip past quiz feedback).
  if (token === current && (request.method !== "GET" || request.headers.has("next-action"))) return response;
  response.cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
    secure: process.env.COOKIE_SECURE === "true" || process.env.COOKIE_SECURE === "1",
  });
  return response;
}

export const config = {
  // Pages, route handlers and server actions; not static assets.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
