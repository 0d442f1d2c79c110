package org.kubedeck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageStoredTest {

    @Test
    void aStoredMessageComesBackWithItsKeyAndArgumentsNestedOnesIncluded() {
        Message message = Message.of("cluster.cannotReach", "Cannot reach {0}: {1}", "https://10.0.0.1:6443",
                Message.of("kube.timeout", "no answer within {0} s", 5));

        Message again = Message.fromStored(message.stored());

        assertThat(again).isEqualTo(message);
        assertThat(again.text()).isEqualTo("Cannot reach https://10.0.0.1:6443: no answer within 5 s");
    }

    @Test
    void textsWithColonsDigitsAndEmptyPartsSurvive() {
        Message message = Message.of("k", "{0}{1}", "12:34:", "");

        assertThat(Message.fromStored(message.stored())).isEqualTo(message);
    }

    @Test
    void plainEnglishStoredBeforeMessagesWereReadsAsEnglish() {
        assertThat(Message.fromStored("Could not reach the API server.")).isEqualTo(
                Message.english("Could not reach the API server."));
        assertThat(Message.fromStored(null)).isNull();
    }
}
