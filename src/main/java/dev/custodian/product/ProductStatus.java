package dev.custodian.product;

/** Where a product is in its life. */
public enum ProductStatus {
    ACTIVE,
    /**
     * Suspended for non-payment: only the billing team can settle it, so the user cannot end it
     * here.
     */
    SUSPENDED,
    TERMINATED;

    /** Policy 001: an account is closed only once none of its products is active or suspended. */
    public boolean blocksClosure() {
        return this != TERMINATED;
    }
}
