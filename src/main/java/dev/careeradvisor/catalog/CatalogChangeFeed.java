package dev.careeradvisor.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances on one PostgreSQL: a role changed through one is served by the others within
 * moments. Each change is announced with {@code NOTIFY}; every instance {@code LISTEN}s on a
 * connection of its own and drops the changed scope's catalog. When that connection drops, the
 * instance tries again every second and, once back, drops every catalog, since it may have missed
 * announcements meanwhile. On H2 (one instance) it does nothing.
 */
final class CatalogChangeFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CatalogChangeFeed.class);
    static final String CHANNEL = "career_advisor_roles";
    private static final int WAIT_MILLIS = 500;
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final Catalogs catalogs;
    private final boolean postgres;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile @Nullable Thread thread;

    CatalogChangeFeed(DataSource dataSource, Catalogs catalogs) {
        this.dataSource = dataSource;
        this.catalogs = catalogs;
        this.postgres = isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            return false;
        }
    }

    /** Announces a change made here to every instance (this one included, which drops the scope once more). */
    @EventListener
    void on(RoleChanged changed) {
        if (postgres) {
            JdbcClient.create(dataSource).sql("select pg_notify(?, ?)").params(CHANNEL, changed.scope().id()).query().singleRow();
        }
    }

    @Override
    public void start() {
        running = true;
        if (postgres) {
            Thread listener = new Thread(this::listen, "catalog-change-feed");
            listener.setDaemon(true);
            thread = listener;
            listener.start();
        }
    }

    private void listen() {
        boolean firstConnection = true;
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                if (!firstConnection) {
                    log.info("Catalog change feed: listening again; reading every catalog anew");
                    catalogs.dropAll();
                }
                firstConnection = false;
                listening = true;
                while (running) {
                    PGNotification[] arrived = notifications.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            catalogs.on(new RoleChanged(Scope.parse(notification.getParameter()), "*"));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening || firstConnection) {
                    log.warn("Catalog change feed: lost ({}); trying again every {} s", e.getMessage(), RETRY.toSeconds());
                }
                listening = false;
                firstConnection = false;
                sleep();
            }
        }
    }

    /** Whether changes made on other instances arrive now (always false on H2, where there are none). */
    boolean listening() {
        return listening;
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
