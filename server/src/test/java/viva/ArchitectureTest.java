package viva;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shape of the server (docs/architecture.md), checked on the compiled classes. The feature
 * packages are listed from the bottom up: each may use those before it and none after it, which
 * says for every pair which way it goes, and so there are no cycles.
 */
class ArchitectureTest {

    /** From the shared kernel up to the application's assembly. */
    static final List<String> FEATURES = List.of("system", "audit", "security", "catalog", "round", "people",
            "panel", "defense", "incident", "schedule", "vote", "room", "publication", "export", "notice", "recording", "evidence",
            "backup",
            "demo", "app");

    /** The signaling module's packages: it knows nothing of the server. */
    static final String[] SIGNALING = {"viva.signaling..", "viva.json..", "viva.net.."};

    private static JavaClasses viva;

    @BeforeAll
    static void importClasses() {
        viva = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("viva");
        // The rules below say "no class may…": they would hold on nothing, so make sure both modules are there.
        assertTrue(viva.contain("viva.defense.Defense") && viva.contain("viva.signaling.room.RoomRegistry"),
                "the server's and the signaling module's classes are imported");
    }

    @TestFactory
    Stream<DynamicTest> eachFeatureUsesOnlyTheFeaturesBelowIt() {
        return FEATURES.stream().map(feature -> DynamicTest.dynamicTest(feature, () -> {
            String[] above = FEATURES.subList(FEATURES.indexOf(feature) + 1, FEATURES.size()).stream()
                    .map(f -> "viva." + f + "..").toArray(String[]::new);
            if (above.length > 0) {
                noClasses().that().resideInAPackage("viva." + feature + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(above)
                        .because(feature + " lies below " + String.join(", ", above))
                        .check(viva);
            }
        }));
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("viva.(*)..").should().beFreeOfCycles().check(viva);
    }

    @Test
    void onlyTheWebPartsSpeakHttp() {
        noClasses().that().resideInAPackage("viva..").and().resideOutsideOfPackages("..web..", "viva.app..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("domain and application code refuse with a Refusal; HTTP is mapped once, at the edge")
                .check(viva);
        classes().that().areAnnotatedWith(Path.class).or().implement(ExceptionMapper.class)
                .should().resideInAPackage("..web..").check(viva);
    }

    @Test
    void onlyTheRoomsAdapterReadsTheSignalingModulesRooms() {
        noClasses().that().resideInAnyPackage(FEATURES.stream().map(f -> "viva." + f + "..").toArray(String[]::new))
                .and().resideOutsideOfPackages("viva.room.signaling..", "viva.app..")
                .should().dependOnClassesThat().resideInAnyPackage("viva.signaling.room..", "viva.signaling.media..")
                .because("the defense asks who is in the room through its RoomPresence port")
                .check(viva);
    }

    @Test
    void theSignalingModuleKnowsNothingOfTheServer() {
        noClasses().that().resideInAnyPackage(SIGNALING)
                .should().dependOnClassesThat().resideInAnyPackage(
                        FEATURES.stream().map(f -> "viva." + f + "..").toArray(String[]::new))
                .check(viva);
    }

    @Test
    void repositoriesAreReachedThroughTheDomainsInterfaces() {
        classes().that().haveSimpleNameStartingWith("Jpa").and().haveSimpleNameEndingWith("Repository")
                .should().notBePublic().check(viva);
    }
}
