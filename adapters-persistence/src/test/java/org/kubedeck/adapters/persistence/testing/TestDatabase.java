package org.kubedeck.adapters.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fresh PostgreSQL databases for tests, on the server named by KUBEDECK_TEST_DB_URL (default: the local
 * server on port 5432, role kubedeck/kubedeck, which .ci/run creates). Each name is dropped and created once
 * per test JVM, so every run starts empty.
 */
public final class TestDatabase {

    public static final String SERVER_URL = env("KUBEDECK_TEST_DB_URL", "jdbc:postgresql://localhost:5432/postgres");
    public static final String USER = env("KUBEDECK_TEST_DB_USER", "kubedeck");
    public static final String PASSWORD = env("KUBEDECK_TEST_DB_PASSWORD", "kubedeck");
    /** Appended to every database name, so that two checkouts can run their tests on one server at once. */
    public static final String SUFFIX = env("KUBEDECK_TEST_DB_SUFFIX", "");

    private static final Map<String, String> CREATED = new ConcurrentHashMap<>();

    private TestDatabase() {
    }

    /** The JDBC URL of an empty database with this name, created on first use in this JVM. */
    public static String fresh(String name) {
        return CREATED.computeIfAbsent(name + SUFFIX, TestDatabase::recreate);
    }

    private static String recreate(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on " + SERVER_URL
                    + " as " + USER + ". Start PostgreSQL and create the role (see .ci/run).", e);
        }
        return SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
