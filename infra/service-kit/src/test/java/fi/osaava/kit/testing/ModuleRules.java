package fi.osaava.kit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.ReferencedClassObject;

/**
 * The feature packages of one service, verified as Spring Modulith application modules: no cycles, no use of
 * another feature's internals (anything below its top-level package, unless it names an interface), and no
 * reading or writing of another feature's stored documents: neither through its repositories or document classes
 * together with the store, nor by naming its collection ({@link CollectionOwnership}).
 */
public final class ModuleRules {

    private ModuleRules() {
    }

    /** Fails with every finding of the three checks at once, so one run shows all there is to do. */
    public static ApplicationModules verify(Class<?> application) {
        return verify(application, Path.of("src/main/java"));
    }

    /** @param sources the source root of the application's classes, for the collection names */
    public static ApplicationModules verify(Class<?> application, Path sources) {
        return verify(ApplicationModules.of(application), application, sources);
    }

    static ApplicationModules verify(ApplicationModules modules, Class<?> application, Path sources) {
        List<String> problems = new ArrayList<>();
        modules.detectViolations().getMessages().stream().map(m -> m.lines().findFirst().orElse(m)).distinct()
                .forEach(problems::add);
        foreignStoreAccess(modules).forEach(problems::add);
        CollectionOwnership.foreignUses(sources, application.getPackageName()).stream()
                .map(Object::toString).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " module boundary problem(s) in " + application.getSimpleName()
                    + ":\n- " + String.join("\n- ", problems));
        }
        return modules;
    }

    /**
     * Writes the modules' diagrams (PlantUML: the components, and one per module) and canvases (AsciiDoc) into
     * {@code target/spring-modulith-docs}, and with {@code -Dosaava.write-module-docs=true} also into the
     * repository's {@code docs/architecture/<service>}, where ARCHITECTURE.md links them. Checks that the
     * committed component diagram names every module, so a new feature cannot go unnoticed.
     */
    public static void document(ApplicationModules modules, String service) throws IOException {
        Path generated = Path.of("target/spring-modulith-docs");
        Documenter.DiagramOptions uml = Documenter.DiagramOptions.defaults()
                .withStyle(Documenter.DiagramOptions.DiagramStyle.UML);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml(uml)
                .writeIndividualModulesAsPlantUml(uml)
                .writeModuleCanvases();
        Path committed = Path.of("..", "docs", "architecture", service);
        if (Boolean.getBoolean("osaava.write-module-docs")) {
            Files.createDirectories(committed);
            try (Stream<Path> files = Files.list(generated)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, committed.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path components = committed.resolve("components.puml");
        if (!Files.exists(components)) {
            throw new AssertionError(components + " is missing: run this test with -Dosaava.write-module-docs=true");
        }
        String diagram = Files.readString(components);
        List<String> missing = modules.stream().map(ApplicationModule::getDisplayName)
                .filter(name -> !diagram.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError(components + " lacks the module(s) " + missing
                    + ": run this test with -Dosaava.write-module-docs=true and commit the result");
        }
    }

    /**
     * Classes that use another module's repository, or that use the store and name another module's document
     * class as a class literal ({@code mongo.find(query, Offering.class)}); passing another module's document
     * objects around, as its published interface returns them, is fine.
     */
    static List<String> foreignStoreAccess(ApplicationModules modules) {
        Set<String> found = new LinkedHashSet<>();
        for (ApplicationModule module : modules) {
            for (JavaClass type : module.getBasePackage().stream().toList()) {
                boolean usesStore = type.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().isAssignableTo(MongoOperations.class));
                List<JavaClass> repositories = type.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass)
                        .filter(target -> target.isInterface() && target.isAssignableTo(Repository.class)).toList();
                List<JavaClass> documents = !usesStore ? List.of() : type.getReferencedClassObjects().stream()
                        .map(ReferencedClassObject::getRawType)
                        .filter(target -> target.isAnnotatedWith(Document.class)).toList();
                for (JavaClass target : concat(repositories, documents)) {
                    Optional<ApplicationModule> owner = modules.getModuleByType(target);
                    if (owner.isPresent() && !owner.get().equals(module)) {
                        String line = type.getName() + " (" + module.getIdentifier() + ") uses "
                                + target.getSimpleName() + " of " + owner.get().getIdentifier();
                        found.add(line);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static List<JavaClass> concat(List<JavaClass> first, List<JavaClass> second) {
        List<JavaClass> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
