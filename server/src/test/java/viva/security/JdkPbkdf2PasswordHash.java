package viva.security;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Jakarta Security's PBKDF2 hash done with the JDK, in the same "algorithm:iterations:salt:hash"
 * form and with the parameters it is given, for tests that run without Liberty (whose own
 * implementation is not on the test class path).
 */
final class JdkPbkdf2PasswordHash implements Pbkdf2PasswordHash {

    private String algorithm = "PBKDF2WithHmacSHA256";
    private int iterations = 10_000;
    private int saltBytes = 16;
    private int keyBytes = 32;

    @Override
    public void initialize(Map<String, String> parameters) {
        algorithm = parameters.getOrDefault("Pbkdf2PasswordHash.Algorithm", algorithm);
        iterations = Integer.parseInt(parameters.getOrDefault("Pbkdf2PasswordHash.Iterations", "" + iterations));
        saltBytes = Integer.parseInt(parameters.getOrDefault("Pbkdf2PasswordHash.SaltSizeBytes", "" + saltBytes));
        keyBytes = Integer.parseInt(parameters.getOrDefault("Pbkdf2PasswordHash.KeySizeBytes", "" + keyBytes));
    }

    @Override
    public String generate(char[] password) {
        byte[] salt = new byte[saltBytes];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return algorithm + ":" + iterations + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(derive(algorithm, password, salt, iterations, keyBytes));
    }

    @Override
    public boolean verify(char[] password, String hashed) {
        String[] parts = hashed.split(":");
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        return MessageDigest.isEqual(expected,
                derive(parts[0], password, b64.decode(parts[2]), Integer.parseInt(parts[1]), expected.length));
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int keyBytes) {
        try {
            return SecretKeyFactory.getInstance(algorithm)
                    .generateSecret(new PBEKeySpec(password, salt, iterations, keyBytes * 8)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
