package org.kubedeck.adapters.k8s;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import okhttp3.Dns;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/**
 * The networks API servers may be in ({@code kubedeck.clusters.allowed-networks}, CIDR blocks); none listed
 * means any. A kubeconfig naming a server elsewhere is refused before anything is sent, and host names are
 * checked again at every connection, so a name that later resolves elsewhere is not followed.
 */
public final class AllowedNetworks {

    public static final AllowedNetworks ANY = new AllowedNetworks(List.of());
    static final String PROPERTY = "kubedeck.clusters.allowed-networks";

    private final List<Block> blocks;

    private AllowedNetworks(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** Throws IllegalArgumentException naming the entry that is no CIDR block, such as {@code 10.0.0.0/8}. */
    public static AllowedNetworks of(List<String> cidrs) {
        return new AllowedNetworks(cidrs.stream().map(String::strip).filter(cidr -> !cidr.isEmpty())
                .map(Block::parse).toList());
    }

    public boolean allows(InetAddress address) {
        return blocks.isEmpty() || blocks.stream().anyMatch(block -> block.contains(address));
    }

    /**
     * Refuses a server whose address lies outside the networks (field {@code kubeconfig_content}); a host name
     * that does not resolve now is left to fail when it is connected to.
     */
    void requireAllowed(String server) {
        if (blocks.isEmpty()) {
            return;
        }
        String host = URI.create(server).getHost();
        try {
            List<InetAddress> addresses = Arrays.asList(InetAddress.getAllByName(host));
            if (addresses.stream().noneMatch(this::allows)) {
                throw new InvalidInputException(ServerKubeconfig.FIELD, Message.of("k8s.apiServerOutsideNetworks",
                        "The API server {0} is outside the networks this console may connect to ({1}).", server,
                        PROPERTY));
            }
        } catch (UnknownHostException e) {
            // Resolved again at connection time, through dns().
        }
    }

    /** Name resolution that keeps only the allowed addresses of a host. */
    Dns dns() {
        if (blocks.isEmpty()) {
            return Dns.SYSTEM;
        }
        return hostname -> {
            List<InetAddress> allowed = Dns.SYSTEM.lookup(hostname).stream().filter(this::allows).toList();
            if (allowed.isEmpty()) {
                throw new UnknownHostException(hostname + " has no address in " + PROPERTY);
            }
            return allowed;
        };
    }

    /** A network: the address bytes and how many leading bits of them count. */
    private record Block(byte[] network, int bits) {

        static Block parse(String cidr) {
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr : cidr.substring(0, slash);
            // Only literal addresses: a name here would be looked up in DNS.
            if (!address.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
                throw invalid(cidr);
            }
            byte[] network;
            try {
                network = InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException e) {
                throw invalid(cidr);
            }
            int bits;
            try {
                bits = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw invalid(cidr);
            }
            if (bits < 0 || bits > network.length * 8) {
                throw invalid(cidr);
            }
            return new Block(network, bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        private static IllegalArgumentException invalid(String cidr) {
            return new IllegalArgumentException(PROPERTY + ": '" + cidr
                    + "' is not a network in CIDR notation, such as 10.0.0.0/8 or fd00::/8.");
        }
    }
}
