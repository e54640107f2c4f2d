package dev.custodian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.custodian.testing.RequiredVariables;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The list of production's required variables is README.md's first table; application.properties'
 * {@code %prod.custodian.required.*} lines and {@link RequiredEnvironment}'s methods, which make
 * startup refuse without them, must name the same ones.
 */
class RequiredVariablesTest {

    @Test
    void readmeTableApplicationPropertiesAndRequiredEnvironmentAgree() {
        var lines = RequiredVariables.byProperty();
        assertFalse(lines.isEmpty(), "no %prod.custodian.required.* line found");

        Set<String> methods =
                Arrays.stream(RequiredEnvironment.class.getDeclaredMethods())
                        .map(Method::getName)
                        .map(name -> name.replaceAll("([A-Z])", "-$1").toLowerCase())
                        .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                methods,
                new TreeSet<>(lines.keySet()),
                "RequiredEnvironment's methods and application.properties' lines");

        assertEquals(
                readmeTable(),
                new TreeSet<>(lines.values()),
                "README.md's table of required variables and application.properties' lines");
    }

    /** The variables in the first column of the first table of README.md's Configuration. */
    private static Set<String> readmeTable() {
        String readme = RequiredVariables.read("README.md");
        String configuration = readme.substring(readme.indexOf("\n## Configuration\n"));
        Matcher table = Pattern.compile("\n(\\|[^\n]*\n)+").matcher(configuration);
        if (!table.find()) {
            throw new AssertionError("README.md's Configuration has no table");
        }
        Set<String> variables = new TreeSet<>();
        for (String row : table.group().strip().split("\n")) {
            Matcher variable = Pattern.compile("CUSTODIAN_[A-Z0-9_]+").matcher(row.split("\\|")[1]);
            while (variable.find()) {
                variables.add(variable.group());
            }
        }
        return variables;
    }
}
