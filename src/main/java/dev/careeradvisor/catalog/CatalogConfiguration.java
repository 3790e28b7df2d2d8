package dev.careeradvisor.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loads the bundled catalog at start-up; a file that breaks a rule stops the start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
class CatalogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogConfiguration.class);
    private static final String SHIPPED = "classpath:roles/";

    @Bean
    RoleValidator roleValidator() {
        return new RoleValidator();
    }

    @Bean
    RoleYaml roleYaml(RoleValidator validator) {
        return new RoleYaml(validator);
    }

    @Bean
    RoleFolder roleFolder(RoleYaml yaml) {
        return new RoleFolder(yaml);
    }

    @Bean
    BundledCatalog bundledCatalog(CatalogProperties properties, RoleFolder folder, RoleYaml yaml) throws IOException {
        Path dir = properties.rolesDir();
        String location = dir == null ? SHIPPED : dir.toString();
        RoleFolder.Report report;
        if (dir == null) {
            report = folder.assemble(shippedFiles(yaml));
        } else if (Files.isDirectory(dir)) {
            report = folder.read(dir);
        } else {
            throw new InvalidCatalogException(location, List.of(new RoleViolation(location, "catalog.roles-dir",
                    "must be a folder of role files; create it or unset catalog.roles-dir to use the shipped roles")));
        }
        if (!report.isValid()) {
            throw new InvalidCatalogException(location, report.violations());
        }
        log.info("Loaded {} roles from {}", report.roles().size(), location);
        return new BundledCatalog(location, report);
    }

    @Bean
    RoleStore roleStore(JdbcClient jdbc, RoleYaml yaml) {
        return new RoleStore(jdbc, yaml);
    }

    @Bean
    Catalogs catalogs(BundledCatalog bundled, RoleStore store, CatalogProperties properties) {
        return new Catalogs(bundled.report().roles(), store::all, properties.refresh());
    }

    @Bean
    CatalogChangeFeed catalogChangeFeed(javax.sql.DataSource dataSource, Catalogs catalogs) {
        return new CatalogChangeFeed(dataSource, catalogs);
    }

    @Bean
    CatalogHealthIndicator catalogHealthIndicator(BundledCatalog bundled, Catalogs catalogs) {
        return new CatalogHealthIndicator(bundled, catalogs);
    }

    /** The size of the global catalog, for the metrics endpoint. */
    @Bean
    MeterBinder catalogMetrics(Catalogs catalogs) {
        return registry -> Gauge.builder("careeradvisor.catalog.roles", catalogs, c -> c.of(Scope.GLOBAL).roles().size())
                .description("Roles in the global catalog").register(registry);
    }

    /** The size of the global catalog, for /actuator/info beside the version and the commit. */
    @Bean
    InfoContributor catalogInfo(Catalogs catalogs) {
        return info -> info.withDetail("catalog", java.util.Map.of("roles", catalogs.of(Scope.GLOBAL).roles().size()));
    }

    private static List<RoleFolder.CheckedFile> shippedFiles(RoleYaml yaml) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(SHIPPED + "*.y*ml");
        List<RoleFolder.CheckedFile> files = new ArrayList<>();
        Arrays.stream(resources)
                .filter(r -> r.getFilename() != null && RoleFolder.isRoleFileName(r.getFilename()))
                .sorted(Comparator.comparing(Resource::getFilename))
                .forEach(resource -> files.add(new RoleFolder.CheckedFile("roles/" + resource.getFilename(),
                        resource.getFilename(), read(yaml, resource))));
        return files;
    }

    private static RoleCheck read(RoleYaml yaml, Resource resource) {
        String source = "roles/" + resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
            long size = resource.contentLength();
            if (size > RoleYaml.MAX_DOCUMENT_BYTES) {
                return RoleYaml.tooLarge(source, size);
            }
            return yaml.parse(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source, e);
        }
    }

    /** The bundled roles as loaded, kept for health and for the owners' overrides that come later. */
    record BundledCatalog(String location, RoleFolder.Report report) {
    }
}
