package dev.custodian.catalogue;

import java.util.List;

/**
 * The catalogue of the personal data Custodian holds: each category, by the id the privacy manifest
 * describes it with.
 */
public final class Catalogue {

    /** Every category's id; the manifest must describe each of them, and no other. */
    public static final List<String> CATEGORIES =
            List.of(
                    "contact",
                    "profile",
                    "visibility",
                    "consent",
                    "activity",
                    "sessions",
                    "security",
                    "products",
                    "invoices",
                    "exports",
                    "disclosures",
                    "policy_acceptances",
                    "messages",
                    "reports");

    private Catalogue() {}
}
