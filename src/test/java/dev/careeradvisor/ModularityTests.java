package dev.careeradvisor;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the features apart: no cycles, and no feature reaching into another's internals. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CareerAdvisorApplication.class);

    @Test
    void featuresRespectTheirBoundaries() {
        MODULES.verify();
    }
}
