package dev.custodian.oidc;

import dev.custodian.auth.WaysIn;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Each linked identity signs the account in. */
@Singleton
class IdentitiesAsWaysIn implements WaysIn {

    @Override
    public long count(UUID accountId) {
        return OidcIdentity.count("accountId", accountId);
    }
}
