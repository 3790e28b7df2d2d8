package dev.careeradvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CatalogGeneratorTest {

    @Test
    void tenThousandGeneratedRolesAllPassTheValidatorAndResolveBySlugAndName() {
        List<Role> roles = new CatalogGenerator(42).roles(10_000);
        Catalog catalog = new Catalog(roles);
        assertThat(catalog.roles()).hasSize(10_000);
        assertThat(roles).extracting(Role::slug).doesNotHaveDuplicates();
        Role hostile = roles.get(0);
        assertThat(hostile.name()).startsWith("@everyone").hasSize(100);
        assertThat(hostile.skills()).hasSize(30).allSatisfy(s -> assertThat(s).hasSize(200));
        assertThat(catalog.resolve(hostile.slug())).isInstanceOfSatisfying(NameResolution.Found.class,
                found -> assertThat(found.role()).isEqualTo(hostile));
        assertThat(catalog.resolve(roles.get(1234).name())).isInstanceOfSatisfying(NameResolution.Found.class,
                found -> assertThat(found.role()).isEqualTo(roles.get(1234)));
    }
}
