-- Wrong codes in a row across every sign-in and re-verification (NIST SP 800-63B-4 §3.2.2): at 100,
-- codes from the app are refused until a recovery code is used or the password is reset.
ALTER TABLE totp_credential ADD COLUMN consecutive_failures INTEGER NOT NULL DEFAULT 0;
