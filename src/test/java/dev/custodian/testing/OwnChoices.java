package dev.custodian.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A company that makes two choices of its own, each the subject of its own test class: marketing
 * categories named in its manifest, job letters and CV workshops ({@code OwnCategoriesTest}), and
 * no public profiles while members still find each other ({@code ProfilesOfferedTest}). One profile
 * for the two, because every profile is one more build and start of the application in each test
 * run.
 */
public class OwnChoices implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "custodian.manifest",
                ManifestVariant.of(
                        Map.ofEntries(
                                Map.entry("  public: true\n", "  public: false\n"),
                                ManifestVariant.section(
                                        "marketing",
                                        """
                                        marketing:
                                          enabled: true
                                          categories:
                                            - id: letters
                                              name: {en: Job letters, fr: Lettres d’emploi}
                                              description: {en: "Openings that match your profile, every Monday.", fr: "Les offres qui correspondent à votre profil, chaque lundi."}
                                            - id: workshops
                                              name: {en: CV workshops, fr: Ateliers CV}
                                              description: {en: Invitations to our workshops., fr: Des invitations à nos ateliers.}
                                        """))));
    }
}
