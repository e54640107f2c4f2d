package dev.custodian.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.utils.JsonNodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a privacy manifest and refuses it, with the file, the line and what is wrong, unless it
 * meets its JSON Schema ({@code manifest/manifest.schema.json}) and the rules a schema cannot
 * state: every text in every language offered, each category of the catalogue described once and no
 * other, with the retention rule its code keeps, recipients receiving known categories only, no
 * retention shorter than its legal hold, no reopening after the erasure, policy versions unique and
 * in order, every file it names present.
 */
public final class ManifestReader {

    static final String SCHEMA = "manifest/manifest.schema.json";

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final String name;
    private final Function<String, Optional<byte[]>> siblings;
    private final Set<String> categories;
    private final Map<String, Set<String>> rules;

    /**
     * @param name how messages name the file
     * @param siblings reads a file the manifest names, relative to its folder
     * @param rules the catalogue's category ids, each with the retention rules its code keeps
     */
    public ManifestReader(
            String name,
            Function<String, Optional<byte[]>> siblings,
            Map<String, Set<String>> rules) {
        this.name = name;
        this.siblings = siblings;
        this.categories = Set.copyOf(rules.keySet());
        this.rules = Map.copyOf(rules);
    }

    /** The manifest, with each policy file's text read; or ManifestException naming each fault. */
    public Manifest read(InputStream yaml) {
        JsonNode root;
        try {
            root = NodeReader.builder().locationAware().build().readTree(yaml, InputFormat.YAML);
        } catch (IOException | IllegalArgumentException e) {
            // the YAML parser's message names the line and column
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new ManifestException(name + ": not a YAML document: " + cause.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ManifestException(name + ": not a YAML mapping");
        }
        List<String> faults = new ArrayList<>();
        for (Error error : schema().validate(root)) {
            faults.add(
                    at(
                            error.getInstanceNode(),
                            error.getInstanceLocation() + ": " + error.getMessage()));
        }
        if (faults.isEmpty()) {
            checkRules(root, faults);
        }
        if (!faults.isEmpty()) {
            throw new ManifestException(
                    name + " is not a valid privacy manifest:\n  " + String.join("\n  ", faults));
        }
        try {
            return MAPPER.treeToValue(root, Manifest.class);
        } catch (IOException e) {
            throw new ManifestException(name + ": " + e.getMessage());
        }
    }

    private static Schema schema() {
        try (InputStream in = ManifestReader.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkRules(JsonNode root, List<String> faults) {
        List<String> languages = new ArrayList<>();
        root.get("languages").forEach(l -> languages.add(l.asText()));
        checkTexts(root, "", languages, faults);

        Set<String> described = new HashSet<>();
        Map<String, Integer> keptDays = new java.util.HashMap<>();
        int graceDays = root.at("/closure/gracePeriodMonths").asInt() * 30;
        for (JsonNode category : root.get("dataCategories")) {
            String id = category.get("id").asText();
            if (!categories.contains(id)) {
                faults.add(at(category.get("id"), unknown("data category", id, categories)));
            } else if (!described.add(id)) {
                faults.add(at(category.get("id"), "data category " + id + " is described twice"));
            }
            JsonNode retention = category.get("retention");
            String rule = retention.get("rule").asText();
            if (rules.containsKey(id) && !rules.get(id).contains(rule)) {
                faults.add(
                        at(
                                retention.get("rule"),
                                "the retention of "
                                        + id
                                        + " must be "
                                        + String.join(" or ", new TreeSet<>(rules.get(id)))
                                        + ", the rule the portal keeps it by, not "
                                        + rule));
            }
            int days = keptDays(retention, graceDays);
            JsonNode hold = category.get("legalHold");
            if (hold != null && days < hold.get("years").asInt() * 365) {
                faults.add(
                        at(
                                retention,
                                "the retention of "
                                        + id
                                        + " is shorter than its legal hold of "
                                        + hold.get("years").asInt()
                                        + " years"));
            }
            keptDays.put(id, days);
        }
        for (String id : new TreeSet<>(categories)) {
            if (!described.contains(id)) {
                faults.add(
                        at(
                                root.get("dataCategories"),
                                "data category " + id + " of the catalogue is not described"));
            }
        }
        for (JsonNode recipient : root.get("recipients")) {
            for (JsonNode category : recipient.get("categories")) {
                if (!categories.contains(category.asText())) {
                    faults.add(
                            at(
                                    category,
                                    recipient.get("name").asText()
                                            + " receives "
                                            + unknown(
                                                    "data category",
                                                    category.asText(),
                                                    categories)));
                }
            }
        }
        JsonNode reopen = root.at("/closure/reopenDays");
        if (reopen.asInt() > graceDays) {
            faults.add(
                    at(
                            reopen,
                            "a closed account cannot be reopened after its erasure: reopenDays is"
                                    + " longer than gracePeriodMonths"));
        }
        checkUnique(root.at("/marketing/categories"), "id", "marketing category", faults);
        checkPolicy(root.at("/policy/versions"), faults);
        JsonNode logo = root.at("/brand/logo");
        if (logo.isTextual() && siblings.apply(logo.asText()).isEmpty()) {
            faults.add(at(logo, "no file " + logo.asText() + " beside the manifest"));
        }
    }

    /** How many days a retention keeps a row at least; an open account's data counts as kept. */
    private static int keptDays(JsonNode retention, int graceDays) {
        return switch (retention.get("rule").asText()) {
            case "from-creation" -> retention.get("days").asInt();
            case "from-issue", "legal-hold" -> retention.get("years").asInt() * 365;
            case "account" -> graceDays;
            default -> 0;
        };
    }

    /**
     * Every text (an object whose keys are languages) names each language offered; one in another
     * language the portal speaks is kept for the day it is offered.
     */
    private void checkTexts(
            JsonNode node, String path, List<String> languages, List<String> faults) {
        if (node.isObject() && isText(node)) {
            for (String language : languages) {
                if (!node.has(language)) {
                    faults.add(at(node, path + ": no " + language + " text"));
                }
            }
            return;
        }
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(
                            e ->
                                    checkTexts(
                                            e.getValue(),
                                            path + "/" + e.getKey(),
                                            languages,
                                            faults));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTexts(node.get(i), path + "/" + i, languages, faults);
            }
        }
    }

    private static boolean isText(JsonNode node) {
        Iterator<String> names = node.fieldNames();
        if (!names.hasNext()) {
            return false;
        }
        while (names.hasNext()) {
            String key = names.next();
            if (!key.equals("en") && !key.equals("fr")) {
                return false;
            }
        }
        return true;
    }

    private void checkPolicy(JsonNode versions, List<String> faults) {
        checkUnique(versions, "version", "policy version", faults);
        String previous = "";
        for (JsonNode version : versions) {
            String date = version.get("date").asText();
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                faults.add(at(version.get("date"), "no such date: " + date));
                continue;
            }
            if (date.compareTo(previous) < 0) {
                faults.add(at(version.get("date"), "versions are listed oldest first"));
            }
            if (previous.isEmpty()
                    && LocalDate.parse(date).isAfter(LocalDate.now(ZoneOffset.UTC))) {
                faults.add(
                        at(
                                version.get("date"),
                                "the first version is not yet published: no policy would be in"
                                        + " force"));
            }
            previous = date;
            JsonNode text = version.get("text");
            JsonNode files = version.get("file");
            if ((text == null) == (files == null)) {
                faults.add(at(version, "give the version's text or its files, one of the two"));
                continue;
            }
            if (files != null) {
                ((ObjectNode) version).set("text", readFiles(files, faults));
            }
        }
    }

    /** The files' Markdown, by language. */
    private ObjectNode readFiles(JsonNode files, List<String> faults) {
        ObjectNode text = MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> file = it.next();
            String path = file.getValue().asText();
            Optional<byte[]> bytes = siblings.apply(path);
            if (bytes.isPresent()) {
                text.set(
                        file.getKey(),
                        new TextNode(new String(bytes.get(), StandardCharsets.UTF_8)));
            } else {
                faults.add(at(file.getValue(), "no file " + path + " beside the manifest"));
            }
        }
        return text;
    }

    private void checkUnique(JsonNode items, String key, String what, List<String> faults) {
        Set<String> seen = new HashSet<>();
        for (JsonNode item : items) {
            JsonNode value = item.get(key);
            if (value != null && !seen.add(value.asText())) {
                faults.add(at(value, what + " " + value.asText() + " is listed twice"));
            }
        }
    }

    private static String unknown(String what, String id, Set<String> known) {
        return "unknown "
                + what
                + " "
                + id
                + " (known: "
                + String.join(", ", new TreeSet<>(known))
                + ")";
    }

    private String at(JsonNode node, String message) {
        JsonLocation location = node == null ? null : JsonNodes.tokenStreamLocationOf(node);
        return location == null || location.getLineNr() < 1
                ? message
                : "line " + location.getLineNr() + ": " + message;
    }
}
