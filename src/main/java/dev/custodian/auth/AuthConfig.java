package dev.custodian.auth;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "custodian")
public interface AuthConfig {

    /**
     * {@code custodian.admin-emails}: the first admins, comma-separated. A verified account with
     * one of these addresses has the admin role, whatever its stored roles say. No default (none);
     * production's is {@code CUSTODIAN_ADMIN_EMAILS}.
     */
    Optional<List<String>> adminEmails();
}
