package dev.careeradvisor;

import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh, migrated database for one test class: in-memory H2 always, or PostgreSQL where
 * {@code CAREER_ADVISOR_TEST_PG_URL}, {@code _USER} and {@code _PASSWORD} point at one (each class
 * gets a schema of its own). Without PostgreSQL the tests skip, unless
 * {@code CAREER_ADVISOR_TEST_PG_REQUIRED=1} makes that a failure, as in CI.
 */
public final class TestDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final String schema;

    private TestDatabase(HikariDataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
        Flyway.configure().dataSource(dataSource).schemas(schema == null ? new String[0] : new String[] {schema})
                .cleanDisabled(false).load().migrate();
    }

    public static TestDatabase h2() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setMaximumPoolSize(25);
        return new TestDatabase(new HikariDataSource(config), null);
    }

    public static TestDatabase postgres() {
        String url = System.getenv("CAREER_ADVISOR_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("CAREER_ADVISOR_TEST_PG_REQUIRED"))) {
                throw new IllegalStateException("CAREER_ADVISOR_TEST_PG_REQUIRED=1 but CAREER_ADVISOR_TEST_PG_URL is not set");
            }
            Assumptions.abort("No PostgreSQL configured (CAREER_ADVISOR_TEST_PG_URL); the H2 run covers the same tests");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(System.getenv().getOrDefault("CAREER_ADVISOR_TEST_PG_USER", "career_advisor"));
        config.setPassword(System.getenv().getOrDefault("CAREER_ADVISOR_TEST_PG_PASSWORD", ""));
        config.setSchema(schema);
        config.setMaximumPoolSize(25);
        return new TestDatabase(new HikariDataSource(config), schema);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public void close() {
        if (schema != null) {
            jdbc().sql("drop schema " + schema + " cascade").update();
        }
        dataSource.close();
    }
}
