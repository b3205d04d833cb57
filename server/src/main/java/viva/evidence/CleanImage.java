package viva.evidence;

import viva.system.Sha256;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import viva.system.Refusal;

/**
 * An image as Viva keeps it: decoded (so that it is one) and written anew from its pixels, so that
 * no metadata of the original (EXIF, location, comments) survives. Java's own image I/O reads and
 * writes JPEG and PNG; nothing else is accepted.
 */
public record CleanImage(byte[] bytes, Format format) {

    /** Pixels beyond this on either side are refused before decoding: a small file may unpack into gigabytes. */
    static final int MAX_SIDE = 6000;

    public enum Format {
        JPEG("jpg", "image/jpeg"),
        PNG("png", "image/png");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** The format the bytes begin with, whatever a file's name or a request's type claims. */
        static Format sniff(byte[] bytes) {
            if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
                return JPEG;
            }
            if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
                return PNG;
            }
            return null;
        }
    }

    /** Decodes and re-encodes; refuses (400 {@code invalid_image}) what is not a whole JPEG or PNG. */
    public static CleanImage of(byte[] original) {
        Format format = Format.sniff(original);
        if (format == null) {
            throw invalid("The file is neither a JPEG nor a PNG image.");
        }
        BufferedImage pixels = decode(original);
        if (format == Format.JPEG && pixels.getColorModel().hasAlpha()) {
            pixels = opaque(pixels);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length);
        try {
            if (!ImageIO.write(pixels, format.extension.equals("jpg") ? "jpeg" : "png", out)) {
                throw invalid("The image cannot be written again as " + format.name() + ".");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CleanImage(out.toByteArray(), format);
    }

    public String sha256() {
        return Sha256.of(bytes);
    }

    private static BufferedImage decode(byte[] original) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw invalid("The image cannot be read.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    throw invalid("The image is larger than " + MAX_SIDE + " pixels on a side.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal refusal) {
                throw refusal;
            }
            throw invalid("The image is damaged or incomplete.");
        }
    }

    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }

    static Refusal invalid(String message) {
        return Refusal.invalid("invalid_image", message);
    }
}
