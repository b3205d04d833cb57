package viva.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import viva.system.Refusal;

class CleanImageTest {

    @Test
    void aJpegIsWrittenAnewWithoutTheMetadataOfTheOriginal() throws IOException {
        byte[] jpeg = encode(new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB), "jpeg");
        // An APP1 (Exif) segment right after the start of image, as cameras write it.
        byte[] exif = "Exif\0\0GPS 43.8N".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withExif = new byte[jpeg.length + 4 + exif.length];
        withExif[0] = (byte) 0xFF;
        withExif[1] = (byte) 0xD8;
        withExif[2] = (byte) 0xFF;
        withExif[3] = (byte) 0xE1;
        withExif[4] = (byte) ((exif.length + 2) >> 8);
        withExif[5] = (byte) (exif.length + 2);
        System.arraycopy(exif, 0, withExif, 6, exif.length);
        System.arraycopy(jpeg, 2, withExif, 6 + exif.length, jpeg.length - 2);

        CleanImage clean = CleanImage.of(withExif);
        assertEquals(CleanImage.Format.JPEG, clean.format());
        assertFalse(new String(clean.bytes(), StandardCharsets.ISO_8859_1).contains("GPS"));
        assertEquals(32, ImageIO.read(new ByteArrayInputStream(clean.bytes())).getWidth());
        assertTrue(clean.sha256().matches("[0-9a-f]{64}"));
    }

    @Test
    void whatIsNoWholeJpegOrPngIsRefused() throws IOException {
        assertEquals("invalid_image", refused("just text".getBytes(StandardCharsets.UTF_8)));
        byte[] png = encode(new BufferedImage(32, 24, BufferedImage.TYPE_INT_ARGB), "png");
        assertEquals("invalid_image", refused(Arrays.copyOf(png, 30)));
        byte[] gif = encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "gif");
        assertEquals("invalid_image", refused(gif));
        assertEquals(CleanImage.Format.PNG, CleanImage.of(png).format());
    }

    @Test
    void anImageTooLargeToDecodeIsRefusedBeforeDecoding() throws IOException {
        byte[] huge = encode(new BufferedImage(CleanImage.MAX_SIDE + 1, 1, BufferedImage.TYPE_BYTE_GRAY), "png");
        assertEquals("invalid_image", refused(huge));
    }

    private static String refused(byte[] bytes) {
        return assertThrows(Refusal.class, () -> CleanImage.of(bytes)).code();
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
