// The id of the viewer without a session (see lib/server/auth.ts getViewer):
// no row has it, so data functions can skip reading that viewer's rows.
export const NO_USER_ID = "no-session";
