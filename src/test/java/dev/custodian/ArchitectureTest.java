package dev.custodian;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of ARCHITECTURE.md, checked on the compiled application: features depend on one
 * another in one direction only, and the shell ({@code web}), the company's manifest and its
 * catalogue of personal data ({@code manifest}, {@code catalogue}) and the plumbing ({@code
 * secrets}, {@code jobs}) know no feature. Each rule fails on a single import the wrong way.
 */
class ArchitectureTest {

    private static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.custodian");
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("dev.custodian.(*)..").should().beFreeOfCycles().check(application);
    }

    @Test
    void theShellAndThePlumbingKnowNoFeature() {
        String[] shell = {
            "dev.custodian.web..",
            "dev.custodian.secrets..",
            "dev.custodian.jobs..",
            "dev.custodian.manifest..",
            "dev.custodian.catalogue.."
        };
        noClasses()
                .that()
                .resideInAnyPackage(shell)
                .should()
                .dependOnClassesThat(
                        resideInAPackage("dev.custodian..").and(not(resideInAnyPackage(shell))))
                .check(application);
    }

    /**
     * Events sit under the features that publish them: the webhook package knows only the shell,
     * the plumbing, the manifest and the account.
     */
    @Test
    void eventsKnowOnlyTheShellThePlumbingAndTheAccount() {
        classes()
                .that()
                .resideInAPackage("dev.custodian.webhook..")
                .should()
                .onlyDependOnClassesThat(
                        resideInAnyPackage(
                                        "dev.custodian.webhook..",
                                        "dev.custodian.web..",
                                        "dev.custodian.secrets..",
                                        "dev.custodian.jobs..",
                                        "dev.custodian.manifest..",
                                        "dev.custodian.account..")
                                .or(not(resideInAPackage("dev.custodian.."))))
                .check(application);
    }

    @Test
    void theApiReachesOnlyTheFeaturesItServes() {
        noClasses()
                .that()
                .resideInAPackage("dev.custodian.api..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("dev.custodian..")
                                .and(
                                        not(
                                                resideInAnyPackage(
                                                        "dev.custodian.api..",
                                                        "dev.custodian.product..",
                                                        "dev.custodian.privacy..",
                                                        "dev.custodian.account..",
                                                        // the rate limiter only
                                                        "dev.custodian.auth..",
                                                        "dev.custodian.web..",
                                                        "dev.custodian.secrets..",
                                                        "dev.custodian.jobs..",
                                                        "dev.custodian.manifest.."))))
                .check(application);
    }

    @Test
    void noFeatureDependsOnTheApi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.custodian.api..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.custodian.api.."))
                .check(application);
    }
}
