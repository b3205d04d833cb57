package viva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import viva.defense.DefenseStage;
import viva.signaling.wire.MessageTypes;

/**
 * The pages take every stage name and message type from js/shared/protocol.js; each of its names
 * must be one the server has: its stages are {@link DefenseStage}'s, in order, what a page sends is
 * what the room accepts, and what a page handles is what the room sends ({@link MessageTypes}).
 */
class PageVocabularyTest {

    private static final Path PROTOCOL = Path.of("..", "webapp", "src", "main", "resources", "META-INF", "resources",
            "js", "shared", "protocol.js");

    private static String source;

    @BeforeAll
    static void readThePagesModule() throws IOException {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve(PROTOCOL);
        source = Files.readString(module.normalize(), StandardCharsets.UTF_8);
    }

    @Test
    void thePagesStagesAreTheServersInTheirOrder() {
        List<String> server = Arrays.stream(DefenseStage.values()).map(Enum::name).toList();
        assertEquals(server, names("STAGES"));
    }

    @Test
    void everyTypeAPageSendsIsOneTheRoomAccepts() {
        List<String> sent = names("PAGE_SENDS");
        assertFalse(sent.isEmpty());
        assertEquals(List.of(), sent.stream().filter(type -> !MessageTypes.ACCEPTED.contains(type)).toList(),
                "types the pages send that the room refuses as unknown_type");
    }

    @Test
    void everyTypeAPageHandlesIsOneTheRoomSends() {
        List<String> handled = names("PAGE_HANDLES");
        assertTrue(handled.contains("welcome"), handled::toString);
        assertEquals(List.of(), handled.stream().filter(type -> !MessageTypes.SENT.contains(type)).toList(),
                "types the pages wait for that the room never sends");
    }

    @Test
    void noListNamesATypeTwice() {
        for (String list : List.of("STAGES", "PAGE_SENDS", "PAGE_HANDLES")) {
            List<String> names = names(list);
            assertEquals(names.size(), new HashSet<>(names).size(), list + ": " + names);
        }
    }

    /** The quoted names of {@code export const NAME = Object.freeze([...])}, which holds nothing else. */
    private static List<String> names(String list) {
        Matcher declaration = Pattern.compile("export const " + list + " = Object\\.freeze\\(\\[(.*?)]\\);",
                Pattern.DOTALL).matcher(source);
        assertTrue(declaration.find(), () -> "protocol.js declares " + list + " as a frozen array");
        String items = declaration.group(1);
        Matcher quoted = Pattern.compile("'([^']*)'").matcher(items);
        List<String> names = new ArrayList<>();
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        assertEquals("", items.replaceAll("'[^']*'", "").replaceAll("[\\s,]", ""),
                () -> list + " holds only quoted names: " + items);
        return names;
    }
}
