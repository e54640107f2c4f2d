package dev.custodian.auth;

import org.jboss.resteasy.reactive.RestForm;

/** What the sign-in page posts. */
public class LoginForm {

    @RestForm public String email;
    @RestForm public String password;

    /** Where to go after signing in; only a local path is followed. */
    @RestForm public String next;
}
