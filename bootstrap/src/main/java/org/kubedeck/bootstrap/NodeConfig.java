package org.kubedeck.bootstrap;

import org.kubedeck.application.node.NodeSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NodeConfig {

    /** A label that is neither a key nor a prefix ending in '/' stops the console at start. */
    @Bean
    NodeSettings nodeSettings(KubedeckProperties properties) {
        return NodeSettings.of(properties.nodes().groupLabels());
    }
}
