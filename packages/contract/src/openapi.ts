/**
 * Generated from the API's OpenAPI document (apps/api/src/contract/emit.ts): do not edit.
 * Regenerate with `pnpm --filter @wallet/contract generate`.
 */
export interface paths {
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["checkHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process can serve: its database answers within 2 s (503 otherwise) */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your tier, its limits and what is left of them
         * @description Requests a minute (all your keys and sessions together), and per currency with a limit, what you may send to other users per UTC day and month: the limit, what you sent and what is left. Transfers between your own wallets, funding and refunds do not count. In test mode no money limit applies: `limits` is empty.
         */
        get: operations["getAccountLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API keys, newest first (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key (signed-in session only)
         * @description The answer holds the secret `key` this once; only its hash is stored.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key: it stops working at once, on every server */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key: a new secret now, the old one stops after an overlap
         * @description The new key has the old one's name, scopes and version pin; its secret is in this answer only. The old key keeps working for overlapHours (default 24, at most 168; 0 stops it at once), then answers 401 API_KEY_EXPIRED (in version 2026-12-08; UNAUTHENTICATED for a key pinned to 2026-11-26, which the new key keeps too). A revoked, expired or already rotated key is 409 API_KEY_NOT_ACTIVE.
         */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in (sets the session cookie)
         * @description An account with two-factor sign-in also needs `otp` (its authenticator code or a recovery code): without it the answer is 401 OTP_REQUIRED, with a wrong or used one 401 UNAUTHENTICATED, counted as a failed login.
         */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session is revoked on every server */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user (or the owner of the API key) */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set or remove your display name (how the people you pay, and who pay you, see you)
         * @description Session only (an API key is 403 FORBIDDEN): a name is the person's own choice. `displayName` is trimmed and must be 1 to 60 characters without control characters (400 VALIDATION_FAILED otherwise); null removes it.
         */
        patch: operations["updateCurrentUser"];
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (with the current one); every other session of yours ends
         * @description A wrong current password is 400 VALIDATION_FAILED on `currentPassword` and counts as a failed login of the account (the login limits apply: 429 RATE_LIMITED past them). API keys keep working.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/security-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your security history, newest first
         * @description Sign-ins (and failed ones with your email), password and two-factor changes, API keys made and revoked, and what staff did to your account (a role, a tier, a frozen wallet, an operator opening your account's page). Staff are not named.
         */
        get: operations["getSecurityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your signed-in browsers (live sessions), newest first; never their tokens */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of your sessions, on every server (another user’s, or an ended one, is 404) */
        delete: operations["revokeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account and sign in (sets the session cookie) */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor sign-in off (the password and a code or recovery code)
         * @description A wrong password or code is 400 VALIDATION_FAILED naming the field, and counts as a failed login of the account (the login limits apply: 429 RATE_LIMITED past them).
         */
        post: operations["disableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in on with a code of the pending secret; answers the recovery codes once */
        post: operations["enableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ten new recovery codes (a code or recovery code of the account); the old ones stop working
         * @description A wrong code counts as a failed login, as for `disable`.
         */
        post: operations["regenerateRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start two-factor sign-in: a new TOTP secret and its QR code (pending until enabled)
         * @description Replaces a pending secret; 409 TWO_FACTOR_ALREADY_ENABLED when two-factor sign-in is on. Nothing changes at login until `enable` gets a code of this secret.
         */
        post: operations["createTwoFactorSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supported currencies and their limits */
        get: operations["listCurrencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream new ledger entries on your wallets (Server-Sent Events)
         * @description A text/event-stream of every new ledger entry on your wallets (incoming, outgoing and FAILED) as it commits, whichever server wrote it. Each entry comes as two events with its ledger seq as their `id`: `event: transaction` with the entry as `data` (a Transaction, as GET /transactions/{id} shows it to you), then `event: balance` with its wallet (a Wallet, with the balance the entry left it at). Reconnect with `Last-Event-ID` to get the entries after it first (at most 1000; when more were waiting, the stream ends after them and the next reconnect continues). A comment line is sent every 15 s; the stream ends when the server shuts down (reconnect, with Last-Event-ID).
         */
        get: operations["getEventStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/holds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a hold */
        get: operations["getHold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/holds/{id}/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay all or part of a hold to a wallet; the rest is released
         * @description A transfer from the hold's wallet (both legs carry transferId = the hold's id), by a transfer's rules: the same currency, a frozen wallet sends nothing, the destination's maxBalance, the sender's tier limits to another user. Declined (422), it is recorded as a FAILED TRANSFER_OUT and the hold stays ACTIVE. One a review rule matches is held for review (202): the hold ends VOIDED and the held transfer reserves the amount in the same transaction. A hold that ended (or is past its expiresAt) is 409 HOLD_NOT_ACTIVE.
         */
        post: operations["captureHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/holds/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a hold without paying anything
         * @description A hold that ended (or is past its expiresAt) is 409 HOLD_NOT_ACTIVE.
         */
        post: operations["voidHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Adjustments, newest first, by status (staff)
         * @description A proposal past its 72 hours is EXPIRED from the moment it is read.
         */
        get: operations["listAdjustments"];
        put?: never;
        /**
         * Propose a credit or debit of a wallet (finance, admin)
         * @description Nothing moves until another admin approves it; undecided, it expires after 72 hours. Recorded in the audit trail (adjustment.proposed).
         */
        post: operations["proposeAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/adjustments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One adjustment (staff) */
        get: operations["getAdjustment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/adjustments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an adjustment: its money moves (admin, not its proposer)
         * @description Posts an ADJUSTMENT entry in the same transaction as the approval, once: approving a decided adjustment is 409 ADJUSTMENT_NOT_PROPOSED. A debit the balance does not cover (INSUFFICIENT_FUNDS) or a credit past the currency limit (BALANCE_LIMIT_EXCEEDED) is refused and the adjustment stays PROPOSED. Recorded in the audit trail (adjustment.approved).
         */
        post: operations["approveAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/adjustments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an adjustment (admin), or withdraw your own proposal; nothing moves
         * @description Recorded in the audit trail (adjustment.rejected).
         */
        post: operations["rejectAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the audit trail, newest first (staff)
         * @description Every filter is optional; they combine.
         */
        get: operations["searchAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the audit trail as CSV or JSON lines, oldest first (staff)
         * @description The same filters as the search; every matching entry, streamed, with its hash, so the chain can be checked outside.
         */
        get: operations["exportAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/books-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest check of the books: when, how, what it read and found (staff) */
        get: operations["getLatestBooksCheck"];
        put?: never;
        /**
         * Check the books now, incrementally (admin; recorded in the audit trail as books.checked)
         * @description Runs the same check as the schedule and `pnpm books:check`, over what moved since the last one, and the whole hash chain of the ledger and the audit trail. 503 when another check is running.
         */
        post: operations["checkBooksNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/review-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review rules in force, and earlier versions (staff) */
        get: operations["getReviewRules"];
        /** Save the whole rule set as a new version, in force for the next transfer (admin) */
        put: operations["replaceReviewRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transfers held for review, oldest first (staff) */
        get: operations["listReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/reviews/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a held transfer: a FAILED REVIEW_REJECTED entry, nothing moves (finance, admin) */
        post: operations["rejectReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/reviews/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a held transfer: it posts as a normal transfer under its id (finance, admin) */
        post: operations["releaseReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tiers, their limits and how many users each has (staff) */
        get: operations["listTiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/tiers/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a tier's requests a minute and money limits (admin)
         * @description Replaces the whole tier: every currency it limits (one left out is no longer limited). Requests a minute reach every API process within 30 seconds; money limits apply from the next transfer.
         */
        put: operations["updateTier"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ledger entries by an integrator's reference (staff) */
        get: operations["findTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Any ledger entry and its wallet (staff) */
        get: operations["getTransactionForStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find users by the start of their email (staff) */
        get: operations["findUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's page: wallets, keys, sessions, security history (staff; recorded in the audit trail) */
        get: operations["getUserPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Grant a staff role, or take it away with `user` (admin) */
        put: operations["setUserRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/users/{id}/tier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put a user on a tier (admin)
         * @description Any tier but anonymous. Applies at once to money limits, and within 30 seconds to requests a minute.
         */
        put: operations["setUserTier"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/wallets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Any wallet, its owner and newest entries (staff) */
        get: operations["getWalletForStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/wallets/{id}/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a wallet is frozen, since when, why and by whom (staff) */
        get: operations["getWalletFreeze"];
        put?: never;
        /**
         * Freeze a wallet: it sends nothing until unfrozen, and still receives (finance, admin)
         * @description Its owner's transfers and refunds out are then declined with 422 WALLET_FROZEN (recorded as FAILED entries). Freezing a frozen wallet changes nothing. Recorded in the audit trail (wallet.frozen).
         */
        post: operations["freezeWallet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/wallets/{id}/unfreeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unfreeze a wallet (finance, admin)
         * @description Unfreezing one that is not frozen changes nothing. Recorded in the audit trail (wallet.unfrozen).
         */
        post: operations["unfreezeWallet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your payment requests, newest first
         * @description The ones you asked (role=requester), the ones asked of you or that you paid (role=payer), or both.
         */
        get: operations["listPaymentRequests"];
        put?: never;
        /**
         * Ask for a payment into one of your wallets
         * @description From a named wallet (payerWalletId: its owner sees it in their list and live) or by its link (payUrl) for anyone signed in. Nothing moves until it is paid.
         */
        post: operations["createPaymentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a payment request
         * @description Any signed-in caller holding the id of a link request; a request asked of a wallet, only its requester and that wallet's owner (404 for others).
         */
        get: operations["getPaymentRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a payment request you asked */
        post: operations["cancelPaymentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a payment request asked of your wallet
         * @description Only the owner of the wallet asked; a link request has no payer to decline it (403).
         */
        post: operations["declinePaymentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-requests/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a payment request
         * @description One transfer of the request's amount from your wallet to the request's, with its memo; the request is PAID in the same transaction, and only one payment of it ever lands. Declines (422) are the transfer's, recorded as a FAILED leg, and leave it OPEN. A payment a review rule holds leaves it OPEN with heldForReview (no transactions yet).
         */
        post: operations["payPaymentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/request-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your API requests, newest first: the request log of your keys (kept 30 days)
         * @description Every request made with one of your API keys, refused ones included (a missing scope, an invalid field, a rate limit): when, method, route pattern, status, time taken, request id, Idempotency-Key and problem code. Never a body, a header or a secret. Signed in, you see all your keys (or one, `keyId`); with an API key (any scope), only that key's own requests. Rows are written in batches about a second after the answer; newest first is the order they were written (with several API servers, it can differ slightly from `at`). The Idempotency-Key is logged only when valid (else null). Not logged: requests with no valid key (401), those refused before the key is checked (no such route, a body that is not JSON or too large) and the dashboard's (a session).
         */
        get: operations["listRequestLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scheduled-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your scheduled transfers, newest first
         * @description With walletId, those from or to that wallet.
         */
        get: operations["listScheduledTransfers"];
        put?: never;
        /**
         * Schedule a transfer: once, or every week or month
         * @description From one of your wallets to any wallet of the same currency, first at startAt (now, or later), then every WEEK or MONTH (on the same day of the month, or the last day of a shorter month) until repeat.until or repeat.count. Each occurrence runs once, as a transfer asked for then: a declined one (insufficient funds, frozen, limits) is recorded as a FAILED entry and the occurrence as DECLINED, and the series goes on.
         */
        post: operations["createScheduledTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scheduled-transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scheduled transfer of yours, with the occurrences that ran */
        get: operations["getScheduledTransfer"];
        put?: never;
        post?: never;
        /**
         * Cancel a scheduled transfer for good
         * @description Nothing runs after this; what ran stays in the ledger. Cancelling a cancelled one changes nothing.
         */
        delete: operations["cancelScheduledTransfer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scheduled-transfers/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a scheduled transfer
         * @description Occurrences due while it is paused are skipped (they count towards repeat.count). Pausing a paused one changes nothing.
         */
        post: operations["pauseScheduledTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scheduled-transfers/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused scheduled transfer
         * @description The next occurrence is the first one due from now on; COMPLETED if the series ended while paused. Resuming an active one changes nothing.
         */
        post: operations["resumeScheduledTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one ledger entry */
        get: operations["getTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a received transfer back, in whole or in part
         * @description Only the receiver of a transfer, on its TRANSFER_IN entry. A refund is a transfer of its own from the receiving wallet to the source, with both legs carrying refundOf (the original transferId); without an amount it sends back all that is left. A declined refund (422 INSUFFICIENT_FUNDS, BALANCE_LIMIT_EXCEEDED) is recorded as a FAILED TRANSFER_OUT.
         */
        post: operations["refundTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Up to 100 transfers under one Idempotency-Key (a payroll)
         * @description Each transfer meets the checks of a single transfer (POST /api/v1/wallets/transfer), in the order given. mode atomic: all are posted (or held for review), or none is and the answer is 422 BATCH_TRANSFER_FAILED naming the index of the first refused one and its problem. mode independent: results lists each outcome (SUCCESS, PENDING_REVIEW, or FAILED with the problem a single transfer would have answered, its FAILED entry written as for a single transfer). A malformed transfer (bad field, same wallet twice, an amount its currency cannot hold) refuses the whole batch with 400 naming it (transfers.<index>.<field>). The answer is stored under the Idempotency-Key: a retry replays it and moves nothing.
         */
        post: operations["transferBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List wallets
         * @description Oldest first, paginated with nextCursor.
         */
        get: operations["listWallets"];
        put?: never;
        /**
         * Create a wallet
         * @description Currency defaults to USD; the name to "<currency> wallet".
         */
        post: operations["createWallet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a wallet with its 20 newest transactions */
        get: operations["getWallet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets/{id}/alert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A wallet's balance alert */
        get: operations["getBalanceAlert"];
        /**
         * Set a wallet's balance alert (below and/or above)
         * @description Replaces the alert: a threshold absent or null is cleared (both cleared: no alert). A movement that takes the balance from at least `below` to under it raises balance.below; from at most `above` to over it, balance.above (a live `alert` event and a webhook), once per crossing.
         */
        put: operations["setBalanceAlert"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets/{id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A wallet's balance at a moment, from its ledger
         * @description The balanceAfter of the newest ledger entry at or before `at` (default now); 0 before the first entry, including before the wallet existed.
         */
        get: operations["getWalletBalanceAt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets/{id}/fund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add money to a wallet
         * @description A credit past the currency maxBalance is declined (422) and recorded as a FAILED FUND.
         */
        post: operations["fundWallet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets/{id}/held-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A wallet's transfers held for review, newest first (at most 50)
         * @description Held (PENDING_REVIEW) transfers reserve their amount: the wallet's availableBalance leaves it out. Released ones are in the ledger as a transfer with the same id; rejected ones as a FAILED row with failureCode REVIEW_REJECTED.
         */
        get: operations["listHeldTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets/{id}/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A wallet's holds, newest first
         * @description Paginated with nextCursor; filter by status.
         */
        get: operations["listHolds"];
        put?: never;
        /**
         * Reserve money on a wallet, to capture or void later
         * @description The amount is reserved (the wallet's availableBalance leaves it out) until the hold is captured, voided or expires (expiresAt: in the future, at most 30 days ahead). More than is available is 422 INSUFFICIENT_FUNDS, a frozen wallet 422 WALLET_FROZEN: neither writes a ledger row (nothing moves), but the answer is stored under the Idempotency-Key.
         */
        post: operations["createHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets/{id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A wallet's statement: opening balance, every entry, closing balance
         * @description From `from` to `to` (default: the 30 days up to now; at most 366 days), streamed. CSV with `format=csv` or `Accept: text/csv` (a download, with Content-Disposition); otherwise JSON.
         */
        get: operations["getWalletStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets/{id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A wallet's ledger, newest first
         * @description Paginated with nextCursor; filter by type.
         */
        get: operations["listWalletTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer between two wallets of one currency
         * @description Atomic: both legs (TRANSFER_OUT, TRANSFER_IN) are written or neither. A declined transfer (422) is recorded as a FAILED TRANSFER_OUT on the source, whose id the problem carries as transactionId. A transfer to a wallet of another user counts against the tier limits of the sender (LIMIT_EXCEEDED past the daily or the monthly one, UTC).
         */
        post: operations["transferBetweenWallets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your webhook endpoints, oldest first */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Add a webhook endpoint
         * @description The answer holds the signing `secret` this once. The URL must reach a public address, and its name must resolve (checked now, and again at every delivery). An API key needs `wallets:read` as well as `webhooks:write`: the events carry wallet data (wallet, amount, balance, memo), so a key that cannot read wallets cannot have them sent anywhere either (403 FORBIDDEN). A signed-in session has every scope.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint: nothing more is sent to it, pending retries included */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An endpoint's deliveries, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again (one that failed, or succeeded), with the same webhook-id */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event to this endpoint
         * @description Sends a signed `webhook.test` event (`data: { endpointId, message }`) to this endpoint, whatever it subscribes to, the way every event is sent: it is queued, retried when the endpoint does not answer 2xx, and listed in the deliveries. Moves no money.
         */
        post: operations["createWebhookTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountCurrencyLimit: {
            /** @example USD */
            currency: string;
            daily?: components["schemas"]["PeriodLimit"] | null;
            monthly?: components["schemas"]["PeriodLimit"] | null;
        };
        AccountLimits: {
            /** @description Money you may still send to other users, per currency with a limit; others are not limited. */
            limits: components["schemas"]["AccountCurrencyLimit"][];
            /**
             * @description Requests a minute, all your keys and sessions together.
             * @example 100
             */
            requestsPerMinute: number;
            /** @example standard */
            tier: string;
        };
        Adjustment: {
            /**
             * @description Major units, exact (at most 15 significant digits).
             * @example 25
             */
            amount: number;
            /** @example USD */
            currency: string;
            /** Format: date-time */
            decidedAt: string | null;
            decidedBy: components["schemas"]["AdjustmentActor"] | null;
            /** @description Why it was rejected or withdrawn. */
            decisionReason: string | null;
            /** @enum {string} */
            direction: "CREDIT" | "DEBIT";
            /**
             * Format: date-time
             * @description Undecided by then, it expires and moves nothing.
             */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            proposedAt: string;
            proposedBy: components["schemas"]["AdjustmentActor"];
            /** @example Card network chargeback 2026-12-01, ticket OPS-1042 */
            reason: string;
            /** @enum {string} */
            status: "PROPOSED" | "APPROVED" | "REJECTED" | "EXPIRED";
            /**
             * Format: uuid
             * @description The ADJUSTMENT ledger entry an approval posted.
             */
            transactionId: string | null;
            /** Format: uuid */
            walletId: string;
        };
        AdjustmentActor: {
            /** @example ops@example.com */
            email: string;
            /** Format: uuid */
            id: string;
        };
        AdjustmentPage: {
            data: components["schemas"]["Adjustment"][];
            nextCursor: string | null;
        };
        ApiKey: {
            /**
             * @description The API version the key is pinned to: its calls are answered in it unless they send Wallet-Version.
             * @example 2026-12-08
             */
            apiVersion: components["schemas"]["ApiVersion"];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the key stops working by itself (set at creation, or by a rotation); null: never.
             */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** @description The wallets the key reaches: live or test. */
            mode: components["schemas"]["Mode"];
            /** @example Accounting export */
            name: string;
            /**
             * @description The first characters of the key, to recognise it by.
             * @example wk_3hF9xQ
             */
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            /**
             * Format: uuid
             * @description The key that replaced this one (POST /api/v1/api-keys/{id}/rotate).
             */
            rotatedTo: string | null;
            scopes: components["schemas"]["Scope"][];
        };
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
        };
        /**
         * @description The API version the key is pinned to: its calls are answered in it unless they send Wallet-Version.
         * @enum {string}
         */
        ApiVersion: "2026-11-26" | "2026-12-08";
        ApprovedAdjustment: {
            adjustment: components["schemas"]["Adjustment"];
            transaction: components["schemas"]["Transaction"];
            wallet: components["schemas"]["StaffWallet"];
        };
        AuditEventPage: {
            data: components["schemas"]["AuditEventView"][];
            nextCursor: string | null;
        };
        AuditEventView: {
            /** @example wallet.frozen */
            action: string;
            /** @example ops@example.com */
            actorEmail: string | null;
            /**
             * Format: uuid
             * @description The user who acted; null when a command on the server did.
             */
            actorId: string | null;
            /** @example pnpm ops:grant (root@host) */
            actorLabel: string | null;
            /** @example finance */
            actorRole: string | null;
            /** @example 203.0.113.7 */
            address: string | null;
            after: Record<string, never> | null;
            before: Record<string, never> | null;
            /** @description sha256 (hex) chaining this entry to the one before it. */
            hash: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            requestId: string | null;
            /**
             * @description Position in the trail (the hash chain runs in this order).
             * @example 42
             */
            seq: string;
            subjectId: string | null;
            /** @example wallet */
            subjectType: string | null;
            /**
             * Format: uuid
             * @description The user whose security history shows it.
             */
            userId: string | null;
        };
        BalanceAlert: {
            /** @example 1000 */
            above: number | null;
            /** @example 50 */
            below: number | null;
            /** @example USD */
            currency: string;
            /** Format: date-time */
            updatedAt: string | null;
            /** Format: uuid */
            walletId: string;
        };
        BalanceAt: {
            /** Format: date-time */
            at: string;
            /**
             * @description The balance after the newest ledger entry at or before `at`; 0 before the first.
             * @example 74.5
             */
            balance: number;
            /** @example USD */
            currency: string;
            /** Format: uuid */
            walletId: string;
        };
        /**
         * @description SUCCESS: posted. PENDING_REVIEW: held by a review rule, its amount reserved on the source (see `transfer`). FAILED: refused (see `problem`); only in independent mode.
         * @enum {string}
         */
        BatchItemStatus: "SUCCESS" | "PENDING_REVIEW" | "FAILED";
        /**
         * @description atomic: every transfer is posted (or held for review), or none is and the batch answers 422 BATCH_TRANSFER_FAILED naming the first refused one. independent: each transfer has its own outcome; a refused one does not stop the others.
         * @enum {string}
         */
        BatchMode: "atomic" | "independent";
        BatchTransferItem: {
            /**
             * @description The position of the transfer in the request, from 0.
             * @example 0
             */
            index: number;
            /** @description On FAILED: the problem this transfer alone would have answered (its transactionId names the FAILED entry, when one was written). */
            problem?: components["schemas"]["Problem"];
            /** @description SUCCESS: posted. PENDING_REVIEW: held by a review rule, its amount reserved on the source (see `transfer`). FAILED: refused (see `problem`); only in independent mode. */
            status: components["schemas"]["BatchItemStatus"];
            /** @description On SUCCESS: [TRANSFER_OUT, TRANSFER_IN], only the caller's own legs (so [TRANSFER_OUT] into another user's wallet). */
            transactions?: components["schemas"]["Transaction"][];
            /** @description On PENDING_REVIEW: the held transfer. */
            transfer?: components["schemas"]["HeldTransfer"];
        };
        BatchTransferRequest: {
            /** @description atomic: every transfer is posted (or held for review), or none is and the batch answers 422 BATCH_TRANSFER_FAILED naming the first refused one. independent: each transfer has its own outcome; a refused one does not stop the others. */
            mode: components["schemas"]["BatchMode"];
            /** @description 1 to 100 transfers, each checked exactly as a single transfer is, run in the order given. */
            transfers: components["schemas"]["TransferRequest"][];
        };
        BatchTransferResult: {
            /** @description One per transfer of the request, in its order. */
            results: components["schemas"]["BatchTransferItem"][];
        };
        BooksCheckRecord: {
            /** @description The ledger digest it took ('<seq>:<sha256 hex>'): keep it outside the database. */
            digest: string | null;
            /** @description How many problems it found: 0 when the books balance. */
            discrepancies: number;
            /** Format: date-time */
            finishedAt: string;
            /** @enum {string} */
            mode: "full" | "incremental";
            /** @description True when it found nothing wrong. */
            ok: boolean;
            /** @description Ledger rows it read in detail. */
            rowsChecked: number;
            /** @description Wallets it read (an incremental check reads only those that moved). */
            walletsChecked: number;
        };
        BooksCheckSummary: {
            digest: string | null;
            discrepancies: number;
            durationMs: number;
            /** @description The first 20 problems found. */
            found: components["schemas"]["BooksDiscrepancy"][];
            /** @enum {string} */
            mode: "full" | "incremental";
            ok: boolean;
            rowsChecked: number;
            /** @description Ledger rows whose hash was recomputed (every row). */
            rowsHashed: number;
            /** Format: date-time */
            startedAt: string;
            /** @description True when the list of problems was cut short. */
            truncated: boolean;
            walletsChecked: number;
        };
        BooksDiscrepancy: {
            detail: string;
            /**
             * @description What is wrong (docs/operations.md lists the kinds).
             * @example BALANCE_NOT_SUM
             */
            kind: string;
            /** Format: uuid */
            transactionId: string | null;
            /** Format: uuid */
            transferId: string | null;
            /** Format: uuid */
            walletId: string | null;
        };
        CaptureHoldRequest: {
            /**
             * @description How much of the hold to pay, at most its amount; the rest is released. Defaults to all of it.
             * @example 20.00
             */
            amount?: number | string;
            /**
             * Format: uuid
             * @description The wallet to pay: any wallet, as for a transfer.
             */
            destinationWalletId: string;
        };
        CaptureResult: {
            /** @description The destination after the move, or only { id, currency } when it is another user's wallet. */
            destinationWallet: components["schemas"]["Wallet"] | components["schemas"]["ForeignWallet"];
            hold: components["schemas"]["Hold"];
            /** @description The hold's wallet after the capture. */
            sourceWallet: components["schemas"]["Wallet"];
            /** @description [TRANSFER_OUT, TRANSFER_IN] with transferId = the hold's id; only the caller's own legs, so [TRANSFER_OUT] into another user's wallet. */
            transactions: components["schemas"]["Transaction"][];
        };
        ChangePasswordRequest: {
            /** @example correct horse battery staple */
            currentPassword: string;
            /** @example a longer and newer passphrase */
            newPassword: string;
        };
        /** @description The other wallet of a transfer leg. `name` is that wallet's name when it is the viewer's own, else its owner's display name (null when they have not chosen one: show "Someone", never an email). `walletId` is null where the visibility rule hides it (the payer's wallet of money received). */
        Counterparty: {
            /** @example Ada Lovelace */
            name: string | null;
            /** @description Whether the other wallet is also the viewer’s own. */
            ownWallet: boolean;
            /**
             * Format: uuid
             * @description The other wallet; null when hidden from this viewer.
             */
            walletId: string | null;
        };
        CreateApiKeyRequest: {
            /**
             * @description The key stops working this many days from now (401 API_KEY_EXPIRED from version 2026-12-08, UNAUTHENTICATED before). Without it, it lasts until revoked.
             * @example 90
             */
            expiresInDays?: number;
            /** @description A test key (secret `wk_test_...`) reaches only test wallets, a live key only live ones. Default live. */
            mode?: components["schemas"]["Mode"];
            /**
             * @description Trimmed; no control characters.
             * @example Accounting export
             */
            name: string;
            /**
             * @example [
             *       "wallets:read"
             *     ]
             */
            scopes: components["schemas"]["Scope"][];
        };
        CreatedApiKey: {
            /**
             * @description The API version the key is pinned to: its calls are answered in it unless they send Wallet-Version.
             * @example 2026-12-08
             */
            apiVersion: components["schemas"]["ApiVersion"];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the key stops working by itself (set at creation, or by a rotation); null: never.
             */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description The secret, shown this once. Send it as Authorization: Bearer <key>.
             * @example wk_3hF9xQ...
             */
            key: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** @description The wallets the key reaches: live or test. */
            mode: components["schemas"]["Mode"];
            /** @example Accounting export */
            name: string;
            /**
             * @description The first characters of the key, to recognise it by.
             * @example wk_3hF9xQ
             */
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            /**
             * Format: uuid
             * @description The key that replaced this one (POST /api/v1/api-keys/{id}/rotate).
             */
            rotatedTo: string | null;
            scopes: components["schemas"]["Scope"][];
        };
        CreatedWebhookEndpoint: {
            /** Format: date-time */
            createdAt: string;
            events: components["schemas"]["WebhookEventType"][];
            /** Format: uuid */
            id: string;
            /** @description The caller's mode when it was made: a live endpoint receives live wallets' events only, a test endpoint test wallets' (their payloads say `livemode`). Only callers of its mode see it. */
            mode: components["schemas"]["Mode"];
            /**
             * @description The signing secret (Standard Webhooks: whsec_ + base64), shown this once. Verify each delivery with it.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /** @example https://example.com/webhooks/wallet */
            url: string;
        };
        CreateHoldRequest: {
            /**
             * @description The amount to reserve, in major units (a JSON number or a decimal string), at most what the wallet has available.
             * @example 25.00
             */
            amount: number | string;
            /**
             * @description A memo, shown on both legs of a transfer. Trimmed; 1-140 characters; no control characters.
             * @example Dinner on Friday
             */
            description?: string;
            /**
             * Format: date-time
             * @description When the hold ends on its own (EXPIRED, its money released) if it is neither captured nor voided: in the future, at most 30 days ahead. Without it the hold lasts until it is captured or voided.
             * @example 2026-12-24T18:00:00Z
             */
            expiresAt?: string;
            /**
             * @description Your own id for this movement, stored as sent on your side's entry; searchable with ?q=.
             * @example order-1042
             */
            reference?: string;
        };
        CreatePaymentRequest: {
            /**
             * @description Major units, in the wallet's currency, exact (as a JSON number or a decimal string).
             * @example 25.00
             */
            amount: number | string;
            /**
             * @description A memo: shown to the payer, and on both legs of the payment.
             * @example Concert tickets
             */
            description?: string;
            /**
             * Format: date-time
             * @description When it expires (ISO 8601, in the future, at most 365 days ahead). None: it stays open.
             */
            expiresAt?: string;
            /**
             * Format: uuid
             * @description The wallet asked to pay: its owner sees the request in their list and live. Without it, the request is a link (payUrl) anyone signed in may pay.
             */
            payerWalletId?: string;
            /**
             * Format: uuid
             * @description Your wallet, to be paid.
             */
            walletId: string;
        };
        CreateScheduledTransferRequest: {
            /**
             * @description Amount in major units, as a JSON number or a decimal string, like a transfer.
             * @example 25.00
             */
            amount: number | string;
            /**
             * @description A memo, shown on both legs of a transfer. Trimmed; 1-140 characters; no control characters.
             * @example Dinner on Friday
             */
            description?: string;
            /**
             * Format: uuid
             * @description Any wallet of the same currency.
             */
            destinationWalletId: string;
            /**
             * @description Your own id for this movement, stored as sent on your side's entry; searchable with ?q=.
             * @example order-1042
             */
            reference?: string;
            /** @description Absent: once. */
            repeat?: components["schemas"]["RepeatRequest"];
            /**
             * Format: uuid
             * @description One of your wallets.
             */
            sourceWalletId: string;
            /**
             * Format: date-time
             * @description When the first occurrence runs: now (up to a minute ago is taken as now) or later, at most 5 years ahead.
             */
            startAt: string;
        };
        CreateWalletRequest: {
            /**
             * @description Defaults to USD.
             * @example USD
             * @enum {string}
             */
            currency?: "USD" | "EUR" | "GBP" | "NGN" | "JPY" | "KWD";
            /**
             * @description Defaults to "<currency> wallet". Trimmed; no control characters.
             * @example Holiday savings
             */
            name?: string;
        };
        CreateWebhookEndpointRequest: {
            /**
             * @example [
             *       "transaction.succeeded",
             *       "refund.succeeded"
             *     ]
             */
            events: components["schemas"]["WebhookEventType"][];
            /**
             * @description Where events are POSTed: https (http outside production), a public address, no user name or password.
             * @example https://example.com/webhooks/wallet
             */
            url: string;
        };
        Credentials: {
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        Currency: {
            /** @example USD */
            code: string;
            /** @description Decimal places of the minor unit: USD 2, JPY 0, KWD 3. */
            exponent: number;
            /** @description Largest amount of one operation, major units. */
            maxAmount: number;
            /** @description Largest balance of one wallet, major units. */
            maxBalance: number;
        };
        CurrencyLimits: {
            /**
             * @description In major units; null: not limited.
             * @example 10000
             */
            daily: number | null;
            /**
             * @description In major units; null: not limited.
             * @example 10000
             */
            monthly: number | null;
        };
        CurrencyList: components["schemas"]["Currency"][];
        /**
         * @description The event's type: one an endpoint subscribes to, or webhook.test (a test event).
         * @enum {string}
         */
        DeliveredEventType: "transaction.succeeded" | "transaction.failed" | "refund.succeeded" | "transfer.held" | "transfer.released" | "transfer.rejected" | "payment_request.created" | "payment_request.paid" | "payment_request.declined" | "payment_request.cancelled" | "payment_request.expired" | "hold.created" | "hold.captured" | "hold.voided" | "hold.expired" | "scheduled_transfer.executed" | "scheduled_transfer.failed" | "scheduled_transfer.completed" | "balance.below" | "balance.above" | "webhook.test";
        DisableTwoFactorRequest: {
            /**
             * @description The 6-digit code the authenticator app shows now (or, where said, a recovery code).
             * @example 123456
             */
            code: string;
            /** @example correct horse battery staple */
            password: string;
        };
        ForeignWallet: {
            /** @example USD */
            currency: string;
            /** Format: uuid */
            id: string;
        };
        FreezeRequest: {
            /**
             * @description Why: kept on the wallet (staff only) and in the audit trail.
             * @example Account takeover suspected, ticket OPS-2210
             */
            reason: string;
        };
        FundRequest: {
            /**
             * @description Amount in major units, as a JSON number or a decimal string. Must be > 0, have no more decimals than the currency allows (USD 2, JPY 0, KWD 3) and not exceed its maxAmount. Never rounded.
             * @example 100.50
             */
            amount: number | string;
            /**
             * @description A memo, shown on both legs of a transfer. Trimmed; 1-140 characters; no control characters.
             * @example Dinner on Friday
             */
            description?: string;
            /**
             * @description Your own id for this movement, stored as sent on your side's entry; searchable with ?q=.
             * @example order-1042
             */
            reference?: string;
        };
        FundResult: {
            transaction: components["schemas"]["Transaction"];
            wallet: components["schemas"]["Wallet"];
        };
        HealthStatus: {
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
        HeldCaptureResult: {
            /** @description The hold, VOIDED: its reservation handed to the held transfer in the same transaction (the money stays reserved). */
            hold: components["schemas"]["Hold"];
            /** @description The source wallet: its availableBalance no longer counts the amount. */
            sourceWallet: components["schemas"]["Wallet"];
            transfer: components["schemas"]["HeldTransfer"];
        };
        HeldTransfer: {
            /**
             * @description Major units, exact: reserved on the source wallet while PENDING_REVIEW.
             * @example 12000
             */
            amount: number;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            /** Format: date-time */
            decidedAt: string | null;
            description: string | null;
            /** Format: uuid */
            destinationWalletId: string;
            /**
             * Format: uuid
             * @description The transfer id: once released, both legs carry it as transferId.
             */
            id: string;
            /** @description The rules it met. */
            reasons: ("HOURLY_COUNT" | "HOURLY_AMOUNT" | "DAILY_COUNT" | "DAILY_AMOUNT" | "NEW_COUNTERPARTY" | "SINGLE_AMOUNT")[];
            reference: string | null;
            /**
             * @description The review rule set version that held it.
             * @example 1
             */
            ruleVersion: number;
            /** Format: uuid */
            sourceWalletId: string;
            /** @enum {string} */
            status: "PENDING_REVIEW" | "RELEASED" | "REJECTED";
            /**
             * Format: uuid
             * @description The ledger row of the decision: the release's TRANSFER_OUT leg, or the rejection's FAILED row.
             */
            transactionId: string | null;
        };
        HeldTransferList: {
            data: components["schemas"]["HeldTransfer"][];
        };
        HeldTransferResult: {
            /** @description The source wallet: its availableBalance no longer counts the amount. */
            sourceWallet: components["schemas"]["Wallet"];
            transfer: components["schemas"]["HeldTransfer"];
        };
        Hold: {
            /**
             * @description Major units, exact: reserved on the wallet while ACTIVE.
             * @example 25
             */
            amount: number;
            /**
             * @description What the capture paid (0 unless CAPTURED).
             * @example 20
             */
            capturedAmount: number;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            description: string | null;
            /**
             * Format: uuid
             * @description A capture's destination wallet.
             */
            destinationWalletId: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description When it was captured, voided or expired.
             */
            finishedAt: string | null;
            /**
             * Format: uuid
             * @description The hold id: a capture posts a transfer whose legs carry it as transferId.
             */
            id: string;
            reference: string | null;
            /** @enum {string} */
            status: "ACTIVE" | "CAPTURED" | "VOIDED" | "EXPIRED";
            /**
             * Format: uuid
             * @description A capture's TRANSFER_OUT leg.
             */
            transactionId: string | null;
            /** Format: uuid */
            walletId: string;
        };
        HoldPage: {
            data: components["schemas"]["Hold"][];
            nextCursor: string | null;
        };
        LatestBooksCheckResult: {
            /** @description Null before the first check. */
            latest: components["schemas"]["BooksCheckRecord"] | null;
        };
        LoginRequest: {
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /**
             * @description Only for an account with two-factor sign-in: the 6-digit code of its authenticator app, or one of its recovery codes. Without it such a login answers 401 OTP_REQUIRED.
             * @example 123456
             */
            otp?: string;
            /** @example correct horse battery staple */
            password: string;
        };
        /**
         * @description The caller's mode when it was made: a live endpoint receives live wallets' events only, a test endpoint test wallets' (their payloads say `livemode`). Only callers of its mode see it.
         * @enum {string}
         */
        Mode: "live" | "test";
        Occurrence: {
            /** Format: date-time */
            dueAt: string;
            /** @example INSUFFICIENT_FUNDS */
            failureCode: string | null;
            /** @description 1 for the first. */
            occurrence: number;
            /** Format: date-time */
            ranAt: string;
            /** @enum {string} */
            status: "SUCCEEDED" | "DECLINED" | "PENDING_REVIEW";
            /**
             * Format: uuid
             * @description The TRANSFER_OUT entry (SUCCEEDED) or the FAILED entry (DECLINED).
             */
            transactionId: string | null;
            /**
             * Format: uuid
             * @description The transfer (SUCCEEDED), or the held transfer (PENDING_REVIEW).
             */
            transferId: string | null;
        };
        OpsApiKey: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the key stops working (null: never); in the past: expired.
             */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** @description The wallets the key reaches: live or test. */
            mode: components["schemas"]["Mode"];
            name: string;
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
            /**
             * Format: uuid
             * @description The key it was rotated to (null: not rotated); it stops working at expiresAt.
             */
            rotatedTo: string | null;
            scopes: string[];
        };
        OpsSession: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        OpsWallet: {
            /**
             * @description What can be spent: the balance less reserved money (a transfer held for review). Major units, exact.
             * @example 90.5
             */
            availableBalance: number;
            /**
             * @description Major units, exact.
             * @example 100.5
             */
            balance: number;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            /**
             * @description Frozen by an operator: the wallet sends nothing (transfers and refunds out answer 422 WALLET_FROZEN) but still receives transfers and funding.
             * @example false
             */
            frozen: boolean;
            /** Format: uuid */
            id: string;
            /**
             * @description live: real money. test: a test wallet (test mode), seen only by test keys and the dashboard in test mode; it never exchanges money with a live wallet.
             * @example live
             */
            mode: components["schemas"]["Mode"];
            /** @example Holiday savings */
            name: string;
            /**
             * Format: uuid
             * @description The owner.
             */
            ownerId: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PartyName: {
            /** @description The name they chose to be shown by; null when they chose none. Never an email. */
            name: string | null;
        };
        PaymentRequest: {
            /**
             * @description Major units, exact (at most 15 significant digits).
             * @example 25
             */
            amount: number;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            description: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** @description A payment of it is held for review: it stays OPEN and takes no other payment until staff decide. */
            heldForReview: boolean;
            /** Format: uuid */
            id: string;
            /** @description Who paid (to the requester and the payer). */
            paidBy: components["schemas"]["PartyName"] | null;
            /**
             * Format: uuid
             * @description The wallet asked to pay (null: a link request). Shown to the requester and that payer.
             */
            payerWalletId: string | null;
            /** @description The dashboard's page to pay it (a link or a QR code). */
            payUrl: string;
            /** @description Who asks. */
            requester: components["schemas"]["PartyName"];
            /** @enum {string} */
            status: "OPEN" | "PAID" | "DECLINED" | "CANCELLED" | "EXPIRED";
            /**
             * Format: uuid
             * @description Your leg of the payment: the requester's TRANSFER_IN, the payer's TRANSFER_OUT.
             */
            transactionId: string | null;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: uuid
             * @description The wallet to be paid.
             */
            walletId: string;
        };
        PaymentRequestPage: {
            data: components["schemas"]["PaymentRequest"][];
            nextCursor: string | null;
        };
        PayPaymentRequest: {
            /**
             * Format: uuid
             * @description Your wallet to pay from (same currency).
             */
            sourceWalletId: string;
        };
        PayPaymentRequestResult: {
            paymentRequest: components["schemas"]["PaymentRequest"];
            /** @description Your legs of the transfer (none while it is held for review). */
            transactions: components["schemas"]["Transaction"][];
        };
        PeriodLimit: {
            /** @example 10000 */
            limit: number;
            /** @example 9749.5 */
            remaining: number;
            /**
             * Format: date-time
             * @description When the period ends (UTC midnight).
             */
            resetsAt: string;
            /** @example 250.5 */
            sent: number;
        };
        /** @description RFC 9457 problem details; `code` is stable. */
        Problem: {
            /** @example INSUFFICIENT_FUNDS */
            code: string;
            /**
             * @description On LIMIT_EXCEEDED: the limit's currency.
             * @example USD
             */
            currency?: string;
            /** @example The balance of 10.00 USD does not cover 25.00 USD. */
            detail: string;
            /** @description Per-field problems of a VALIDATION_FAILED. */
            errors?: {
                field: string;
                message: string;
            }[];
            /**
             * Format: date-time
             * @description On API_KEY_EXPIRED (version 2026-12-08 on): when the key stopped working.
             * @example 2026-12-09T10:00:00.000Z
             */
            expiredAt?: string;
            /**
             * @description On HOLD_NOT_ACTIVE: how the hold ended already.
             * @enum {string}
             */
            holdStatus?: "CAPTURED" | "VOIDED" | "EXPIRED";
            /**
             * @description On BATCH_TRANSFER_FAILED: the position (from 0) of the transfer that was refused; on a SAME_WALLET_TRANSFER or VALIDATION_FAILED of a batch, the transfer at fault.
             * @example 3
             */
            index?: number;
            /**
             * @description On LIMIT_EXCEEDED: the limit, in major units.
             * @example 10000
             */
            limit?: number;
            /**
             * @description On PAYMENT_REQUEST_NOT_OPEN: the status of the payment request (OPEN: a payment of it is held for review).
             * @enum {string}
             */
            paymentRequestStatus?: "PAID" | "DECLINED" | "CANCELLED" | "EXPIRED" | "OPEN";
            /**
             * @description On LIMIT_EXCEEDED: the UTC period whose limit the transfer would pass.
             * @enum {string}
             */
            period?: "day" | "month";
            /** @description On BATCH_TRANSFER_FAILED: the problem the refused transfer met, as that transfer alone would have answered it (without transactionId: nothing was recorded). */
            problem?: {
                [key: string]: unknown;
            };
            /**
             * @description On REFUND_EXCEEDS_REMAINING: how much of the transfer is left to refund; on LIMIT_EXCEEDED: what is left of the limit in its period. In major units.
             * @example 12.5
             */
            remaining?: number;
            /** @description On a 500: the id of the request, to quote to support. */
            requestId?: string;
            /** @description On a 429 or a 503: the seconds to wait before retrying. */
            retryAfterSeconds?: number;
            /**
             * @description On REVIEW_NOT_PENDING: how the held transfer was decided already.
             * @enum {string}
             */
            reviewStatus?: "RELEASED" | "REJECTED";
            /**
             * @description On SCHEDULED_TRANSFER_ENDED: how the scheduled transfer ended.
             * @enum {string}
             */
            scheduledTransferStatus?: "CANCELLED" | "COMPLETED";
            /** @example 422 */
            status: number;
            /**
             * @description On LIMIT_EXCEEDED: the sender's tier.
             * @example standard
             */
            tier?: string;
            /** @example Insufficient funds */
            title: string;
            /** @description For a declined fund, transfer or refund: the FAILED ledger entry that records it. */
            transactionId?: string;
            /** @example urn:wallet:problem:insufficient-funds */
            type: string;
        };
        ProposeAdjustmentRequest: {
            /**
             * @description Major units of the wallet's currency, as a number or a decimal string; > 0; never rounded.
             * @example 25.00
             */
            amount: number | string;
            /**
             * @description CREDIT adds to the balance, DEBIT takes off.
             * @enum {string}
             */
            direction: "CREDIT" | "DEBIT";
            /**
             * @description Why: shown to staff, kept in the audit trail.
             * @example Card network chargeback 2026-12-01, ticket OPS-1042
             */
            reason: string;
            /** Format: uuid */
            walletId: string;
        };
        PutRulesRequest: {
            note?: string;
            /** @description The whole rule set (as ReviewRuleSetView.rules); it becomes a new version. */
            rules: Record<string, never>;
        };
        ReadinessStatus: {
            /** @description The read replica, when DATABASE_REPLICA_URL is set. Its absence never makes the process unready. */
            replica?: components["schemas"]["ReplicaStatus"];
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
        RecoveryCodes: {
            /**
             * @description Ten one-time recovery codes, shown this once (only their hashes are kept). Each signs in once in place of a code.
             * @example [
             *       "7KQM-3WXN-PZ4R-HV2T",
             *       "C8FJ-ZL5E-QW3A-M9TD",
             *       "R2XH-6BNV-KP7S-YG4L",
             *       "E5TW-9MCA-HZ2Q-UJ8N",
             *       "L4PD-3VKR-W7XE-B6GS",
             *       "N9QA-5HJT-Z2MC-F8RY",
             *       "V3GK-7PLW-D5SB-X2EH",
             *       "Y6MR-4CQN-J8TU-A3ZP",
             *       "B7WF-2XDL-S9KE-G5HM",
             *       "T8JC-6RZA-P4NV-Q3LW"
             *     ]
             */
            recoveryCodes: string[];
        };
        RefundRequest: {
            /**
             * @description How much to send back, in major units (a JSON number or a decimal string). Defaults to all that is left to refund.
             * @example 5.00
             */
            amount?: number | string;
            /**
             * @description A memo, shown on both legs of a transfer. Trimmed; 1-140 characters; no control characters.
             * @example Dinner on Friday
             */
            description?: string;
            /**
             * @description Your own id for this movement, stored as sent on your side's entry; searchable with ?q=.
             * @example order-1042
             */
            reference?: string;
        };
        RefundResult: {
            /** @description The wallet the money went back to, after the refund; null when it is another user's (the original payer's id stays hidden). */
            destinationWallet: components["schemas"]["Wallet"] | null;
            sourceWallet: components["schemas"]["Wallet"];
            /** @description [TRANSFER_OUT, TRANSFER_IN]; only the caller's own legs, so [TRANSFER_OUT] into another user's wallet, with destinationWalletId null. */
            transactions: components["schemas"]["Transaction"][];
        };
        RejectAdjustmentRequest: {
            /** @example Duplicate of an earlier adjustment */
            reason: string;
        };
        RejectRequest: {
            /** @example The payee is a known mule account. */
            reason: string;
        };
        Repeat: {
            count: number | null;
            /** @enum {string} */
            every: "WEEK" | "MONTH";
            /** Format: date-time */
            until: string | null;
        };
        RepeatRequest: {
            /** @description How many occurrences the series has (those skipped while paused included). */
            count?: number;
            /**
             * @description WEEK: every 7 days. MONTH: on the same day each month (the last day of a shorter month).
             * @enum {string}
             */
            every: "WEEK" | "MONTH";
            /**
             * Format: date-time
             * @description No occurrence after this time (inclusive). A date alone means its start (00:00 UTC).
             */
            until?: string;
        };
        ReplicaStatus: {
            /** @description How far behind the primary the replica is, in milliseconds (null while it is away). */
            lagMs: number | null;
            /**
             * @description ok: reads that may lag go to the replica; lagging (behind by more than REPLICA_MAX_LAG_MS) or unavailable: they go to the primary.
             * @enum {string}
             */
            state: "ok" | "lagging" | "unavailable";
        };
        RequestLogPage: {
            data: components["schemas"]["RequestLogView"][];
            nextCursor: string | null;
        };
        RequestLogView: {
            /**
             * Format: uuid
             * @description The API key that made the request.
             */
            apiKeyId: string;
            /** Format: date-time */
            at: string;
            /**
             * @description Time from arrival to the answer, in milliseconds.
             * @example 12
             */
            durationMs: number;
            /**
             * @description Position in the log (newest first); opaque.
             * @example 1042
             */
            id: string;
            /** @description The Idempotency-Key sent, if any. */
            idempotencyKey: string | null;
            /** @example POST */
            method: string;
            /**
             * @description The problem code of an error answer.
             * @example INSUFFICIENT_FUNDS
             */
            problemCode: string | null;
            /** @description The X-Request-Id of the answer. */
            requestId: string;
            /**
             * @description The route pattern matched (ids appear as :id).
             * @example /api/v1/wallets/:id/fund
             */
            route: string;
            /**
             * @description 499: the client closed the connection first.
             * @example 201
             */
            status: number;
        };
        ReviewItem: {
            /**
             * @description Major units, exact: reserved on the source wallet while PENDING_REVIEW.
             * @example 12000
             */
            amount: number;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            /** Format: date-time */
            decidedAt: string | null;
            /**
             * Format: uuid
             * @description The staff member who decided.
             */
            decidedBy: string | null;
            /** @description A rejection's reason. */
            decisionReason: string | null;
            description: string | null;
            /** Format: uuid */
            destinationWalletId: string;
            /**
             * Format: uuid
             * @description The transfer id: once released, both legs carry it as transferId.
             */
            id: string;
            ownerEmail: string | null;
            /**
             * Format: uuid
             * @description The payer.
             */
            ownerId: string;
            /** @description The rules it met. */
            reasons: ("HOURLY_COUNT" | "HOURLY_AMOUNT" | "DAILY_COUNT" | "DAILY_AMOUNT" | "NEW_COUNTERPARTY" | "SINGLE_AMOUNT")[];
            reference: string | null;
            /**
             * @description The review rule set version that held it.
             * @example 1
             */
            ruleVersion: number;
            /** Format: uuid */
            sourceWalletId: string;
            /** @enum {string} */
            status: "PENDING_REVIEW" | "RELEASED" | "REJECTED";
            /**
             * Format: uuid
             * @description The ledger row of the decision: the release's TRANSFER_OUT leg, or the rejection's FAILED row.
             */
            transactionId: string | null;
        };
        ReviewPage: {
            data: components["schemas"]["ReviewItem"][];
            nextCursor: string | null;
        };
        ReviewRuleSetPage: {
            active: components["schemas"]["ReviewRuleSetView"];
            /** @description Earlier versions, newest first (at most 20). */
            history: components["schemas"]["ReviewRuleSetView"][];
        };
        ReviewRuleSetView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            note: string | null;
            /**
             * @description hourly and daily: { maxCount (null: off), maxAmount: { CUR: major units } }; newCounterpartyAbove and singleAmountAbove: { CUR: major units }. A currency absent is a rule off for it.
             * @example {
             *       "hourly": {
             *         "maxCount": 20,
             *         "maxAmount": {
             *           "USD": 5000
             *         }
             *       },
             *       "daily": {
             *         "maxCount": null,
             *         "maxAmount": {
             *           "USD": 20000
             *         }
             *       },
             *       "newCounterpartyAbove": {
             *         "USD": 10000
             *       },
             *       "singleAmountAbove": {
             *         "USD": 100000
             *       }
             *     }
             */
            rules: Record<string, never>;
            /** @example 2 */
            version: number;
        };
        RotateApiKeyRequest: {
            /**
             * @description How many hours the old key keeps working beside the new one; 0 stops it now.
             * @default 24
             */
            overlapHours: number;
        };
        RotatedApiKey: {
            /** @description The new key, with its secret (shown this once): the old key's name, scopes and version. */
            newKey: components["schemas"]["CreatedApiKey"];
            /** @description The old key: it works until its expiresAt, then stops. */
            oldKey: components["schemas"]["ApiKey"];
        };
        ScheduledTransfer: {
            /**
             * @description Major units, exact (at most 15 significant digits).
             * @example 25
             */
            amount: number;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            description: string | null;
            /**
             * @description On reads (list, get): the destination as you may see it: your own wallet by its name, anyone else’s by the display name its owner chose (null when none; never an email).
             * @example Ada Lovelace
             */
            destinationName?: string | null;
            /** Format: uuid */
            destinationWalletId: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the next occurrence runs; null once CANCELLED or COMPLETED.
             */
            nextRunAt: string | null;
            /** @description Occurrences that ran (succeeded or declined). */
            occurrencesRun: number;
            reference: string | null;
            /** @description null: once. */
            repeat: components["schemas"]["Repeat"] | null;
            /** Format: uuid */
            sourceWalletId: string;
            /** Format: date-time */
            startAt: string;
            /** @enum {string} */
            status: "ACTIVE" | "PAUSED" | "CANCELLED" | "COMPLETED";
        };
        ScheduledTransferDetail: {
            /**
             * @description Major units, exact (at most 15 significant digits).
             * @example 25
             */
            amount: number;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            description: string | null;
            /**
             * @description On reads (list, get): the destination as you may see it: your own wallet by its name, anyone else’s by the display name its owner chose (null when none; never an email).
             * @example Ada Lovelace
             */
            destinationName?: string | null;
            /** Format: uuid */
            destinationWalletId: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the next occurrence runs; null once CANCELLED or COMPLETED.
             */
            nextRunAt: string | null;
            /** @description The occurrences that ran, newest first (at most 100). */
            occurrences: components["schemas"]["Occurrence"][];
            /** @description Occurrences that ran (succeeded or declined). */
            occurrencesRun: number;
            reference: string | null;
            /** @description null: once. */
            repeat: components["schemas"]["Repeat"] | null;
            /** Format: uuid */
            sourceWalletId: string;
            /** Format: date-time */
            startAt: string;
            /** @enum {string} */
            status: "ACTIVE" | "PAUSED" | "CANCELLED" | "COMPLETED";
        };
        ScheduledTransferPage: {
            data: components["schemas"]["ScheduledTransfer"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        Scope: "wallets:read" | "wallets:write" | "transfers:write" | "webhooks:write";
        SecurityEventPage: {
            data: components["schemas"]["SecurityEventView"][];
            nextCursor: string | null;
        };
        SecurityEventView: {
            /** @example auth.login */
            action: string;
            /** @example 203.0.113.7 */
            address: string | null;
            /**
             * @description Who did it: you, a member of staff (not named), someone unknown (a failed sign-in with your email), or the system.
             * @enum {string}
             */
            by: "you" | "staff" | "someone" | "system";
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
        };
        SessionInfo: {
            /** Format: date-time */
            createdAt: string;
            /** @description True for the session this request came with. */
            current: boolean;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
        };
        SessionList: {
            /** @description Live sessions (not ended, not expired), newest first. */
            data: components["schemas"]["SessionInfo"][];
        };
        SetBalanceAlertRequest: {
            /**
             * @description Alert when a movement takes the balance from at most this to over it (balance.above). Greater than below when both are set.
             * @example 50.00
             */
            above?: string | null;
            /**
             * @description Alert when a movement takes the balance from at least this to under it (balance.below). Major units, a decimal string or a JSON number, like an amount; null or absent: no such alert.
             * @example 50.00
             */
            below?: string | null;
        };
        SetRoleRequest: {
            /**
             * @description `user` takes any staff role away.
             * @enum {string}
             */
            role: "support" | "finance" | "admin" | "user";
        };
        SetUserTierRequest: {
            /** @example premium */
            tier: string;
        };
        StaffUser: {
            /** Format: date-time */
            createdAt: string;
            /** @example ada@example.com */
            email: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Null: not staff.
             * @enum {string|null}
             */
            role: "support" | "finance" | "admin" | null;
            /**
             * @description Their tier: request and sending limits.
             * @example standard
             */
            tier: string;
        };
        StaffWallet: {
            /**
             * @description What can be spent: the balance less reserved money (a transfer held for review). Major units, exact.
             * @example 90.5
             */
            availableBalance: number;
            /**
             * @description Major units, exact.
             * @example 100.5
             */
            balance: number;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            /**
             * @description Frozen by an operator: the wallet sends nothing (transfers and refunds out answer 422 WALLET_FROZEN) but still receives transfers and funding.
             * @example false
             */
            frozen: boolean;
            /** Format: date-time */
            frozenAt: string | null;
            /**
             * Format: uuid
             * @description The staff member who froze it.
             */
            frozenBy: string | null;
            /** @description Why it was frozen (staff only). */
            frozenReason: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description live: real money. test: a test wallet (test mode), seen only by test keys and the dashboard in test mode; it never exchanges money with a live wallet.
             * @example live
             */
            mode: components["schemas"]["Mode"];
            /** @example Holiday savings */
            name: string;
            /**
             * Format: uuid
             * @description The user who owns it.
             */
            ownerId: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        Statement: {
            /**
             * @description closingBalance less closingHeld: what could be spent at `to`.
             * @example 54.5
             */
            closingAvailableBalance: number;
            /**
             * @description The balance at `to`: the opening balance plus the SUCCESS entries listed.
             * @example 74.5
             */
            closingBalance: number;
            /**
             * @description Money reserved at `to`: holds active then and transfers held for review then (not in the entries: nothing moved).
             * @example 20
             */
            closingHeld: number;
            /** @example USD */
            currency: string;
            /** Format: date-time */
            from: string;
            /**
             * @description The balance just before `from`.
             * @example 100
             */
            openingBalance: number;
            /** Format: date-time */
            to: string;
            /** @description Every entry from `from` to `to`, oldest first. */
            transactions: components["schemas"]["Transaction"][];
            /** Format: uuid */
            walletId: string;
        };
        Tier: {
            /**
             * @description Money a user of the tier may send out per UTC day and month, by currency; a currency not listed is not limited.
             * @example {
             *       "USD": {
             *         "daily": 10000,
             *         "monthly": 50000
             *       }
             *     }
             */
            limits: {
                [key: string]: components["schemas"]["CurrencyLimits"];
            };
            /** @example standard */
            name: string;
            /**
             * @description Requests a minute per user (per client address for anonymous).
             * @example 100
             */
            requestsPerMinute: number;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Users on this tier.
             * @example 1523
             */
            users: number;
        };
        TierList: {
            data: components["schemas"]["Tier"][];
        };
        /** @description One ledger entry. Append-only. A FAILED entry records a declined attempt and moves no money. */
        Transaction: {
            /**
             * @description Major units, exact (at most 15 significant digits).
             * @example 25.5
             */
            amount: number;
            /**
             * @description Major units, exact (at most 15 significant digits).
             * @example 74.5
             */
            balanceAfter: number;
            /**
             * @description Major units, exact (at most 15 significant digits).
             * @example 100
             */
            balanceBefore: number;
            /** @description Who is on the other side: on a wallet's history (GET /wallets/:id, /wallets/:id/transactions), GET /transactions/:id and JSON statements; null for entries with no other wallet (FUND, ADJUSTMENT). Absent from the answers of a movement, live events and webhooks. */
            counterparty?: components["schemas"]["Counterparty"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            /**
             * @description The memo given when the money moved; on both legs of a transfer.
             * @example Dinner on Friday
             */
            description: string | null;
            /** Format: uuid */
            destinationWalletId: string | null;
            /** @description Why a FAILED attempt was declined, e.g. INSUFFICIENT_FUNDS. */
            failureCode: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description The initiator's own id for this movement; only on the initiating side's entry (a FUND, a TRANSFER_OUT).
             * @example order-1042
             */
            reference: string | null;
            /**
             * @description On the legs of a transfer that is not itself a refund: how much of it has been refunded so far (0 if none). null elsewhere.
             * @example 5
             */
            refundedAmount: number | null;
            /**
             * Format: uuid
             * @description On both legs of a refund: the transferId of the transfer it sends back.
             */
            refundOf: string | null;
            /**
             * Format: uuid
             * @description The scheduled transfer this entry ran for, on its transfer's legs in the schedule owner's wallets and on a declined attempt; null on another user's (the payee's) leg.
             */
            scheduledTransferId: string | null;
            /** Format: uuid */
            sourceWalletId: string | null;
            status: components["schemas"]["TransactionStatus"];
            /**
             * Format: uuid
             * @description Shared by both legs of a transfer.
             */
            transferId: string | null;
            type: components["schemas"]["TransactionType"];
            /** Format: uuid */
            walletId: string;
        };
        TransactionForStaff: {
            transaction: components["schemas"]["Transaction"];
            wallet: components["schemas"]["OpsWallet"];
        };
        TransactionPage: {
            data: components["schemas"]["Transaction"][];
            nextCursor: string | null;
        };
        TransactionSearchResult: {
            /** @description At most 20, newest first. */
            data: components["schemas"]["TransactionForStaff"][];
        };
        /** @enum {string} */
        TransactionStatus: "SUCCESS" | "FAILED";
        /** @enum {string} */
        TransactionType: "FUND" | "TRANSFER_IN" | "TRANSFER_OUT" | "ADJUSTMENT";
        TransferRequest: {
            /**
             * @description Amount in major units, as a JSON number or a decimal string. Must be > 0, have no more decimals than the currency allows (USD 2, JPY 0, KWD 3) and not exceed its maxAmount. Never rounded.
             * @example 100.50
             */
            amount: number | string;
            /**
             * @description A memo, shown on both legs of a transfer. Trimmed; 1-140 characters; no control characters.
             * @example Dinner on Friday
             */
            description?: string;
            /** Format: uuid */
            destinationWalletId: string;
            /**
             * @description Your own id for this movement, stored as sent on your side's entry; searchable with ?q=.
             * @example order-1042
             */
            reference?: string;
            /** Format: uuid */
            sourceWalletId: string;
        };
        TransferResult: {
            /** @description The destination after the move, or only { id, currency } when it is another user's wallet. */
            destinationWallet: components["schemas"]["Wallet"] | components["schemas"]["ForeignWallet"];
            sourceWallet: components["schemas"]["Wallet"];
            /** @description [TRANSFER_OUT, TRANSFER_IN]; only the caller's own legs, so [TRANSFER_OUT] into another user's wallet. */
            transactions: components["schemas"]["Transaction"][];
        };
        TwoFactorCodeRequest: {
            /**
             * @description The 6-digit code the authenticator app shows now (or, where said, a recovery code).
             * @example 123456
             */
            code: string;
        };
        TwoFactorSetup: {
            /**
             * @description The otpauth:// URI an authenticator app takes (what the QR code holds).
             * @example otpauth://totp/Wallet:ada%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Wallet
             */
            otpauthUrl: string;
            /**
             * @description The QR code of otpauthUrl, as an SVG image in a data: URL (for an <img src>).
             * @example data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmci...
             */
            qr: string;
            /**
             * @description The TOTP secret (base32), for typing into an authenticator app that cannot scan.
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
        };
        UpdateProfileRequest: {
            /**
             * @description Trimmed; 1 to 60 characters, no control characters. null removes it.
             * @example Ada Lovelace
             */
            displayName: string | null;
        };
        UpdateTierRequest: {
            /**
             * @description By currency, { daily, monthly } in major units (a JSON number or a decimal string, >= 0, no more decimals than the currency has), or null for no limit in that period. Replaces every limit of the tier.
             * @example {
             *       "USD": {
             *         "daily": 10000,
             *         "monthly": 50000
             *       }
             *     }
             */
            limits: {
                [key: string]: components["schemas"]["CurrencyLimits"];
            };
            /** @example 100 */
            requestsPerMinute: number;
        };
        User: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description How this person chose to be shown to the people they pay and who pay them; null until they choose one (they are then shown as "Someone", never by their email).
             * @example Ada Lovelace
             */
            displayName: string | null;
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /** Format: uuid */
            id: string;
            /**
             * @description A staff role (the operator console at /ops), or null for everyone else.
             * @enum {string|null}
             */
            role: "support" | "finance" | "admin" | null;
            /** @description Whether two-factor sign-in is on for this account. */
            twoFactor: boolean;
        };
        UserPage: {
            apiKeys: components["schemas"]["OpsApiKey"][];
            /** @description The 20 newest entries of their security history. */
            securityHistory: components["schemas"]["AuditEventView"][];
            /** @description Live sessions, newest first. */
            sessions: components["schemas"]["OpsSession"][];
            user: components["schemas"]["StaffUser"];
            wallets: components["schemas"]["OpsWallet"][];
        };
        UserResult: {
            user: components["schemas"]["User"];
        };
        UserSearchResult: {
            /** @description At most 20, by email. */
            data: components["schemas"]["StaffUser"][];
        };
        UserTier: {
            /** @example premium */
            tier: string;
            /** Format: uuid */
            userId: string;
        };
        Wallet: {
            /**
             * @description What can be spent: the balance less reserved money (a transfer held for review). Major units, exact.
             * @example 90.5
             */
            availableBalance: number;
            /**
             * @description Major units, exact.
             * @example 100.5
             */
            balance: number;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            /**
             * @description Frozen by an operator: the wallet sends nothing (transfers and refunds out answer 422 WALLET_FROZEN) but still receives transfers and funding.
             * @example false
             */
            frozen: boolean;
            /** Format: uuid */
            id: string;
            /**
             * @description live: real money. test: a test wallet (test mode), seen only by test keys and the dashboard in test mode; it never exchanges money with a live wallet.
             * @example live
             */
            mode: components["schemas"]["Mode"];
            /** @example Holiday savings */
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WalletPage: {
            data: components["schemas"]["Wallet"][];
            nextCursor: string | null;
        };
        WalletPageForStaff: {
            owner: components["schemas"]["StaffUser"] | null;
            /** @description Its 20 newest ledger entries. */
            transactions: components["schemas"]["Transaction"][];
            wallet: components["schemas"]["OpsWallet"];
        };
        WalletWithTransactions: {
            /**
             * @description What can be spent: the balance less reserved money (a transfer held for review). Major units, exact.
             * @example 90.5
             */
            availableBalance: number;
            /**
             * @description Major units, exact.
             * @example 100.5
             */
            balance: number;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            /**
             * @description Frozen by an operator: the wallet sends nothing (transfers and refunds out answer 422 WALLET_FROZEN) but still receives transfers and funding.
             * @example false
             */
            frozen: boolean;
            /** Format: uuid */
            id: string;
            /**
             * @description live: real money. test: a test wallet (test mode), seen only by test keys and the dashboard in test mode; it never exchanges money with a live wallet.
             * @example live
             */
            mode: components["schemas"]["Mode"];
            /** @example Holiday savings */
            name: string;
            /** @description The 20 newest ledger entries, newest first. */
            transactions: components["schemas"]["Transaction"][];
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookDelivery: {
            /** @example 1 */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /**
             * Format: uuid
             * @description The event, sent as webhook-id: the same on every attempt.
             */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /** @description Why the last attempt failed (timeout, network error, ...). Response bodies are never kept. */
            lastError: string | null;
            /** @description The receiver's last HTTP status. */
            lastStatusCode: number | null;
            /**
             * Format: date-time
             * @description While pending: no attempt comes before this time.
             */
            nextAttemptAt: string | null;
            /**
             * @description pending: to be (re)tried; succeeded: a 2xx came back; failed: every attempt failed.
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            /** @description The event's type: one an endpoint subscribes to, or webhook.test (a test event). */
            type: components["schemas"]["DeliveredEventType"];
        };
        WebhookDeliveryPage: {
            data: components["schemas"]["WebhookDelivery"][];
            nextCursor: string | null;
        };
        WebhookEndpoint: {
            /** Format: date-time */
            createdAt: string;
            events: components["schemas"]["WebhookEventType"][];
            /** Format: uuid */
            id: string;
            /** @description The caller's mode when it was made: a live endpoint receives live wallets' events only, a test endpoint test wallets' (their payloads say `livemode`). Only callers of its mode see it. */
            mode: components["schemas"]["Mode"];
            /** @example https://example.com/webhooks/wallet */
            url: string;
        };
        WebhookEndpointPage: {
            data: components["schemas"]["WebhookEndpoint"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        WebhookEventType: "transaction.succeeded" | "transaction.failed" | "refund.succeeded" | "transfer.held" | "transfer.released" | "transfer.rejected" | "payment_request.created" | "payment_request.paid" | "payment_request.declined" | "payment_request.cancelled" | "payment_request.expired" | "hold.created" | "hold.captured" | "hold.voided" | "hold.expired" | "scheduled_transfer.executed" | "scheduled_transfer.failed" | "scheduled_transfer.completed" | "balance.below" | "balance.above";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: the database answers. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessStatus"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description SERVICE_UNAVAILABLE
             *
             *     Not ready: the database did not answer within 2 s.
             */
            503: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessStatus"];
                };
            };
        };
    };
    getAccountLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your tier and limits. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountLimits"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key, with its secret. */
            201: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The new key with its secret, and the old key with its end. */
            201: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedApiKey"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API_KEY_NOT_ACTIVE */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description The user; the session cookie is set. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description wallet_session (httpOnly: the session) and wallet_csrf (readable by the page, to echo in X-CSRF-Token). */
                    "Set-Cookie"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResult"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED, OTP_REQUIRED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; both cookies are cleared. */
            204: {
                headers: {
                    /** @description wallet_session (httpOnly: the session) and wallet_csrf (readable by the page, to echo in X-CSRF-Token). */
                    "Set-Cookie"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResult"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCurrentUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileRequest"];
            };
        };
        responses: {
            /** @description The user, with the new display name. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResult"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed; the other sessions are ended. */
            204: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSecurityHistory: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of your history. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityEventPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The live sessions; `current` marks this one. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended. */
            204: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description The new user; the session cookie is set. */
            201: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description wallet_session (httpOnly: the session) and wallet_csrf (readable by the page, to echo in X-CSRF-Token). */
                    "Set-Cookie"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResult"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableTwoFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableTwoFactorRequest"];
            };
        };
        responses: {
            /** @description Off; the secret and the recovery codes are deleted. */
            204: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description TWO_FACTOR_NOT_ENABLED */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enableTwoFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorCodeRequest"];
            };
        };
        responses: {
            /** @description On; the ten recovery codes, shown this once. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description TWO_FACTOR_ALREADY_ENABLED, TWO_FACTOR_NOT_ENABLED */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    regenerateRecoveryCodes: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorCodeRequest"];
            };
        };
        responses: {
            /** @description The new recovery codes, shown this once. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description TWO_FACTOR_NOT_ENABLED */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTwoFactorSetup: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret, its otpauth URI and its QR code. */
            201: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorSetup"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description TWO_FACTOR_ALREADY_ENABLED */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCurrencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every currency a wallet can hold. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrencyList"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEventStream: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the last event received: the entries after it are sent first. */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The stream. Each `data:` line is a Transaction or a Wallet as JSON, for example:
             *
             *     ```
             *     retry: 2000
             *
             *     id: 1042
             *     event: transaction
             *     data: {"id":"…","walletId":"…","type":"TRANSFER_IN","status":"SUCCESS","amount":12.5,"balanceBefore":100,"balanceAfter":112.5,…}
             *
             *     id: 1042
             *     event: balance
             *     data: {"id":"…","name":"Main","currency":"USD","balance":112.5,…}
             *
             *     : heartbeat
             *
             *     ```
             */
            200: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        data: components["schemas"]["Transaction"] | components["schemas"]["Wallet"];
                        /**
                         * @description transaction: data is a Transaction; balance: data is a Wallet.
                         * @enum {string}
                         */
                        event: "transaction" | "balance";
                        /** @description The ledger seq of the entry; send it back as Last-Event-ID. */
                        id: string;
                    };
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hold. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hold"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    captureHold: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureHoldRequest"];
            };
        };
        responses: {
            /** @description The hold CAPTURED, both wallets after it and its legs. */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptureResult"];
                };
            };
            /** @description Held for review (transfer.status PENDING_REVIEW): the hold VOIDED, the amount reserved by the held transfer, nothing moved yet. */
            202: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldCaptureResult"];
                };
            };
            /** @description VALIDATION_FAILED, SAME_WALLET_TRANSFER */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND, WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description HOLD_NOT_ACTIVE, IDEMPOTENCY_KEY_IN_PROGRESS */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CURRENCY_MISMATCH, BALANCE_LIMIT_EXCEEDED, WALLET_FROZEN, LIMIT_EXCEEDED, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    voidHold: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hold, VOIDED. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hold"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description HOLD_NOT_ACTIVE */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdjustments: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
                status?: "PROPOSED" | "APPROVED" | "REJECTED" | "EXPIRED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of adjustments. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proposeAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeAdjustmentRequest"];
            };
        };
        responses: {
            /** @description The proposal, PROPOSED. */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND, WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdjustment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adjustment. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The adjustment, the wallet after it and its ledger entry. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovedAdjustment"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SECOND_APPROVER_REQUIRED, ADJUSTMENT_NOT_PROPOSED */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_FUNDS, BALANCE_LIMIT_EXCEEDED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectAdjustmentRequest"];
            };
        };
        responses: {
            /** @description The adjustment, REJECTED. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Adjustment"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ADJUSTMENT_NOT_PROPOSED */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchAuditTrail: {
        parameters: {
            query?: {
                /** @description An action, or its prefix ending in a dot (`adjustment.`). */
                action?: string;
                /** @description Who acted. */
                actorId?: string;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description From this time (ISO 8601), inclusive. */
                from?: string;
                limit?: number;
                /** @description What it was done to: a wallet, user, adjustment, ... id. */
                subjectId?: string;
                /** @description Up to this time (ISO 8601), inclusive; a date alone includes that whole day. */
                to?: string;
                /** @description Whose history it is in. */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of entries. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAuditTrail: {
        parameters: {
            query?: {
                /** @description An action, or its prefix ending in a dot (`adjustment.`). */
                action?: string;
                /** @description Who acted. */
                actorId?: string;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                format?: "csv" | "jsonl";
                /** @description From this time (ISO 8601), inclusive. */
                from?: string;
                limit?: number;
                /** @description What it was done to: a wallet, user, adjustment, ... id. */
                subjectId?: string;
                /** @description Up to this time (ISO 8601), inclusive; a date alone includes that whole day. */
                to?: string;
                /** @description Whose history it is in. */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every matching entry, oldest first: CSV with a header row, or one JSON object per line. */
            200: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLatestBooksCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest check, or null before the first. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatestBooksCheckResult"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkBooksNow: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the check found. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BooksCheckSummary"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReviewRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active version and up to 20 before it. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewRuleSetPage"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceReviewRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutRulesRequest"];
            };
        };
        responses: {
            /** @description The new version. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewRuleSetView"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReviews: {
        parameters: {
            query?: {
                /** @description nextCursor of the page before. */
                cursor?: string;
                /** @description Default 20. */
                limit?: number;
                /** @description Default PENDING. */
                status?: "PENDING" | "RELEASED" | "REJECTED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the queue. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            /** @description The review as decided, with the FAILED entry as transactionId. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewItem"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description REVIEW_NOT_PENDING */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    releaseReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review as decided, with the TRANSFER_OUT leg as transactionId. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewItem"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description REVIEW_NOT_PENDING */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BALANCE_LIMIT_EXCEEDED, WALLET_FROZEN */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every tier. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierList"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTierRequest"];
            };
        };
        responses: {
            /** @description The tier as it is now. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tier"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    findTransactions: {
        parameters: {
            query?: {
                /** @description The integrator's reference (exact). */
                reference?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up to 20 entries, newest first. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionSearchResult"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTransactionForStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionForStaff"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND, TRANSACTION_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    findUsers: {
        parameters: {
            query: {
                /** @description An email, or the start of one (at least 3 characters). */
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up to 20 users. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSearchResult"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUserPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setUserRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRoleRequest"];
            };
        };
        responses: {
            /** @description The user with their role now. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUser"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setUserTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetUserTierRequest"];
            };
        };
        responses: {
            /** @description The user and their tier now. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserTier"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWalletForStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The wallet. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletPageForStaff"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND, WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWalletFreeze: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The wallet as staff see it. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffWallet"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND, WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    freezeWallet: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FreezeRequest"];
            };
        };
        responses: {
            /** @description The wallet, frozen. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffWallet"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND, WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unfreezeWallet: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FreezeRequest"];
            };
        };
        responses: {
            /** @description The wallet, no longer frozen. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffWallet"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND, WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPaymentRequests: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
                /** @description requester: the ones you asked; payer: the ones asked of you, or that you paid. Default: both. */
                role?: "requester" | "payer";
                status?: "OPEN" | "PAID" | "DECLINED" | "CANCELLED" | "EXPIRED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payment requests. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRequestPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPaymentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentRequest"];
            };
        };
        responses: {
            /** @description The request, OPEN, with its payUrl. */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRequest"];
                };
            };
            /** @description VALIDATION_FAILED, SAME_WALLET_TRANSFER */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CURRENCY_MISMATCH, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPaymentRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request as you see it. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRequest"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelPaymentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request, CANCELLED. */
            200: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRequest"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYMENT_REQUEST_NOT_OPEN */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declinePaymentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request, DECLINED. */
            200: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRequest"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYMENT_REQUEST_NOT_OPEN */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    payPaymentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayPaymentRequest"];
            };
        };
        responses: {
            /** @description The request, PAID, and your legs of the transfer. */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayPaymentRequestResult"];
                };
            };
            /** @description VALIDATION_FAILED, SAME_WALLET_TRANSFER */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND, WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYMENT_REQUEST_NOT_OPEN, IDEMPOTENCY_KEY_IN_PROGRESS */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_FUNDS, CURRENCY_MISMATCH, BALANCE_LIMIT_EXCEEDED, WALLET_FROZEN, LIMIT_EXCEEDED, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRequestLogs: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only the requests of this key of yours (with a key: only that key itself may be named). Another id answers 404. */
                keyId?: string;
                limit?: number;
                /** @description A route pattern exactly as listed, e.g. `/api/v1/wallets/:id/fund`. */
                route?: string;
                /** @description An exact status (`422`) or a class (`4xx`). */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the log. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestLogPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScheduledTransfers: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
                /** @description Only those from or to this wallet of yours. */
                walletId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of scheduled transfers. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledTransferPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScheduledTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduledTransferRequest"];
            };
        };
        responses: {
            /** @description The scheduled transfer, ACTIVE. */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledTransfer"];
                };
            };
            /** @description VALIDATION_FAILED, SAME_WALLET_TRANSFER */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CURRENCY_MISMATCH, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScheduledTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scheduled transfer. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledTransferDetail"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelScheduledTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scheduled transfer, CANCELLED. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledTransfer"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SCHEDULED_TRANSFER_ENDED */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pauseScheduledTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scheduled transfer, PAUSED. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledTransfer"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SCHEDULED_TRANSFER_ENDED */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeScheduledTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scheduled transfer, ACTIVE (or COMPLETED). */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledTransfer"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SCHEDULED_TRANSFER_ENDED */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description TRANSACTION_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refundTransaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefundRequest"];
            };
        };
        responses: {
            /** @description Both wallets after the refund and its legs. */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundResult"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description TRANSACTION_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_REFUNDABLE, REFUND_EXCEEDS_REMAINING, INSUFFICIENT_FUNDS, BALANCE_LIMIT_EXCEEDED, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transferBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchTransferRequest"];
            };
        };
        responses: {
            /** @description The outcome of each transfer, in order. */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchTransferResult"];
                };
            };
            /** @description VALIDATION_FAILED, SAME_WALLET_TRANSFER */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BATCH_TRANSFER_FAILED, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWallets: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of wallets. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWallet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateWalletRequest"];
            };
        };
        responses: {
            /** @description The new wallet, with a zero balance. */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wallet"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWallet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The wallet. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletWithTransactions"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBalanceAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert (below and above null, updatedAt null: none set). */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceAlert"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setBalanceAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetBalanceAlertRequest"];
            };
        };
        responses: {
            /** @description The alert as it now is. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceAlert"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWalletBalanceAt: {
        parameters: {
            query?: {
                /** @description An ISO 8601 date (2026-11-27) or date-time (2026-11-27T10:00:00Z; without an offset, UTC). A date alone means the end of that day. Defaults to now. */
                at?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance then. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceAt"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundWallet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundRequest"];
            };
        };
        responses: {
            /** @description The wallet after the credit and its FUND transaction. */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundResult"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BALANCE_LIMIT_EXCEEDED, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHeldTransfers: {
        parameters: {
            query?: {
                /** @description PENDING (default): only those still held. */
                status?: "PENDING" | "ALL";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The held transfers. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldTransferList"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHolds: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
                /** @description Only holds of this status. */
                status?: "ACTIVE" | "CAPTURED" | "VOIDED" | "EXPIRED";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of holds. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoldPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createHold: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHoldRequest"];
            };
        };
        responses: {
            /** @description The hold, ACTIVE. */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hold"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_FUNDS, WALLET_FROZEN, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWalletStatement: {
        parameters: {
            query?: {
                /** @description Wins over the Accept header; without either, JSON. */
                format?: "csv" | "json";
                /** @description An ISO 8601 date (2026-11-27) or date-time (2026-11-27T10:00:00Z; without an offset, UTC). A date alone is the start of that day. Defaults to 30 days before `to`. */
                from?: string;
                /** @description An ISO 8601 date (2026-11-27) or date-time (2026-11-27T10:00:00Z; without an offset, UTC). A date alone is the end of that day. Defaults to now. */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWalletTransactions: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
                /** @description Only entries whose description contains this text (any case) or whose reference is exactly this text. */
                q?: string;
                type?: components["schemas"]["TransactionType"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of transactions. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transferBetweenWallets: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice. */
                "Idempotency-Key"?: string;
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description Both wallets after the move and both legs. */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResult"];
                };
            };
            /** @description Held for review (transfer.status PENDING_REVIEW): the amount is reserved on the source wallet, nothing moved yet. */
            202: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldTransferResult"];
                };
            };
            /** @description VALIDATION_FAILED, SAME_WALLET_TRANSFER */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description WALLET_NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description IDEMPOTENCY_KEY_IN_PROGRESS */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description INSUFFICIENT_FUNDS, CURRENCY_MISMATCH, BALANCE_LIMIT_EXCEEDED, LIMIT_EXCEEDED, IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints (never their secrets). */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint, with its signing secret. */
            201: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint (never its secret). */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, pending again. */
            202: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description DELIVERY_PENDING */
            409: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookTestEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery of the test event (its eventId is the webhook-id). */
            201: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description UNAUTHENTICATED */
            401: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description FORBIDDEN */
            403: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    /** @description What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`). */
                    RateLimit?: string;
                    /** @description The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier's number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10). */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying; nothing was changed. */
                    "Retry-After"?: number;
                    /** @description Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID. */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsApiV1EventsGetResponses200ContentTextEventStreamEventValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/events"]["get"]["responses"]["200"]["content"]["text/event-stream"]["event"]> = ["transaction", "balance"];
export const pathsApiV1HoldsIdCapturePostResponses201HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/holds/{id}/capture"]["post"]["responses"]["201"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1HoldsIdCapturePostResponses202HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/holds/{id}/capture"]["post"]["responses"]["202"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1OpsAdjustmentsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ops/adjustments"]["get"]["parameters"]["query"]["status"]> = ["PROPOSED", "APPROVED", "REJECTED", "EXPIRED"];
export const pathsApiV1OpsAdjustmentsPostResponses201HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ops/adjustments"]["post"]["responses"]["201"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1OpsAuditExportGetParametersQueryFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ops/audit/export"]["get"]["parameters"]["query"]["format"]> = ["csv", "jsonl"];
export const pathsApiV1OpsReviewsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ops/reviews"]["get"]["parameters"]["query"]["status"]> = ["PENDING", "RELEASED", "REJECTED"];
export const pathsApiV1PaymentRequestsGetParametersQueryRoleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/payment-requests"]["get"]["parameters"]["query"]["role"]> = ["requester", "payer"];
export const pathsApiV1PaymentRequestsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/payment-requests"]["get"]["parameters"]["query"]["status"]> = ["OPEN", "PAID", "DECLINED", "CANCELLED", "EXPIRED"];
export const pathsApiV1PaymentRequestsPostResponses201HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/payment-requests"]["post"]["responses"]["201"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1PaymentRequestsIdCancelPostResponses200HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/payment-requests/{id}/cancel"]["post"]["responses"]["200"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1PaymentRequestsIdDeclinePostResponses200HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/payment-requests/{id}/decline"]["post"]["responses"]["200"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1PaymentRequestsIdPayPostResponses201HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/payment-requests/{id}/pay"]["post"]["responses"]["201"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1ScheduledTransfersPostResponses201HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/scheduled-transfers"]["post"]["responses"]["201"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1TransactionsIdRefundPostResponses201HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/transactions/{id}/refund"]["post"]["responses"]["201"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1TransfersBatchPostResponses201HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/transfers/batch"]["post"]["responses"]["201"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1WalletsPostResponses201HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/wallets"]["post"]["responses"]["201"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1WalletsIdFundPostResponses201HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/wallets/{id}/fund"]["post"]["responses"]["201"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1WalletsIdHeldTransfersGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/wallets/{id}/held-transfers"]["get"]["parameters"]["query"]["status"]> = ["PENDING", "ALL"];
export const pathsApiV1WalletsIdHoldsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/wallets/{id}/holds"]["get"]["parameters"]["query"]["status"]> = ["ACTIVE", "CAPTURED", "VOIDED", "EXPIRED"];
export const pathsApiV1WalletsIdHoldsPostResponses201HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/wallets/{id}/holds"]["post"]["responses"]["201"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1WalletsIdStatementGetParametersQueryFormatValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/wallets/{id}/statement"]["get"]["parameters"]["query"]["format"]> = ["csv", "json"];
export const pathsApiV1WalletsTransferPostResponses201HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/wallets/transfer"]["post"]["responses"]["201"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const pathsApiV1WalletsTransferPostResponses202HeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/wallets/transfer"]["post"]["responses"]["202"]["headers"]["Idempotent-Replayed"]> = ["true"];
export const adjustmentDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Adjustment"]["direction"]> = ["CREDIT", "DEBIT"];
export const adjustmentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Adjustment"]["status"]> = ["PROPOSED", "APPROVED", "REJECTED", "EXPIRED"];
export const apiVersionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApiVersion"]> = ["2026-11-26", "2026-12-08"];
export const batchItemStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BatchItemStatus"]> = ["SUCCESS", "PENDING_REVIEW", "FAILED"];
export const batchModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BatchMode"]> = ["atomic", "independent"];
export const booksCheckRecordModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BooksCheckRecord"]["mode"]> = ["full", "incremental"];
export const booksCheckSummaryModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BooksCheckSummary"]["mode"]> = ["full", "incremental"];
export const createWalletRequestCurrencyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateWalletRequest"]["currency"]> = ["USD", "EUR", "GBP", "NGN", "JPY", "KWD"];
export const deliveredEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeliveredEventType"]> = ["transaction.succeeded", "transaction.failed", "refund.succeeded", "transfer.held", "transfer.released", "transfer.rejected", "payment_request.created", "payment_request.paid", "payment_request.declined", "payment_request.cancelled", "payment_request.expired", "hold.created", "hold.captured", "hold.voided", "hold.expired", "scheduled_transfer.executed", "scheduled_transfer.failed", "scheduled_transfer.completed", "balance.below", "balance.above", "webhook.test"];
export const healthStatusStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HealthStatus"]["status"]> = ["ok", "unavailable"];
export const heldTransferReasonsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HeldTransfer"]["reasons"]> = ["HOURLY_COUNT", "HOURLY_AMOUNT", "DAILY_COUNT", "DAILY_AMOUNT", "NEW_COUNTERPARTY", "SINGLE_AMOUNT"];
export const heldTransferStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HeldTransfer"]["status"]> = ["PENDING_REVIEW", "RELEASED", "REJECTED"];
export const holdStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Hold"]["status"]> = ["ACTIVE", "CAPTURED", "VOIDED", "EXPIRED"];
export const modeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Mode"]> = ["live", "test"];
export const occurrenceStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Occurrence"]["status"]> = ["SUCCEEDED", "DECLINED", "PENDING_REVIEW"];
export const paymentRequestStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PaymentRequest"]["status"]> = ["OPEN", "PAID", "DECLINED", "CANCELLED", "EXPIRED"];
export const problemHoldStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Problem"]["holdStatus"]> = ["CAPTURED", "VOIDED", "EXPIRED"];
export const problemPaymentRequestStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Problem"]["paymentRequestStatus"]> = ["PAID", "DECLINED", "CANCELLED", "EXPIRED", "OPEN"];
export const problemPeriodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Problem"]["period"]> = ["day", "month"];
export const problemReviewStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Problem"]["reviewStatus"]> = ["RELEASED", "REJECTED"];
export const problemScheduledTransferStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Problem"]["scheduledTransferStatus"]> = ["CANCELLED", "COMPLETED"];
export const proposeAdjustmentRequestDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProposeAdjustmentRequest"]["direction"]> = ["CREDIT", "DEBIT"];
export const readinessStatusStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReadinessStatus"]["status"]> = ["ok", "unavailable"];
export const repeatEveryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Repeat"]["every"]> = ["WEEK", "MONTH"];
export const repeatRequestEveryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RepeatRequest"]["every"]> = ["WEEK", "MONTH"];
export const replicaStatusStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReplicaStatus"]["state"]> = ["ok", "lagging", "unavailable"];
export const reviewItemReasonsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReviewItem"]["reasons"]> = ["HOURLY_COUNT", "HOURLY_AMOUNT", "DAILY_COUNT", "DAILY_AMOUNT", "NEW_COUNTERPARTY", "SINGLE_AMOUNT"];
export const reviewItemStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReviewItem"]["status"]> = ["PENDING_REVIEW", "RELEASED", "REJECTED"];
export const scheduledTransferStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScheduledTransfer"]["status"]> = ["ACTIVE", "PAUSED", "CANCELLED", "COMPLETED"];
export const scheduledTransferDetailStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ScheduledTransferDetail"]["status"]> = ["ACTIVE", "PAUSED", "CANCELLED", "COMPLETED"];
export const scopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Scope"]> = ["wallets:read", "wallets:write", "transfers:write", "webhooks:write"];
export const securityEventViewByValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SecurityEventView"]["by"]> = ["you", "staff", "someone", "system"];
export const setRoleRequestRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SetRoleRequest"]["role"]> = ["support", "finance", "admin", "user"];
export const staffUserRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StaffUser"]["role"]> = ["support", "finance", "admin"];
export const transactionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TransactionStatus"]> = ["SUCCESS", "FAILED"];
export const transactionTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TransactionType"]> = ["FUND", "TRANSFER_IN", "TRANSFER_OUT", "ADJUSTMENT"];
export const userRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["User"]["role"]> = ["support", "finance", "admin"];
export const webhookDeliveryStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["status"]> = ["pending", "succeeded", "failed"];
export const webhookEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookEventType"]> = ["transaction.succeeded", "transaction.failed", "refund.succeeded", "transfer.held", "transfer.released", "transfer.rejected", "payment_request.created", "payment_request.paid", "payment_request.declined", "payment_request.cancelled", "payment_request.expired", "hold.created", "hold.captured", "hold.voided", "hold.expired", "scheduled_transfer.executed", "scheduled_transfer.failed", "scheduled_transfer.completed", "balance.below", "balance.above"];
