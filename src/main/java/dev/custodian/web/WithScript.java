package dev.custodian.web;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page that runs the application's own script ({@code /js/passkeys.js}): its
 * Content-Security-Policy ({@link ScriptPolicy}) also lets it load scripts from this origin and
 * call it back. Every other page keeps the policy that allows no script at all.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface WithScript {}
