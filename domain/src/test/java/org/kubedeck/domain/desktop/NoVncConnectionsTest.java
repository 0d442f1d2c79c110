package org.kubedeck.domain.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoVncConnectionsTest {

    /** noVNC listening, two browsers on it, the VNC server's loopback link, an IPv6 browser and one closing. */
    static final String TABLES = """
              sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 00000000:1AF5 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 1 1
               1: 0AF40214:1AF5 0A000105:C350 01 00000000:00000000 00:00000000 00000000  1000        0 2 1
               2: 0100007F:170D 0100007F:9C40 01 00000000:00000000 00:00000000 00000000  1000        0 3 1
               3: 0AF40214:1af5 0A000106:D431 01 00000000:00000000 00:00000000 00000000  1000        0 4 1
              sl  local_address                         remote_address                        st
               0: 0000000000000000FFFF00000AF40214:1AF5 0000000000000000FFFF00000A000107:E2F0 01 0
               1: 0000000000000000FFFF00000AF40214:1AF5 0000000000000000FFFF00000A000108:E2F1 06 0
            """;

    @Test
    void countsEstablishedConnectionsToNoVncOnly() {
        assertThat(NoVncConnections.count(TABLES)).isEqualTo(3);
    }

    @Test
    void anEmptyOrForeignAnswerIsNoConnection() {
        assertThat(NoVncConnections.count("")).isZero();
        assertThat(NoVncConnections.count("cat: /proc/net/tcp6: No such file or directory")).isZero();
    }
}
