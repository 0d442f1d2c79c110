package org.kubedeck.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;


/**
 * Each house rule of {@link ArchitectureTest} refuses a class that breaks it: the deliberately wrong classes in
 * the {@code archfixture} packages of this module's tests.
 */
class ArchitectureRulesTest {

    private static final JavaClasses WRONG = new ClassFileImporter().importPackages(
            "org.kubedeck.domain.archfixture", "org.kubedeck.application.archfixture",
            "org.kubedeck.web.archfixture", "org.kubedeck.adapters.persistence.archfixture",
            "org.kubedeck.adapters.k8s.archfixture", "org.kubedeck.archfixture",
            // The layers rule looks only at dependencies between imported classes: one the domain must not use.
            "org.kubedeck.application.audit");

    static Stream<Arguments> rulesAndTheClassesThatBreakThem() {
        return Stream.of(
                Arguments.of("layersPointInward", ArchitectureTest.layersPointInward, "WrongDomain$UsesApplication"),
                Arguments.of("domainIsPlainJava", ArchitectureTest.domainIsPlainJava, "WrongDomain$UsesSpring"),
                Arguments.of("applicationKnowsNoAdapterOrWeb", ArchitectureTest.applicationKnowsNoAdapterOrWeb,
                        "WrongApplication$UsesWeb"),
                Arguments.of("webTouchesNeitherJpaNorClientJava", ArchitectureTest.webTouchesNeitherJpaNorClientJava,
                        "WrongWeb$UsesClientJava"),
                Arguments.of("clientJavaOnlyInTheKubernetesAdapter",
                        ArchitectureTest.clientJavaOnlyInTheKubernetesAdapter, "WrongApplication$UsesClientJava"),
                Arguments.of("jpaOnlyInThePersistenceAdapter", ArchitectureTest.jpaOnlyInThePersistenceAdapter,
                        "WrongApplication$UsesJpa"),
                Arguments.of("adaptersDoNotUseEachOther (Kubernetes)", ArchitectureTest.adaptersDoNotUseEachOther,
                        "WrongPersistence$UsesKubernetesAdapter"),
                Arguments.of("adaptersDoNotUseEachOther (web)", ArchitectureTest.adaptersDoNotUseEachOther,
                        "WrongPersistence$UsesWeb"),
                Arguments.of("kubernetesAdapterDoesNotUseOtherAdapters (persistence)",
                        ArchitectureTest.kubernetesAdapterDoesNotUseOtherAdapters, "WrongKubernetes$UsesPersistence"),
                Arguments.of("kubernetesAdapterDoesNotUseOtherAdapters (web)",
                        ArchitectureTest.kubernetesAdapterDoesNotUseOtherAdapters, "WrongKubernetes$UsesWeb"),
                Arguments.of("noPackageCycles", ArchitectureTest.noPackageCycles, "First"),
                Arguments.of("useCasesAreInterfacesInInboundPorts",
                        ArchitectureTest.useCasesAreInterfacesInInboundPorts, "WrongApplication$CountUseCase"),
                Arguments.of("controllersLiveInTheWebModule", ArchitectureTest.controllersLiveInTheWebModule,
                        "WrongApplication$StrayController"),
                Arguments.of("settingsAreReadOnlyInBootstrap", ArchitectureTest.settingsAreReadOnlyInBootstrap,
                        "WrongWeb$ReadsASetting"),
                Arguments.of("webUsesTheApplicationThroughInboundPorts",
                        ArchitectureTest.webUsesTheApplicationThroughInboundPorts, "WrongWeb$UsesAnOutboundPort"),
                Arguments.of("adaptersAreNamedAfterTheirFeatureAndTechnology",
                        ArchitectureTest.adaptersAreNamedAfterTheirFeatureAndTechnology, "WrongPersistence$Users"),
                Arguments.of("featuresMeetThroughTheKernelAndPorts",
                        ArchitectureTest.featuresMeetThroughTheKernelAndPorts, "WrongWeb$UsesAnotherFeaturesPage"),
                Arguments.of("controllersDoNotCatchDomainExceptions",
                        ArchitectureTest.controllersDoNotCatchDomainExceptions, "WrongWeb$CatchingController"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndTheClassesThatBreakThem")
    void everyRuleRefusesAClassThatBreaksIt(String name, ArchRule rule, String wrongClass) {
        String report = rule.evaluate(WRONG).getFailureReport().toString();
        assertThat(report).as(name).contains(wrongClass);
    }
}
