// Owns the words of a write refused because the page's session is gone, the
// same from the gate (a page read for a learner) and from requireUser (a
// cookie whose session ended).
export const SIGNED_OUT_MESSAGE = "You were signed out (perhaps in another tab). Nothing was saved: sign in again, or reload the page to go on as a guest.";
