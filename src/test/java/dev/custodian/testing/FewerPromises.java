package dev.custodian.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A company that promises less than the demonstration in three unrelated ways, each the subject of
 * its own test class: its products do not gate closure and it allows no erasure at once and no
 * reopening ({@code ClosureOptionsTest}), it sends no marketing at all ({@code MarketingOffTest}),
 * and it offers neither public profiles nor members search ({@code NoProfilesTest}). One profile
 * for the three, because every profile is one more build and start of the application in each test
 * run.
 */
public class FewerPromises implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // nothing listens on port 1
        return OidcProvider.config(
                "Acme SSO",
                "http://127.0.0.1:1/realms/down",
                "custodian",
                "secret",
                Map.of(
                        "custodian.manifest",
                        ManifestVariant.of(
                                Map.ofEntries(
                                        Map.entry("reopenDays: 30", "reopenDays: 0"),
                                        Map.entry(
                                                "eraseNowAllowed: true", "eraseNowAllowed: false"),
                                        Map.entry(
                                                "productsGateClosure: true",
                                                "productsGateClosure: false"),
                                        Map.entry(
                                                "  public: true\n  membersSearch: true\n",
                                                "  public: false\n  membersSearch: false\n"),
                                        ManifestVariant.section(
                                                "marketing", "marketing:\n  enabled: false\n")))));
    }
}
