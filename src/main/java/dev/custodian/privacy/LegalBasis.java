package dev.custodian.privacy;

/** The lawful bases of GDPR art. 6(1) on which data can be disclosed to a third party. */
public enum LegalBasis {
    LEGAL_OBLIGATION,
    LEGITIMATE_INTERESTS,
    CONSENT,
    CONTRACT,
    VITAL_INTERESTS,
    PUBLIC_TASK
}
