package org.kubedeck.domain.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kubedeck.domain.InvalidInputException;

class SchedulingChangeTest {

    @Test
    void theFormsTextsBecomeTheThreePartsOneEntryALine() {
        SchedulingChange change = SchedulingChange.parse(" zone = a \n\ndisktype=ssd\n",
                "zone in (a, b), cores > 8\nfield:metadata.name=node-1\n", "gpu=true:NoSchedule\n  \n*:NoExecute");

        assertThat(change.nodeSelector()).isEqualTo(Map.of("zone", "a", "disktype", "ssd"));
        assertThat(change.nodeSelectorLines()).containsExactly("disktype=ssd", "zone=a");
        assertThat(change.requiredNodeAffinityLines()).containsExactly("zone in (a, b), cores > 8",
                "field:metadata.name=node-1");
        assertThat(change.tolerationLines()).containsExactly("gpu=true:NoSchedule", "*:NoExecute");
    }

    @Test
    void emptyTextsRemoveAPartAndMissingOnesLeaveItAsItIs() {
        SchedulingChange emptied = SchedulingChange.parse("", " \n", "");
        assertThat(emptied.nodeSelector()).isEmpty();
        assertThat(emptied.requiredNodeTerms()).isEmpty();
        assertThat(emptied.tolerations()).isEmpty();

        SchedulingChange onlyTolerations = SchedulingChange.fromLines(null, null, List.of("gpu:NoSchedule"));
        assertThat(onlyTolerations.nodeSelector()).isNull();
        assertThat(onlyTolerations.requiredNodeTerms()).isNull();
        assertThat(onlyTolerations.tolerationLines()).containsExactly("gpu:NoSchedule");
        assertThatThrownBy(() -> SchedulingChange.fromLines(null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one");
    }

    @Test
    void theCurrentConstraintsReadBackAsTheFormShowsThem() {
        SchedulingConstraints current = new SchedulingConstraints(Map.of("disktype", "ssd"),
                List.of(NodeSelectorTerm.parse("f", "zone in (a, b)")), List.of("preferred (weight 5): gpu"),
                List.of(), List.of(), List.of(Toleration.parse("f", "gpu:NoExecute for 300s")));

        SchedulingChange shown = SchedulingChange.of(current);
        SchedulingChange again = SchedulingChange.parse(String.join("\n", shown.nodeSelectorLines()),
                String.join("\n", shown.requiredNodeAffinityLines()), String.join("\n", shown.tolerationLines()));

        assertThat(again).isEqualTo(shown);
        assertThat(again.tolerations()).isEqualTo(current.tolerations());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "disktype                  |               |                      | node_selector",
            "=ssd                      |               |                      | node_selector",
            "bad key=x                 |               |                      | node_selector",
            "tier=has spaces           |               |                      | node_selector",
            "zone=a\\nzone=b           |               |                      | node_selector",
            "                          | zone in ()    |                      | required_node_affinity",
            "                          | cores > many  |                      | required_node_affinity",
            "                          |               | gpu:Sometimes        | tolerations",
            "                          |               | gpu:NoSchedule for 3s| tolerations"})
    void badEntriesNameTheirField(String selector, String terms, String tolerations, String field) {
        assertThatThrownBy(() -> SchedulingChange.parse(text(selector), text(terms), text(tolerations)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void theJsonApisEntriesAreCheckedLikeTheFormsLines() {
        assertThatThrownBy(() -> SchedulingChange.fromLines(Map.of("-x", "y"), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("node_selector"));
        assertThatThrownBy(() -> SchedulingChange.fromLines(null, List.of(" "), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("required_node_affinity"));
    }

    private static String text(String cell) {
        return cell == null ? "" : cell.replace("\\n", "\n");
    }
}
