package dev.custodian.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.web.AppMessages;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules alone, without the application: each refusal names its reason. */
class PasswordPolicyTest {

    /** Answers each message with its own key and arguments, so that the test can tell them apart. */
    private static final AppMessages KEYS = (AppMessages) Proxy.newProxyInstance(AppMessages.class.getClassLoader(),
            new Class<?>[] {AppMessages.class}, (proxy, method, args) -> method.getName());

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Je pense donc je suis, mais pas le lundi",
        "雨の日は静かに本を読むのが好きです", "🦊🐻🦉🐢🦔 forest party tonight", "  spaces   are   fine   here  "})
    void acceptsPassphrasesInAnyScript(String password) {
        assertEquals(Optional.empty(), check(password));
    }

    @Test
    void refusesFewerThanFifteenCharactersCountingCodePoints() {
        assertEquals(Optional.of("password_too_short"), check("Tr0ub4dor&3xyz"));
        assertEquals(Optional.of("password_too_short"), check("🦊".repeat(14)));
    }

    @Test
    void acceptsUpTo256CharactersAndNoMore() {
        String words = "maple river quartz lantern ";
        String longest = words.repeat(10).substring(0, 256);
        assertEquals(Optional.empty(), check(longest));
        assertEquals(Optional.of("password_too_long"), check(longest + "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordpassword", "qwertyuiopasdfgh", "111111111111111111", "iloveyouiloveyou"})
    void refusesGuessablePasswords(String password) {
        assertTrue(check(password).orElseThrow().startsWith("password_weak"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"grace hopper sails the seven seas", "my email is ghopper42 and that is long",
        "HOPPER is my favourite admiral"})
    void refusesPasswordsBuiltFromTheUsersOwnNameOrEmail(String password) {
        assertEquals(Optional.of("password_personal"), check(password));
    }

    @Test
    void theEmailDomainIsNotPersonal() {
        assertEquals(Optional.empty(), check("example of a navy computer pioneer"));
    }

    private Optional<String> check(String password) {
        return policy.problem(password, KEYS, Locale.ENGLISH, "Grace", "Hopper", "ghopper42@example.com");
    }
}
