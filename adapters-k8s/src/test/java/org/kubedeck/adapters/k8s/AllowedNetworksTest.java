package org.kubedeck.adapters.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedNetworksTest {

    private final AllowedNetworks networks = AllowedNetworks.of(List.of("10.0.0.0/8", " 192.168.4.0/22 ",
            "203.0.113.7", "fd00::/8"));

    @ParameterizedTest
    @CsvSource({
            "10.0.0.1, true", "10.255.255.255, true", "11.0.0.1, false",
            "192.168.4.1, true", "192.168.7.255, true", "192.168.8.0, false", "192.168.3.255, false",
            "203.0.113.7, true", "203.0.113.8, false",
            "fd12::1, true", "fe80::1, false", "127.0.0.1, false", "::1, false"})
    void addressesAreAllowedInsideTheListedNetworksOnly(String address, boolean allowed) throws UnknownHostException {
        assertThat(networks.allows(InetAddress.getByName(address))).isEqualTo(allowed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "8.8.8.8"})
    void noListedNetworkAllowsEveryAddress(String address) throws UnknownHostException {
        assertThat(AllowedNetworks.of(List.of()).allows(InetAddress.getByName(address))).isTrue();
        assertThat(AllowedNetworks.of(List.of(" ")).allows(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/x", "fd00::/129", "example.com/8", "10.0.0/8x",
            "localhost"})
    void whatIsNoNetworkIsRefusedNamingTheEntry(String entry) {
        assertThatThrownBy(() -> AllowedNetworks.of(List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kubedeck.clusters.allowed-networks: '" + entry
                        + "' is not a network in CIDR notation, such as 10.0.0.0/8 or fd00::/8.");
    }
}
