// The checks of docker/check.sh, run from the repository root with NODE_PATH at the tools that
// docker/check/package-lock.json pins. Prints every problem found and exits 1 if there is one.
"use strict";
const fs = require("fs");
const path = require("path");
const dockerfileUtils = require("dockerfile-utils");
const { DockerfileParser } = require("dockerfile-ast");
const YAML = require("yaml");
const Ajv = require("ajv");

const problems = [];
const problem = (file, message) => problems.push(`${file}: ${message}`);

/** Parses every YAML document of a file; a syntax error (or a duplicate key) is a problem. */
function yamlDocuments(file) {
    const documents = YAML.parseAllDocuments(fs.readFileSync(file, "utf8"), { uniqueKeys: true });
    // The first error only: the ones after it mostly follow from it.
    const error = documents.flatMap(document => document.errors)[0];
    if (error) {
        problem(file, `YAML: ${error.message}`);
        return [];
    }
    return documents.map(document => document.toJS()).filter(content => content !== null);
}

// --- Dockerfiles: dockerfile-utils' linter, where any warning counts (a JSON ENTRYPOINT in single
// quotes, say, is only a warning, yet runs as a shell string), then what the deployment needs
// of the final stage: a non-root user, a health check, one exposed port, an exec-form ENTRYPOINT.
for (const file of ["docker/Dockerfile.jvm", "docker/Dockerfile.native"]) {
    const content = fs.readFileSync(file, "utf8");
    for (const diagnostic of dockerfileUtils.validate(content)) {
        problem(file, `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
    }
    const instructions = DockerfileParser.parse(content).getInstructions();
    const lastFrom = instructions.map(i => i.getKeyword()).lastIndexOf("FROM");
    const finalStage = instructions.slice(lastFrom);
    const all = keyword => finalStage.filter(i => i.getKeyword() === keyword);
    const users = all("USER");
    const user = users.length ? users[users.length - 1].getArgumentsContent().split(":")[0] : "root";
    if (user === "root" || user === "0") {
        problem(file, "the final stage must run as a non-root USER");
    }
    if (all("HEALTHCHECK").length !== 1) {
        problem(file, "the final stage needs one HEALTHCHECK");
    }
    const exposed = all("EXPOSE").flatMap(i => i.getArguments());
    if (exposed.length !== 1) {
        problem(file, `one port must be exposed, found ${exposed.length}`);
    }
    const entrypoints = all("ENTRYPOINT");
    if (entrypoints.length !== 1 || !entrypoints[0].getArgumentsContent().trim().startsWith("[")) {
        problem(file, "one ENTRYPOINT in exec (JSON) form, so that the process gets the stop signal");
    }
}

// --- docker/compose.yaml against the Compose specification's schema (the copy dclint ships,
// which follows the current specification), then the start order: every dependency waits for a
// service that has a health check.
const composeFile = "docker/compose.yaml";
const [compose] = yamlDocuments(composeFile);
if (compose) {
    // dclint's package exports do not list the file: read it where docker/check.sh installed it.
    const schemaFile = path.join(process.env.NODE_PATH, "dclint", "schemas", "compose.schema.json");
    const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
    // Draft 07, which Ajv's default class implements, under an https address Ajv does not know.
    delete schema.$schema;
    // It also uses an annotation of later drafts ("deprecated") and union types.
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    if (!validate(compose)) {
        for (const error of validate.errors) {
            problem(composeFile, `${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
        }
    }
    for (const [name, service] of Object.entries(compose.services || {})) {
        const dependsOn = service.depends_on || {};
        for (const [dependency, how] of Object.entries(Array.isArray(dependsOn) ? {} : dependsOn)) {
            if (how.condition !== "service_healthy") {
                problem(composeFile, `${name} must wait for ${dependency} with condition: service_healthy`);
            }
            if (!(compose.services[dependency] || {}).healthcheck) {
                problem(composeFile, `${name} waits for ${dependency}, which has no healthcheck`);
            }
        }
        if (Array.isArray(dependsOn)) {
            problem(composeFile, `${name}: depends_on must name a condition (service_healthy)`);
        }
    }
}

// --- docker/custodian.env.example documents every variable production reads: each ${CUSTODIAN_...}
// of application.properties appears in it, and each variable it sets is one that Custodian or the
// compose file reads (a misspelt name would be ignored without a word).
const envExample = "docker/custodian.env.example";
// Production's lines: those of no profile and of %prod.
const properties = fs.readFileSync("src/main/resources/application.properties", "utf8")
    .split("\n").filter(line => !/^%(?!prod\.)/.test(line)).join("\n");
const example = fs.readFileSync(envExample, "utf8");
const composeText = fs.readFileSync(composeFile, "utf8");
const required = new Set([...properties.matchAll(/\$\{(CUSTODIAN_[A-Z0-9_]+)/g)].map(m => m[1]));
// A custodian.* property can be set through its environment variable too (custodian.mail.from-x ->
// CUSTODIAN_MAIL_FROM_X).
const settings = new Set([...properties.matchAll(/^(?:%\w+\.)?(custodian\.[\w.-]+)=/gm)]
    .map(m => m[1].toUpperCase().replace(/[^A-Z0-9]/g, "_")));
for (const variable of required) {
    if (!new RegExp(`\\b${variable}\\b`).test(example)) {
        problem(envExample, `${variable} (read by application.properties) is not documented`);
    }
}
for (const [, variable] of example.matchAll(/^([A-Z0-9_]+)=/gm)) {
    if (!required.has(variable) && !settings.has(variable) && !composeText.includes("${" + variable)) {
        problem(envExample, `${variable} is read by neither Custodian nor compose.yaml`);
    }
}

// --- Kubernetes manifests: parse, the fields every object needs, the API schema of its kind
// (kubernetes-models: required fields and types), and selectors and named ports that match.
const kubernetesDir = "deploy/kubernetes";
const objects = [];
for (const name of fs.readdirSync(kubernetesDir).sort()) {
    if (!/\.ya?ml(\.example)?$/.test(name)) {
        continue;
    }
    const file = path.join(kubernetesDir, name);
    for (const object of yamlDocuments(file)) {
        const { apiVersion, kind, metadata } = object;
        if (!apiVersion || !kind || !(metadata && metadata.name)) {
            problem(file, "an object needs apiVersion, kind and metadata.name");
            continue;
        }
        let Model;
        try {
            Model = require(`kubernetes-models/${apiVersion}/${kind}`)[kind];
        } catch (e) {
            if (e.code !== "MODULE_NOT_FOUND") {
                throw e;
            }
            problem(file, `unknown kind ${apiVersion} ${kind}`);
            continue;
        }
        try {
            new Model(object).validate();
        } catch (e) {
            problem(file, `${kind} ${metadata.name}: ${e.message}`);
            continue;
        }
        // Only valid objects go on to be matched with each other.
        objects.push({ file, object });
    }
}
const matches = (selector, labels) => Object.entries(selector || {}).every(([k, v]) => (labels || {})[k] === v);
const deployments = objects.filter(o => o.object.kind === "Deployment");
for (const { file, object } of deployments) {
    const template = object.spec.template;
    if (!matches(object.spec.selector.matchLabels, template.metadata?.labels)) {
        problem(file, `Deployment ${object.metadata.name}: selector does not match the pod labels`);
    }
    for (const container of template.spec.containers) {
        const ports = new Set((container.ports || []).map(p => p.name));
        for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
            const port = container[probe]?.httpGet?.port;
            if (typeof port === "string" && !ports.has(port)) {
                problem(file, `container ${container.name}: ${probe} names port ${port}, which it lacks`);
            }
        }
    }
}
for (const { file, object } of objects.filter(o => ["Service", "PodDisruptionBudget"].includes(o.object.kind))) {
    const selector = object.kind === "Service" ? object.spec?.selector : object.spec?.selector?.matchLabels;
    const targets = deployments.filter(d => matches(selector, d.object.spec.template.metadata?.labels));
    if (targets.length === 0) {
        problem(file, `${object.kind} ${object.metadata.name}: selects no Deployment's pods`);
    }
    for (const port of object.kind === "Service" ? object.spec?.ports || [] : []) {
        const named = targets.flatMap(d => d.object.spec.template.spec.containers).flatMap(c => c.ports || []);
        if (typeof port.targetPort === "string" && !named.some(p => p.name === port.targetPort)) {
            problem(file, `Service ${object.metadata.name}: targetPort ${port.targetPort} is no container port`);
        }
    }
}

for (const line of problems) {
    console.error(line);
}
console.log(problems.length === 0 ? "docker/check: Dockerfiles, compose file, env example and Kubernetes manifests OK"
    : `docker/check: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
