-- Payment requests: a user asks for an amount to be paid into one of their wallets, either from a named
-- wallet (its owner sees the request in their list and live) or by a link anyone signed in may open.
-- Paying one is a transfer from the payer's wallet to the request's, in the same transaction as the
-- request's OPEN -> PAID; the row's lock (FOR UPDATE) makes sure at most one payment ever lands.

CREATE TABLE "payment_requests" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    -- Who asks, and the wallet of theirs to be paid.
    "requester_id" UUID NOT NULL,
    "wallet_id" UUID NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "description" VARCHAR(140),
    -- OPEN, then once one of PAID, DECLINED, CANCELLED, EXPIRED (trigger below).
    "status" VARCHAR(10) NOT NULL DEFAULT 'OPEN',
    "expires_at" TIMESTAMPTZ(3),
    -- The wallet asked to pay and its owner (null: a link request, anyone signed in may pay it).
    "payer_wallet_id" UUID,
    "payer_id" UUID,
    -- Who paid, from which wallet, and the transfer (both legs carry it as transfer_id).
    "paid_by" UUID,
    "source_wallet_id" UUID,
    "transfer_id" UUID,
    -- A payment a review rule held (transfer_reviews.id): while it is pending the request stays OPEN
    -- and takes no other payment, decline or cancel; released it is PAID, rejected it is OPEN again.
    "review_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT "payment_requests_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "payment_requests_seq_key" UNIQUE ("seq"),
    CONSTRAINT "payment_requests_requester_id_fkey" FOREIGN KEY ("requester_id") REFERENCES "users"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "payment_requests_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallets"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "payment_requests_payer_wallet_id_fkey" FOREIGN KEY ("payer_wallet_id") REFERENCES "wallets"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "payment_requests_payer_id_fkey" FOREIGN KEY ("payer_id") REFERENCES "users"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "payment_requests_paid_by_fkey" FOREIGN KEY ("paid_by") REFERENCES "users"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "payment_requests_source_wallet_id_fkey" FOREIGN KEY ("source_wallet_id") REFERENCES "wallets"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "payment_requests_amount_positive" CHECK ("amount_minor" > 0),
    CONSTRAINT "payment_requests_known_status" CHECK (
        "status" IN ('OPEN', 'PAID', 'DECLINED', 'CANCELLED', 'EXPIRED')),
    CONSTRAINT "payment_requests_payer_not_payee" CHECK ("payer_wallet_id" <> "wallet_id"),
    CONSTRAINT "payment_requests_named_payer" CHECK (("payer_wallet_id" IS NULL) = ("payer_id" IS NULL)),
    -- Paid: by someone, from a wallet, with a transfer; otherwise no transfer.
    CONSTRAINT "payment_requests_paid" CHECK (
        ("status" = 'PAID') = ("transfer_id" IS NOT NULL)
        AND ("status" <> 'PAID' OR ("paid_by" IS NOT NULL AND "source_wallet_id" IS NOT NULL))),
    CONSTRAINT "payment_requests_pending_is_open" CHECK (
        "review_id" IS NULL OR "status" IN ('OPEN', 'PAID'))
);

-- The requester's list and the payer's list, newest first; a held payment's request by its review.
CREATE INDEX "payment_requests_requester_seq_idx" ON "payment_requests"("requester_id", "seq" DESC);
CREATE INDEX "payment_requests_payer_seq_idx" ON "payment_requests"("payer_id", "seq" DESC)
    WHERE "payer_id" IS NOT NULL;
CREATE INDEX "payment_requests_paid_by_seq_idx" ON "payment_requests"("paid_by", "seq" DESC)
    WHERE "paid_by" IS NOT NULL;
CREATE INDEX "payment_requests_review_idx" ON "payment_requests"("review_id") WHERE "review_id" IS NOT NULL;

-- OPEN -> one final state, once; what was asked never changes, and nothing is deleted.
CREATE FUNCTION "payment_requests_transition"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'payment_requests rows are never deleted' USING ERRCODE = 'restrict_violation';
    END IF;
    IF OLD."status" <> 'OPEN' THEN
        RAISE EXCEPTION 'payment request % is % already: a final state never changes', OLD."id", OLD."status"
            USING ERRCODE = 'restrict_violation';
    END IF;
    IF (NEW."id", NEW."seq", NEW."requester_id", NEW."wallet_id", NEW."amount_minor", NEW."currency",
        NEW."description", NEW."expires_at", NEW."payer_wallet_id", NEW."payer_id", NEW."created_at")
       IS DISTINCT FROM
       (OLD."id", OLD."seq", OLD."requester_id", OLD."wallet_id", OLD."amount_minor", OLD."currency",
        OLD."description", OLD."expires_at", OLD."payer_wallet_id", OLD."payer_id", OLD."created_at") THEN
        RAISE EXCEPTION 'what a payment request asks never changes' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER "payment_requests_transition"
    BEFORE UPDATE OR DELETE ON "payment_requests"
    FOR EACH ROW EXECUTE FUNCTION "payment_requests_transition"();

-- The requester and the payer (named, or who paid) hear of a request and each change live: the ledger's
-- channel with a payload of its own ('payment_request:<user uuid>:<request uuid>'), sent at commit.
CREATE FUNCTION "payment_requests_notify"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM pg_notify('wallet_ledger', 'payment_request:' || NEW."requester_id"::text || ':' || NEW."id"::text);
    IF COALESCE(NEW."payer_id", NEW."paid_by") IS DISTINCT FROM NEW."requester_id"
       AND COALESCE(NEW."payer_id", NEW."paid_by") IS NOT NULL THEN
        PERFORM pg_notify('wallet_ledger',
            'payment_request:' || COALESCE(NEW."payer_id", NEW."paid_by")::text || ':' || NEW."id"::text);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "payment_requests_notify"
    AFTER INSERT OR UPDATE ON "payment_requests"
    FOR EACH ROW EXECUTE FUNCTION "payment_requests_notify"();

-- A held payment decided by staff (whoever decides, through whatever path): released, the request is
-- PAID by that transfer (its id is the review's); rejected, it is OPEN again and may be paid anew.
CREATE FUNCTION "payment_requests_follow_review"() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NEW."status" = 'RELEASED' THEN
        UPDATE public."payment_requests"
        SET "status" = 'PAID', "transfer_id" = NEW."id", "updated_at" = NEW."decided_at"
        WHERE "review_id" = NEW."id" AND "status" = 'OPEN';
    ELSIF NEW."status" = 'REJECTED' THEN
        UPDATE public."payment_requests"
        SET "review_id" = NULL, "paid_by" = NULL, "source_wallet_id" = NULL, "updated_at" = NEW."decided_at"
        WHERE "review_id" = NEW."id" AND "status" = 'OPEN';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "payment_requests_follow_review"
    AFTER UPDATE OF "status" ON "transfer_reviews"
    FOR EACH ROW WHEN (OLD."status" = 'PENDING' AND NEW."status" <> 'PENDING')
    EXECUTE FUNCTION "payment_requests_follow_review"();
