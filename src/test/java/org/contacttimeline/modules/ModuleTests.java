package org.contacttimeline.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.importer.ImportOption;
import example.cycle.CycleApplication;
import org.contacttimeline.ContactTimelineApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module boundaries, checked by Spring Modulith: every top-level package is a module; modules depend on each
 * other one way (no cycle) and only through each other's public types.
 */
class ModuleTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ContactTimelineApplication.class,
			new ImportOption.DoNotIncludeTests());

	@Test
	void modulesDependOnEachOtherOneWayAndOnlyThroughWhatTheyExpose() {
		MODULES.verify();
	}

	@Test
	void theCheckRefusesTwoModulesThatDependOnEachOther() {
		ApplicationModules cyclic = ApplicationModules.of(CycleApplication.class, (location) -> true);

		assertThatThrownBy(cyclic::verify).isInstanceOf(Violations.class).hasMessageContaining("Cycle detected");
	}

	@Test
	void theReadmeShowsTheModuleGraphAsTheCodeHasIt() throws IOException {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		String graph = mermaid(MODULES);
		Files.writeString(Path.of("target", "modules.mmd"), graph);

		assertThat(Files.readString(Path.of("README.md"))).as("the module graph in README.md (see target/modules.mmd)")
			.contains(graph);
	}

	/**
	 * The module graph as a Mermaid diagram: a line for each module, with an arrow to each module it depends on
	 * ({@code a --> b & c}); a module that depends on none stands alone.
	 */
	static String mermaid(ApplicationModules modules) {
		return modules.stream()
			.sorted(java.util.Comparator.comparing(ApplicationModule::getName))
			.map((module) -> {
				String targets = module.getDirectDependencies(modules)
					.uniqueModules()
					.map(ApplicationModule::getName)
					.sorted()
					.distinct()
					.collect(Collectors.joining(" & "));
				return "    " + module.getName() + (targets.isEmpty() ? "" : " --> " + targets);
			})
			.collect(Collectors.joining("\n", "```mermaid\ngraph LR\n", "\n```\n"));
	}

}
