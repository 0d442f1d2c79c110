package org.kubedeck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.kube.ResourceRef;


class MessageTest {

    @Test
    void theEnglishTextIsWrittenWithTheArgumentsAndQuotesStayQuotes() {
        Message message = Message.of("workload.podDoesNotExist", "Pod {0}/{1} does not exist in cluster '{2}'.",
                "shop", "web-1", "prod");

        assertThat(message.text()).isEqualTo("Pod shop/web-1 does not exist in cluster 'prod'.");
        assertThat(message.args()).containsExactly("shop", "web-1", "prod");
    }

    @Test
    void argumentsAreNotReadAsPlaceholdersOrReplacementSyntax() {
        assertThat(Message.format("{0} and {1}", List.of("{1}", "$1 \\ ok"))).isEqualTo("{1} and $1 \\ ok");
        assertThat(Message.format("{0} and {3}", List.of("one"))).isEqualTo("one and {3}");
    }

    @Test
    void aMessageMayCarryTheReasonAPartWasRefusedAsAMessageOfItsOwn() {
        Message part = Message.of("node.notTaintEffectNoschedule", "'{0}' is not a taint effect.", "Never");
        Message whole = Message.of("node.entryRefused", "'{0}': {1}", "gpu:Never", part);

        assertThat(whole.text()).isEqualTo("'gpu:Never': 'Never' is not a taint effect.");
        assertThat(whole.args()).containsExactly("gpu:Never", part);
        assertThat(Message.english("Only in English {0}.").text()).isEqualTo("Only in English {0}.");
    }

    @Test
    void aDomainRefusalCarriesItsKeyAndArgumentsBesideTheEnglishMessage() {
        assertThatThrownBy(() -> ResourceRef.checkNamespace("Shop")).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> {
                    assertThat(refused.getMessage()).isEqualTo("'Shop' is not a namespace name.");
                    assertThat(refused.field()).isEqualTo("namespace");
                    assertThat(refused.text()).hasValueSatisfying(text -> {
                        assertThat(text.key()).isEqualTo("kube.notNamespaceName");
                        assertThat(text.args()).containsExactly("Shop");
                    });
                });
        NotFoundException english = new NotFoundException("written in English only");
        assertThat(english.text()).isEmpty();
        assertThat(english.message().key()).isEmpty();
        assertThat(english.message().text()).isEqualTo("written in English only");
    }
}
