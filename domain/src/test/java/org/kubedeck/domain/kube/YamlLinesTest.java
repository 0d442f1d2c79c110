package org.kubedeck.domain.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class YamlLinesTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: -1
              template:
                spec:
                  containers:
                  - name: web
                    image: nginx
                  - name: side
                    ports:
                    - containerPort: 80
                    env:
                    - {name: A, value: b}
            """;

    @Test
    void theLineOfTheFieldARefusalNamesIsFound() {
        assertThat(YamlLines.lineOf(DEPLOYMENT, "Deployment.apps \"web\" is invalid: spec.replicas: Invalid value: "
                + "-1: must be greater than or equal to 0")).hasValue(6);
        assertThat(YamlLines.lineOf(DEPLOYMENT, "spec.template.spec.containers[1].ports[0].containerPort: "
                + "Invalid value: 80")).hasValue(14);
        assertThat(YamlLines.lineOf(DEPLOYMENT, "spec.template.spec.containers[0].image: Required value"))
                .hasValue(11);
    }

    @Test
    void aMissingFieldPointsAtTheDeepestPartThatIsThere() {
        assertThat(YamlLines.lineOf(DEPLOYMENT, "spec.template.spec.containers[1].image: Required value"))
                .as("the second container").hasValue(12);
        assertThat(YamlLines.lineOf(DEPLOYMENT, "spec.selector: Required value")).as("spec").hasValue(5);
    }

    @Test
    void aListDashAtTheKeysIndentAndQuotedKeysAreRead() {
        String yaml = """
                spec:
                  "size": big
                  items:
                  - a
                  - b
                """;
        assertThat(YamlLines.lineOf(yaml, "spec.size: Invalid value: \"big\": spec.size in body must be of type "
                + "integer")).hasValue(2);
        assertThat(YamlLines.lineOf(yaml, "spec.items[1]: Invalid value")).hasValue(5);
    }

    @Test
    void aMessageWithoutAFieldGivesNoLine() {
        assertThat(YamlLines.lineOf(DEPLOYMENT, "the server could not find the requested resource"))
                .isEqualTo(OptionalInt.empty());
        assertThat(YamlLines.lineOf(null, "spec: Required value")).isEmpty();
    }
}
