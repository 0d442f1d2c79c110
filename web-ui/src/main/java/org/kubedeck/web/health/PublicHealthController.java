package org.kubedeck.web.health;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /actuator/health} on the public port, for load balancers: the status and nothing else. Metrics and
 * health details are served on the management port ({@code management.server.port}) only.
 */
@RestController
class PublicHealthController {

    private final ConsoleHealth health;

    PublicHealthController(ConsoleHealth health) {
        this.health = health;
    }

    @GetMapping("/actuator/health")
    ResponseEntity<Map<String, String>> health() {
        String status = health.status();
        return ResponseEntity.status("UP".equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("status", status));
    }
}
