# Build: the Maven wrapper first, so that its download stays in a cached layer while sources change;
# the local Maven repository is a BuildKit cache shared by later builds.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q --version
COPY . .
RUN --mount=type=cache,target=/root/.m2/repository \
    ./mvnw -B -q -DskipTests package

# Run: the JRE and the application jar, as an ordinary user (the embedded PostgreSQL refuses to run as root).
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --create-home --home-dir /home/kubedeck --shell /usr/sbin/nologin kubedeck \
    && mkdir -p /home/kubedeck/.kubedeck \
    && chown kubedeck:kubedeck /home/kubedeck/.kubedeck
COPY --from=build /src/bootstrap/target/kubedeck-bootstrap-*.jar /app/kubedeck.jar
USER kubedeck
WORKDIR /home/kubedeck
# 8080: the console; 8081: metrics and health details, for Prometheus inside the network only.
EXPOSE 8080 8081
ENTRYPOINT ["java","-jar","/app/kubedeck.jar"]
