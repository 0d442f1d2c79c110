package org.kubedeck.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UndoUnlessAnsweredTest {

    private final UndoUnlessAnswered filter = new UndoUnlessAnswered();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tokens");
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final AtomicInteger undone = new AtomicInteger();

    @Test
    void anAnswerThatReachesTheClientKeepsWhatTheRequestMade() throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            UndoUnlessAnswered.register(req, undone::incrementAndGet);
            ((HttpServletResponse) res).setStatus(201);
        });
        assertThat(undone).hasValue(0);
    }

    @Test
    void aFailureAfterTheChangeSuchAsASessionThatCannotBeSavedUndoesIt() {
        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            UndoUnlessAnswered.register(req, undone::incrementAndGet);
            throw new DataAccessResourceFailureException("session not saved");
        })).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(undone).hasValue(1);
    }

    @Test
    void anErrorAnswerUndoesItOnceAndAFailingUndoDoesNotHideTheAnswer() throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            UndoUnlessAnswered.register(req, () -> {
                throw new IllegalStateException("database gone");
            });
            UndoUnlessAnswered.register(req, undone::incrementAndGet);
            ((HttpServletResponse) res).sendError(500);
        });
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(undone).hasValue(1);
    }
}
