package dev.custodian.visibility;

/** Who may see a profile field. */
public enum Level {
    /** Anyone, and search engines when the user allows indexing. */
    PUBLIC,
    /** Signed-in members. */
    MEMBERS,
    /** Only the user. */
    PRIVATE;

    public boolean visibleTo(Viewer viewer) {
        return switch (viewer) {
            case OWNER -> true;
            case MEMBER -> this != PRIVATE;
            case ANONYMOUS -> this == PUBLIC;
        };
    }
}
