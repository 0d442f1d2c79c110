package org.kubedeck.adapters.k8s.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.kube.port.out.ResourceCluster.SecretMask;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.kube.ResourceKind;


class ResourceYamlTest {

    private static final SecretMask MASK = value -> "<hidden:" + new String(value, StandardCharsets.UTF_8).length()
            + ">";

    @Test
    void keysKeepTheServersOrder() {
        JsonObject object = json("""
                {"kind":"ConfigMap","apiVersion":"v1","metadata":{"namespace":"shop","name":"settings"},
                 "data":{"zeta":"last","alpha":"first"}}""");

        assertThat(ResourceYaml.text(object)).isEqualTo("""
                kind: ConfigMap
                apiVersion: v1
                metadata:
                  namespace: shop
                  name: settings
                data:
                  zeta: last
                  alpha: first
                """);
    }

    @Test
    void normalizingLeavesOutWhatTheClusterOwns() {
        JsonObject object = json("""
                {"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"shop",
                 "uid":"5f0c","resourceVersion":"42","generation":3,"creationTimestamp":"2026-01-01T00:00:00Z",
                 "selfLink":"/api/v1/namespaces/shop/services/web","managedFields":[{"manager":"kubectl"}],
                 "labels":{"app":"web"},
                 "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}","team":"shop"}},
                 "spec":{"ports":[{"port":80}]},"status":{"loadBalancer":{}}}""");

        JsonObject normalized = ResourceYaml.normalized(object);

        assertThat(ResourceYaml.text(normalized)).isEqualTo("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: shop
                  labels:
                    app: web
                  annotations:
                    team: shop
                spec:
                  ports:
                  - port: 80
                """);
        assertThat(object.has("status")).as("the argument is left as it is").isTrue();
        assertThat(object.getAsJsonObject("metadata").has("uid")).isTrue();
    }

    @Test
    void annotationsLeftEmptyAreLeftOut() {
        JsonObject object = json("""
                {"metadata":{"name":"web","annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}",
                 "deployment.kubernetes.io/revision":"3"}}}""");

        assertThat(ResourceYaml.text(ResourceYaml.normalized(object))).isEqualTo("metadata:\n  name: web\n");
    }

    @Test
    void numbersStayNumbersAndBooleansBooleans() {
        JsonObject object = json("""
                {"replicas":3,"zero":0,"ratio":1.5,"whole":3.0,"big":12345678901234567890123,
                 "negative":-7,"paused":false,"nothing":null}""");

        assertThat(ResourceYaml.text(object)).isEqualTo("""
                replicas: 3
                zero: 0
                ratio: 1.5
                whole: 3
                big: 12345678901234567890123
                negative: -7
                paused: false
                nothing: null
                """);
    }

    @Test
    void stringsThatWouldReadAsSomethingElseAreQuoted() {
        JsonObject object = json("""
                {"number":"3","decimal":"1.5","exponent":"1e3","octal":"010","bool":"true","yes":"yes",
                 "off":"off","null":"null","empty":"","date":"2026-01-01","colon":"a: b","port":"8080:80",
                 "plain":"nginx:1.27"}""");

        assertThat(ResourceYaml.text(object)).isEqualTo("""
                number: '3'
                decimal: '1.5'
                exponent: '1e3'
                octal: '010'
                bool: 'true'
                'yes': 'yes'
                'off': 'off'
                'null': 'null'
                empty: ''
                date: '2026-01-01'
                colon: 'a: b'
                port: 8080:80
                plain: nginx:1.27
                """);
        assertThat(ResourceYaml.parse(ResourceYaml.text(object))).isEqualTo(object);
    }

    @Test
    void multiLineTextIsALiteralBlockAndTheYamlEndsInOneNewline() {
        JsonObject object = json("""
                {"data":{"nginx.conf":"server {\\n  listen 80;\\n}\\n","motd":"hello\\nworld",
                 "padded":"last\\n\\n\\n"}}""");

        String text = ResourceYaml.text(object);

        assertThat(text).isEqualTo("""
                data:
                  nginx.conf: |
                    server {
                      listen 80;
                    }
                  motd: |-
                    hello
                    world
                  padded: "last\\n\\n\\n"
                """);
        assertThat(ResourceYaml.parse(text)).isEqualTo(object);
    }

    @Test
    void parsingGivesJsonAsKubectlWouldSendIt() {
        JsonObject parsed = ResourceYaml.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  annotations:
                    deployed: 2026-01-01T10:00:00Z
                spec:
                  replicas: 3
                  ratio: 1.5
                  whole: 2.0
                  paused: false
                  ports: [80, 443]
                  note: ~
                """);

        assertThat(parsed).isEqualTo(json("""
                {"apiVersion":"apps/v1","kind":"Deployment",
                 "metadata":{"name":"web","annotations":{"deployed":"2026-01-01T10:00:00Z"}},
                 "spec":{"replicas":3,"ratio":1.5,"whole":2,"paused":false,"ports":[80,443],"note":null}}"""));
        assertThat(parsed.toString()).contains("\"replicas\":3,", "\"whole\":2,");
    }

    @Test
    void yamlThatIsNoMappingOrBrokenDoesNotParse() {
        assertThatThrownBy(() -> ResourceYaml.parse("metadata:\n  name: web\n spec: ["))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessageStartingWith("The YAML does not parse: ")
                .hasMessageContaining("(line 3, column 2)")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ResourceYaml.parse("- a\n- b\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The YAML does not parse: it holds no object");
        assertThatThrownBy(() -> ResourceYaml.parse(""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The YAML does not parse: it holds no object");
        assertThatThrownBy(() -> ResourceYaml.parse("kind: ConfigMap\nkind: Secret\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("duplicate key kind");
        assertThatThrownBy(() -> ResourceYaml.parse("a: 1\n---\nb: 2\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The YAML does not parse: ");
    }

    @Test
    void aListItemGetsItsTypeFirst() {
        JsonObject item = json("""
                {"metadata":{"name":"web"},"spec":{}}""");

        assertThat(ResourceYaml.text(ResourceYaml.withTypeMeta(item, ResourceKind.DEPLOYMENT))).isEqualTo("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec: {}
                """);
        assertThat(item.has("kind")).isFalse();
    }

    @Test
    void aSecretsValuesAreMaskedAndComeBackWhereTheMaskWasLeft() {
        JsonObject secret = json("""
                {"kind":"Secret","data":{"password":"%s","user":"%s"}}""".formatted(base64("s3cret"),
                base64("shop")));

        JsonObject masked = ResourceYaml.masked(secret, MASK);
        assertThat(masked).isEqualTo(json("""
                {"kind":"Secret","data":{"password":"<hidden:6>","user":"<hidden:4>"}}"""));

        masked.getAsJsonObject("data").addProperty("user", base64("admin"));
        masked.getAsJsonObject("data").addProperty("token", base64("t0ken"));
        assertThat(ResourceYaml.unmasked(masked, secret, MASK)).isEqualTo(json("""
                {"kind":"Secret","data":{"password":"%s","user":"%s","token":"%s"}}""".formatted(base64("s3cret"),
                base64("admin"), base64("t0ken"))));
    }

    @Test
    void aSecretValueThatIsNeitherTheMaskNorBase64IsRefused() {
        JsonObject current = json("""
                {"kind":"Secret","data":{"password":"%s"}}""".formatted(base64("s3cret")));

        assertThatThrownBy(() -> ResourceYaml.unmasked(json("""
                {"kind":"Secret","data":{"password":"<hidden:7>"}}"""), current, MASK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("yaml"))
                .hasMessage("Secret value of 'password' is not base64.");
        assertThatThrownBy(() -> ResourceYaml.unmasked(json("""
                {"kind":"Secret","data":{"token":null}}"""), current, MASK))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Secret value of 'token' is not base64.");
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theLatestChangeOutsideTheStatusNamesItsFieldManager() {
        JsonObject object = JsonParser.parseString("""
                {"metadata": {"name": "web", "managedFields": [
                  {"manager": "kubectl-create", "operation": "Update", "time": "2026-01-01T10:00:00Z"},
                  {"manager": "kubectl-edit", "operation": "Update", "time": "2026-01-01T11:00:00Z"},
                  {"manager": "kube-controller-manager", "operation": "Update", "subresource": "status",
                   "time": "2026-01-01T12:00:00Z"}]}}
                """).getAsJsonObject();

        assertThat(ResourceYaml.lastManager(object)).isEqualTo("kubectl-edit");
        assertThat(ResourceYaml.lastManager(JsonParser.parseString("{\"metadata\": {\"name\": \"web\"}}")
                .getAsJsonObject())).isNull();
    }
}
