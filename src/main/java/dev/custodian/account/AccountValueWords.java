package dev.custodian.account;

import dev.custodian.catalogue.ValueWords;
import dev.custodian.web.Messages;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The words of an account's stored status and of emailed links' purposes, for the export. */
@Singleton
class AccountValueWords {

    @Produces
    @Singleton
    ValueWords status() {
        return ValueWords.ofEnum(
                "account",
                "status",
                AccountStatus.class,
                (status, locale) ->
                        Messages.in(AccountMessages.class, locale).account_status(status));
    }

    @Produces
    @Singleton
    ValueWords tokenPurpose() {
        return ValueWords.ofEnum(
                "one_time_token",
                "purpose",
                TokenPurpose.class,
                (purpose, locale) ->
                        Messages.in(AccountMessages.class, locale).token_purpose(purpose));
    }
}
