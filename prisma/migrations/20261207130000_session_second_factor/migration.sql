-- When a session proved a second factor: at a login with a two-factor code, or when two-factor sign-in
-- was turned on in it (a code of the new authenticator). The operator console asks it of the session, not
-- only of the account: a session signed in with the password alone before two-factor was turned on never
-- opens the console. NULL: the password alone.
ALTER TABLE "sessions" ADD COLUMN "second_factor_at" TIMESTAMPTZ(3);
