package org.kubedeck.web.elsewhere;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.TooManyRequestsException;
import org.kubedeck.web.support.ApiExceptionHandler;
import org.kubedeck.web.support.PageExceptionHandler;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;


/**
 * Controllers in a package no error handler names: their domain exceptions are still answered by type, with a
 * problem page for pages and the JSON error shape for JSON controllers.
 */
class DomainErrorAnswersTest {

    @Controller
    static class SomePage {
        @GetMapping("/somewhere")
        String page() {
            throw new NotFoundException("Nothing is here.");
        }
    }

    @RestController
    static class SomeJson {
        @GetMapping("/api/somewhere")
        String missing() {
            throw new NotFoundException("Nothing is here.");
        }

        @GetMapping("/api/invalid")
        String invalid() {
            throw new InvalidInputException("size", "size: must be at least 1.");
        }

        @GetMapping("/api/busy")
        String busy() {
            throw new TooManyRequestsException("Slow down.", Duration.ofSeconds(30));
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SomePage(), new SomeJson())
            .setControllerAdvice(new PageExceptionHandler(), new ApiExceptionHandler()).build();

    @Test
    void aPageAnswersWithTheProblemPageAndTheStatusOfItsType() throws Exception {
        mvc.perform(get("/somewhere")).andExpect(status().isNotFound()).andExpect(forwardedUrl("problem"));
    }

    @Test
    void aJsonControllerAnswersWithTheErrorShapeAndTheStatusOfItsType() throws Exception {
        mvc.perform(get("/api/somewhere")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(jsonPath("$.message").value("Nothing is here."));
        mvc.perform(get("/api/invalid")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_input")).andExpect(jsonPath("$.field").value("size"));
        mvc.perform(get("/api/busy")).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.error").value("rate_limited")).andExpect(header().string("Retry-After", "30"));
    }
}
