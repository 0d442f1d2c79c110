package org.kubedeck.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kubedeck.web.support.Attempt;


/** The house rules: dependencies point inward, and each technology stays in its adapter. */
@AnalyzeClasses(packages = "org.kubedeck", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Test fixtures shipped in the modules' test-jars are not part of the product. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule layersPointInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Domain").definedBy("org.kubedeck.domain..")
            .layer("Application").definedBy("org.kubedeck.application..")
            .layer("Web").definedBy("org.kubedeck.web..")
            .layer("Kubernetes").definedBy("org.kubedeck.adapters.k8s..")
            .layer("Persistence").definedBy("org.kubedeck.adapters.persistence..")
            .layer("Bootstrap").definedBy("org.kubedeck.bootstrap..")
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Kubernetes").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Web", "Kubernetes", "Persistence", "Bootstrap")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Web", "Kubernetes", "Persistence",
                    "Bootstrap");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("org.kubedeck.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..",
                    "io.kubernetes..", "com.fasterxml..", "tools.jackson..", "org.hibernate..");

    @ArchTest
    static final ArchRule applicationKnowsNoAdapterOrWeb = noClasses().that()
            .resideInAPackage("org.kubedeck.application..").should().dependOnClassesThat()
            .resideInAnyPackage("org.kubedeck.adapters..", "org.kubedeck.web..", "org.kubedeck.bootstrap..",
                    "jakarta.persistence..", "jakarta.servlet..", "io.kubernetes..", "org.springframework.web..",
                    "org.springframework.data..", "org.springframework.stereotype..",
                    "org.springframework.context..");

    @ArchTest
    static final ArchRule webTouchesNeitherJpaNorClientJava = noClasses().that()
            .resideInAPackage("org.kubedeck.web..").should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "org.springframework.data..", "io.kubernetes..",
                    "org.kubedeck.adapters..");

    @ArchTest
    static final ArchRule clientJavaOnlyInTheKubernetesAdapter = noClasses().that()
            .resideOutsideOfPackage("org.kubedeck.adapters.k8s..").should().dependOnClassesThat()
            .resideInAPackage("io.kubernetes..");

    @ArchTest
    static final ArchRule jpaOnlyInThePersistenceAdapter = noClasses().that()
            .resideOutsideOfPackage("org.kubedeck.adapters.persistence..").should().dependOnClassesThat()
            .resideInAPackage("jakarta.persistence..");

    @ArchTest
    static final ArchRule adaptersDoNotUseEachOther = noClasses().that()
            .resideInAPackage("org.kubedeck.adapters.persistence..").should().dependOnClassesThat()
            .resideInAPackage("org.kubedeck.adapters.k8s..")
            .orShould().dependOnClassesThat().resideInAPackage("org.kubedeck.web..");

    @ArchTest
    static final ArchRule kubernetesAdapterDoesNotUseOtherAdapters = noClasses().that()
            .resideInAPackage("org.kubedeck.adapters.k8s..").should().dependOnClassesThat()
            .resideInAnyPackage("org.kubedeck.adapters.persistence..", "org.kubedeck.web..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.kubedeck.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule useCasesAreInterfacesInInboundPorts = classes().that().haveSimpleNameEndingWith("UseCase")
            .and().areNotAnnotations().should().beInterfaces().andShould()
            .resideInAPackage("org.kubedeck.application..port.in..");

    @ArchTest
    static final ArchRule controllersLiveInTheWebModule = classes().that().haveSimpleNameEndingWith("Controller")
            .should().resideInAPackage("org.kubedeck.web..");

    /** Settings are typed once, in bootstrap's KubedeckProperties; other modules receive what they need. */
    @ArchTest
    static final ArchRule settingsAreReadOnlyInBootstrap = noClasses().that()
            .resideOutsideOfPackage("org.kubedeck.bootstrap..").should()
            .beAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties")
            .orShould().dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Value");

    /**
     * Refusals are answered by type in one place (the error handlers, {@code Attempt} for what a page shows
     * inline): no controller catches a domain exception to render it.
     */
    @ArchTest
    static final ArchRule controllersDoNotCatchDomainExceptions = classes().that()
            .haveSimpleNameEndingWith("Controller").should(new ArchCondition<JavaClass>("not catch domain exceptions") {
                @Override
                public void check(JavaClass controller, ConditionEvents events) {
                    controller.getCodeUnits().forEach(unit -> unit.getTryCatchBlocks().forEach(block ->
                            block.getCaughtThrowables().stream()
                                    .filter(caught -> caught.isAssignableTo("org.kubedeck.domain.DomainException"))
                                    .forEach(caught -> events.add(SimpleConditionEvent.violated(controller,
                                            unit.getFullName() + " catches " + caught.getSimpleName())))));
                }
            });

    /** The web layer drives the application through its inbound ports only, never its outbound ones. */
    @ArchTest
    static final ArchRule webUsesTheApplicationThroughInboundPorts = noClasses().that()
            .resideInAPackage("org.kubedeck.web..").should().dependOnClassesThat()
            .resideInAPackage("org.kubedeck.application..port.out..");

    /** An adapter says what it serves and with what: {@code <Feature><Tech>Adapter}, such as ScaleKubernetesAdapter. */
    @ArchTest
    static final ArchRule adaptersAreNamedAfterTheirFeatureAndTechnology = classes().that()
            .implement(JavaClass.Predicates.resideInAPackage("org.kubedeck.application..port.out.."))
            .and().resideInAnyPackage("org.kubedeck.adapters..", "org.kubedeck.bootstrap..", "org.kubedeck.web..")
            .and().areNotAnonymousClasses()
            .should().haveSimpleNameEndingWith("Adapter");

    /**
     * What every feature shares: the Kubernetes kernel, the audit log, sealed secrets, and the web's support and
     * security.
     */
    static final Set<String> SHARED = Set.of("kube", "support", "security", "audit", "secret");

    /** A feature's package, by layer: {@code application.workload.port.in} is {@code application.workload}'s. */
    private static final Pattern FEATURE = Pattern.compile(
            "org\\.kubedeck\\.(application|web|adapters\\.k8s|adapters\\.persistence)\\.(\\w+)(\\..*)?");
    private static final Pattern PORT = Pattern.compile("org\\.kubedeck\\.application\\.\\w+\\.port(\\..*)?");

    /**
     * Features meet through the kernel and through ports: a class of one feature ({@code application.workload},
     * {@code web.quota}, {@code adapters.k8s.node}...) uses another feature's application only through its
     * {@code port} packages, and never another feature's adapter or web classes. Domain values are everybody's
     * vocabulary; the shared packages are {@link #SHARED}.
     */
    @ArchTest
    static final ArchRule featuresMeetThroughTheKernelAndPorts = classes().that()
            .resideInAnyPackage("org.kubedeck.application..", "org.kubedeck.web..", "org.kubedeck.adapters..")
            .should(new ArchCondition<JavaClass>("use no other feature's internals") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String from = featureOf(origin.getPackageName());
                    if (from == null) {
                        return;
                    }
                    origin.getDirectDependenciesFromSelf().stream().map(dependency -> dependency.getTargetClass())
                            .filter(target -> {
                                String to = featureOf(target.getPackageName());
                                return to != null && !to.equals(from)
                                        && !PORT.matcher(target.getPackageName()).matches();
                            })
                            .map(JavaClass::getName).distinct()
                            .forEach(target -> events.add(SimpleConditionEvent.violated(origin,
                                    origin.getName() + " uses " + target)));
                }
            });

    /** {@code web.quota} for {@code org.kubedeck.web.quota}; null outside features and for shared packages. */
    private static String featureOf(String packageName) {
        Matcher matcher = FEATURE.matcher(packageName);
        if (!matcher.matches() || SHARED.contains(matcher.group(2))) {
            return null;
        }
        return matcher.group(1) + "." + matcher.group(2);
    }
}
