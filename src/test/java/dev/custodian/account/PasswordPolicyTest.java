package dev.custodian.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules alone, without the application: each refusal names its reason. */
class PasswordPolicyTest {

    /**
     * Answers each message with its own key and arguments, so that the test can tell them apart.
     */
    static final AccountMessages KEYS =
            (AccountMessages)
                    Proxy.newProxyInstance(
                            AccountMessages.class.getClassLoader(),
                            new Class<?>[] {AccountMessages.class},
                            (proxy, method, args) -> method.getName());

    static final BreachedPasswordCheck NO_RANGE_CHECK =
            new BreachedPasswordCheck(Optional.empty(), Duration.ofSeconds(2));

    private final PasswordPolicy policy =
            new PasswordPolicy(new PasswordBlocklist(Optional.empty()), NO_RANGE_CHECK);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "velvet otters juggle quiet radishes",
                "Je pense donc je suis, mais pas le lundi",
                "雨の日は静かに本を読むのが好きです",
                "🦊🐻🦉🐢🦔 forest party tonight",
                "  spaces   are   fine   here  "
            })
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
    @ValueSource(
            strings = {
                "correcthorsebatterystaple",
                "Correct Horse Battery Staple",
                " CORRECT  HORSE battery staple ",
                "correct\u00A0horse\u3000battery staple",
                "ｃｏｒｒｅｃｔｈｏｒｓｅｂａｔｔｅｒｙｓｔａｐｌｅ",
                "passwordpassword",
                "Password Password",
                "qwertyuiopasdfghjkl",
                "1234567890123456",
                "iloveyouiloveyou",
                "Mot de passe mot de passe"
            })
    void refusesBlocklistedPasswordsWhateverTheirCaseWidthOrSpaces(String password) {
        assertEquals(Optional.of("password_breached"), check(password));
    }

    @Test
    void theOperatorsFileAddsToTheBuiltInList(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ours.txt");
        Files.writeString(
                file,
                "# our product and city\nmarmalade harbour kestrel\n\n  Velvet Otters Juggle Quiet Radishes  \n");
        PasswordPolicy withOurs =
                new PasswordPolicy(new PasswordBlocklist(Optional.of(file)), NO_RANGE_CHECK);

        assertEquals(
                Optional.of("password_breached"), check(withOurs, "Marmalade Harbour Kestrel"));
        assertEquals(
                Optional.of("password_breached"),
                check(withOurs, "velvet otters juggle quiet radishes"));
        assertEquals(
                Optional.of("password_breached"), check(withOurs, "correct horse battery staple"));
        assertEquals(Optional.empty(), check(withOurs, "# our product and city"));
    }

    @Test
    void aMissingOperatorFileStopsStartUpNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing-blocklist.txt");

        IllegalStateException failure =
                assertThrows(
                        IllegalStateException.class,
                        () -> new PasswordBlocklist(Optional.of(missing)));

        assertTrue(
                failure.getMessage().contains("custodian.password.blocklist-file"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "111111111111111111",
                "abcabcabcabcabcabc",
                "qwertyqwertyqwertyq",
                "iloveyouiloveyou2"
            })
    void refusesGuessablePasswords(String password) {
        assertTrue(check(password).orElseThrow().startsWith("password_weak"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "grace hopper sails the seven seas",
                "my email is ghopper42 and that is long",
                "HOPPER is my favourite admiral"
            })
    void refusesPasswordsBuiltFromTheUsersOwnNameOrEmail(String password) {
        assertEquals(Optional.of("password_personal"), check(password));
    }

    @Test
    void theEmailDomainIsNotPersonal() {
        assertEquals(Optional.empty(), check("example of a navy computer pioneer"));
    }

    private Optional<String> check(String password) {
        return check(policy, password);
    }

    static Optional<String> check(PasswordPolicy policy, String password) {
        return policy.problem(
                password, KEYS, Locale.ENGLISH, "Grace", "Hopper", "ghopper42@example.com");
    }
}
