# Build: the Maven wrapper first, so that its download stays in a cached layer while sources change;
# the local Maven repository is a BuildKit cache shared by later builds. The application jar is then unpacked
# into its layers: dependencies, Spring Boot's loader, snapshot dependencies (the project's other modules), and
# the application itself.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q --version
COPY . .
RUN --mount=type=cache,target=/root/.m2/repository \
    ./mvnw -B -q -DskipTests package \
    && cp bootstrap/target/kubedeck-bootstrap-*.jar /src/application.jar \
    && java -Djarmode=tools -jar /src/application.jar extract --layers --destination /src/extracted

# Run: the JRE only, as an ordinary user (uid 10001; the embedded PostgreSQL refuses to run as root). The layers
# go from the least to the most often changed, so that a new version of Kubedeck is mostly a new last layer.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 kubedeck \
    && useradd --system --uid 10001 --gid 10001 --create-home --home-dir /home/kubedeck \
        --shell /usr/sbin/nologin kubedeck \
    && mkdir -p /home/kubedeck/.kubedeck \
    && chown kubedeck:kubedeck /home/kubedeck/.kubedeck
WORKDIR /app
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
USER 10001:10001
WORKDIR /home/kubedeck
# 8080: the console; 8081: metrics and health details, for Prometheus and the cluster's probes only.
EXPOSE 8080 8081
ENTRYPOINT ["java", "-jar", "/app/application.jar"]
