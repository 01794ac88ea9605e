package org.barometer.access;

/** Role names, as stored in {@code hr_user.role} and checked by {@code @Secured}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String HR = "HR";
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
