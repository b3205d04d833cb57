package viva.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import viva.demo.DemoData;
import viva.system.Refusal;

class PasswordPolicyTest {

    private static String rule(String username, String password) {
        return PasswordPolicy.weakness(username, password).orElse("accepted");
    }

    @Test
    void tenCharactersAtLeast() {
        assertTrue(rule("expert99", "Zq8#vL2!m").contains("10 characters"));
        assertEquals("accepted", rule("expert99", "Zq8#vL2!mK"));
        assertTrue(rule("expert99", "12345678").contains("10 characters"));
    }

    @Test
    void notOnlySpaces() {
        assertTrue(rule("expert99", " ".repeat(12)).contains("only spaces"));
        assertTrue(rule("expert99", "\t \u3000".repeat(4)).contains("only spaces"));
    }

    @Test
    void notTheUserNameInAnyCase() {
        assertTrue(rule("zhang.weiwei", "zhang.weiwei").contains("user name"));
        assertTrue(rule("zhang.weiwei", " Zhang.WeiWei ").contains("user name"));
    }

    @Test
    void notACommonOneInAnyCase() {
        for (String common : new String[] {"1234567890", "qwertyuiop", "QwertyUiop", "password123", "abc1234567",
                "1qaz2wsx3edc", "iloveyou12"}) {
            assertTrue(rule("expert99", common).contains("common"), common);
        }
    }

    @Test
    void aRefusalIsA400NamingTheRule() {
        Refusal refused = assertThrows(Refusal.class, () -> PasswordPolicy.require("x", "1234567890"));
        assertEquals(Refusal.Kind.INVALID, refused.kind());
        assertEquals("weak_password", refused.code());
        assertTrue(refused.getMessage().contains("common"), refused.getMessage());
    }

    @Test
    void theDemoAndTestPasswordsMeetIt() {
        assertEquals(Optional.empty(), PasswordPolicy.weakness("expert01", DemoData.EXPERT_PASSWORD));
        assertEquals(Optional.empty(), PasswordPolicy.weakness("secretary", "it-Secretary-Pass-1"));
    }
}
