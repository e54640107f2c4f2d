package dev.custodian.account;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signUp;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PasswordRehashTest {

    @Inject PasswordHasher hasher;

    @Inject PasswordConfig config;

    @Test
    void rehashesAPasswordMadeWithOlderParametersAtSignIn() {
        Browser browser = new Browser();
        String email = signUp(browser);
        String older = hasher.hash(PASSWORD, config.memoryKib() * 2, 1, 1);
        QuarkusTransaction.requiringNew()
                .run(() -> Account.findByEmail(email).orElseThrow().passwordHash = older);

        signIn(browser, email, PASSWORD).then().statusCode(303);

        String current = Db.account(email).orElseThrow().passwordHash;
        assertTrue(
                current.startsWith(
                        "$argon2id$v=19$m="
                                + config.memoryKib()
                                + ",t="
                                + config.iterations()
                                + ",p=1$"),
                current);
        signIn(new Browser(), email, PASSWORD).then().statusCode(303);
    }

    @Test
    void verifiesOnlyTheRightPasswordAndRefusesMalformedHashes() {
        String hash = hasher.hash("a perfectly fine passphrase");
        assertTrue(hasher.verify("a perfectly fine passphrase", hash));
        assertTrue(!hasher.verify("a perfectly fine passphrasE", hash));
        assertTrue(!hasher.verify("a perfectly fine passphrase", "$2a$12$notargon"));
        assertTrue(!hasher.verify("a perfectly fine passphrase", null));
        assertTrue(hasher.needsRehash(hasher.hash("x", config.memoryKib() * 2, 2, 1)));
        assertTrue(!hasher.needsRehash(hash));
    }
}
