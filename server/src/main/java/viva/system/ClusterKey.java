package viva.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret every node of one site shares (VIVA_CLUSTER_KEY): HMAC-SHA-256 over what one node
 * hands another through a browser (a participant sent on to the node that holds a room), so that
 * the other node believes it without asking. Unset on a single node, where nothing is signed.
 */
@ApplicationScoped
public class ClusterKey {

    @Inject
    @ConfigProperty(name = "viva.cluster.key")
    Optional<String> key;

    public ClusterKey() {
    }

    /** A key given directly (tests); blank means none. */
    public ClusterKey(String key) {
        this.key = Optional.ofNullable(key);
    }

    public boolean configured() {
        return secret().isPresent();
    }

    /** The text's signature, lower-case hex; refused when no key is configured. */
    public String sign(String text) {
        byte[] secret = secret().orElseThrow(() -> new IllegalStateException("VIVA_CLUSTER_KEY is not set"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the signature is this key's over the text (in constant time); false without a key. */
    public boolean verifies(String text, String signature) {
        if (!configured() || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<byte[]> secret() {
        return key.map(String::strip).filter(k -> !k.isEmpty()).map(k -> k.getBytes(StandardCharsets.UTF_8));
    }
}
