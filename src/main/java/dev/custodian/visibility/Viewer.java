package dev.custodian.visibility;

/** Who is looking at a profile. */
public enum Viewer {
    ANONYMOUS,
    MEMBER,
    OWNER
}
