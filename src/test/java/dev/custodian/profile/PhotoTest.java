package dev.custodian.profile;

import static dev.custodian.testing.Accounts.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.activity.AccountEvent;
import dev.custodian.activity.EventType;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Uploading, replacing and removing the profile photo (policy 004 §1): what is kept is the pixels
 * alone, re-encoded; every kind of bad file is refused with its reason and changes nothing.
 */
@QuarkusTest
class PhotoTest {

    private static final String PAGE = "/account/profile/photo";
    private static final String CAMERA = "SecretCam";

    @Test
    void aPhotoKeepsNoneOfItsMetadataAndIsTurnedUprightAsItsCameraSaid() throws IOException {
        User user = signedInUser();
        byte[] upload = withExif(jpeg(100, 60), 6);
        assertTrue(contains(upload, "Exif") && contains(upload, CAMERA), "the fixture has EXIF");

        upload(user.browser(), "holiday.jpg", "image/jpeg", upload)
                .then()
                .statusCode(303)
                .header("Location", Browser.redirectsTo(PAGE));

        ProfilePhoto stored = stored(user.id());
        for (byte[] image : new byte[][] {stored.large, stored.small}) {
            assertFalse(contains(image, "Exif"), "no EXIF segment");
            assertFalse(contains(image, CAMERA), "no camera");
            assertFalse(hasApp1(image), "no APP1 segment at all (EXIF, XMP)");
        }
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(stored.large));
        assertEquals(400, large.getWidth());
        assertEquals(400, large.getHeight());
        assertEquals(96, ImageIO.read(new ByteArrayInputStream(stored.small)).getWidth());
        // orientation 6 turns the picture a quarter right: its left (red) half goes to the top
        assertTrue(isRed(large.getRGB(200, 60)), "red on top");
        assertTrue(isBlue(large.getRGB(200, 340)), "blue below");

        byte[] served =
                user.browser()
                        .get(PAGE + "/large.jpg")
                        .then()
                        .statusCode(200)
                        .contentType("image/jpeg")
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Cache-Control", "no-store")
                        .extract()
                        .asByteArray();
        assertArrayEquals(stored.large, served);
        assertTrue(
                user.browser()
                        .get(PAGE)
                        .asString()
                        .contains("src=\"/account/profile/photo/large.jpg\""));
        assertEquals(
                1,
                Db.inTransaction(
                        () ->
                                AccountEvent.count(
                                        "accountId = ?1 and type = ?2 and detail = 'photo'",
                                        user.id(),
                                        EventType.PROFILE_CHANGED)));
    }

    @Test
    void aPngWithTransparencyAndAWebpAreAccepted() throws IOException {
        User user = signedInUser();
        BufferedImage transparent = new BufferedImage(50, 80, BufferedImage.TYPE_INT_ARGB);
        transparent.setRGB(25, 40, Color.BLACK.getRGB());
        upload(user.browser(), "me.png", "image/png", encode(transparent, "png"))
                .then()
                .statusCode(303);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(stored(user.id()).large));
        assertEquals(400, png.getWidth());
        assertEquals(Color.WHITE.getRGB(), png.getRGB(5, 5), "transparent becomes white");

        upload(user.browser(), "me.webp", "image/webp", resource("/profile/photo.webp"))
                .then()
                .statusCode(303);
        BufferedImage webp = ImageIO.read(new ByteArrayInputStream(stored(user.id()).large));
        assertEquals(400, webp.getWidth());
        // the fixture's orange square is in its centre
        assertTrue(new Color(webp.getRGB(200, 200)).getRed() > 200, "the WebP's pixels");
    }

    @Test
    void badFilesAreRefusedWithTheirReasonAndChangeNothing() throws IOException {
        User user = signedInUser();
        upload(user.browser(), "me.jpg", "image/jpeg", jpeg(120, 120)).then().statusCode(303);
        byte[] before = stored(user.id()).large;

        Map<String, byte[]> refused =
                Map.of(
                        "This file is not an image we can read",
                        "not an image, whatever its name and type say"
                                .getBytes(StandardCharsets.UTF_8),
                        "This kind of image is not accepted",
                        encode(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "gif"),
                        "This image is too large: at most 10,000 pixels a side",
                        pngClaiming(100_000, 100_000),
                        "This file is larger than 5 MB",
                        withPadding(jpeg(50, 50), 5 * 1024 * 1024 + 1),
                        "Choose a photo to upload.",
                        new byte[0]);
        for (Map.Entry<String, byte[]> bad : refused.entrySet()) {
            upload(user.browser(), "me.jpg", "image/jpeg", bad.getValue())
                    .then()
                    .statusCode(422)
                    .body(containsString(bad.getKey()))
                    .body(containsString("aria-invalid=\"true\""));
            assertArrayEquals(before, stored(user.id()).large, bad.getKey());
        }
        // a body past the server's limit never reaches the application
        upload(user.browser(), "huge.jpg", "image/jpeg", new byte[11 * 1024 * 1024])
                .then()
                .statusCode(413);
        assertArrayEquals(before, stored(user.id()).large);

        User other = signedInUser();
        upload(other.browser(), "bomb.png", "image/png", pngClaiming(20_000, 3_000))
                .then()
                .statusCode(422);
        assertNull(stored(other.id()), "nothing stored");
    }

    @Test
    void aPhotoIsReplacedAndRemovedByItsOwnerOnly() throws IOException {
        User owner = signedInUser();
        upload(owner.browser(), "a.jpg", "image/jpeg", jpeg(80, 80)).then().statusCode(303);
        byte[] first = stored(owner.id()).large;
        upload(owner.browser(), "b.png", "image/png", encode(solid(Color.GREEN), "png"))
                .then()
                .statusCode(303);
        byte[] second = stored(owner.id()).large;
        assertFalse(Arrays.equals(first, second), "replaced");

        // without the page's token nothing happens, whoever sends it
        owner.browser().post(PAGE + "/remove", Map.of()).then().statusCode(400);
        owner.browser()
                .uploadWithoutToken(PAGE, "photo", "c.jpg", "image/jpeg", jpeg(90, 90))
                .then()
                .statusCode(400);
        assertArrayEquals(second, stored(owner.id()).large);
        assertNotNull(stored(owner.id()));
        // another member removes only their own (none), never someone else's
        User other = signedInUser();
        other.browser().submit(PAGE, PAGE + "/remove", Map.of()).then().statusCode(303);
        other.browser().get(PAGE + "/large.jpg").then().statusCode(404);
        assertArrayEquals(second, stored(owner.id()).large);

        owner.browser()
                .submit(PAGE, PAGE + "/remove", Map.of())
                .then()
                .statusCode(303)
                .header("Location", Browser.redirectsTo(PAGE));
        assertNull(stored(owner.id()));
        owner.browser().get(PAGE + "/large.jpg").then().statusCode(404);
        owner.browser().get(PAGE).then().body(containsString("You have no photo yet"));
    }

    @Test
    void thePageSpeaksFrench() {
        Browser browser = signedInUser().browser();
        browser.submit(PAGE, "/language", Map.of("lang", "fr", "next", PAGE));
        browser.get(PAGE)
                .then()
                .statusCode(200)
                .body(containsString("JPEG, PNG ou WebP, jusqu’à 5 Mo"));
    }

    static io.restassured.response.Response upload(
            Browser browser, String name, String type, byte[] file) {
        return browser.upload(PAGE, PAGE, "photo", name, type, file);
    }

    /** A JPEG whose left half is red and right half blue. */
    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return encode(image, "jpeg");
    }

    private static BufferedImage solid(Color color) {
        BufferedImage image = new BufferedImage(60, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 60, 60);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertTrue(ImageIO.write(image, format, out), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The JPEG with an APP1 Exif segment after its start: the camera's make, an orientation, and a
     * GPS position (48°51'24" N), as a phone writes them.
     */
    static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(114).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put(new byte[] {'I', 'I', 42, 0}).putInt(8);
        tiff.putShort((short) 3);
        entry(tiff, 271, 2, 10, 50); // Make, ASCII, at 50
        tiff.putShort((short) 274).putShort((short) 3).putInt(1).putShort((short) orientation);
        tiff.putShort((short) 0);
        entry(tiff, 34853, 4, 1, 60); // the GPS IFD, at 60
        tiff.putInt(0);
        tiff.put((CAMERA + "\0").getBytes(StandardCharsets.US_ASCII));
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        entry(tiff, 2, 5, 3, 90); // GPSLatitude, 3 rationals at 90
        tiff.putInt(0);
        tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(2400).putInt(100);
        byte[] body = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + body.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, 0, 4);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    /** A valid PNG header declaring a huge image, with almost nothing after it: a bomb. */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteBuffer header = ByteBuffer.allocate(13);
            header.putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0});
            chunk(out, "IHDR", header.array());
            chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static byte[] withPadding(byte[] jpeg, int size) {
        return Arrays.copyOf(jpeg, size);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = PhotoTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    static ProfilePhoto stored(UUID accountId) {
        return Db.inTransaction(() -> ProfilePhoto.findById(accountId));
    }

    private static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }

    /** Whether a segment before the image data is an APP1 (where EXIF and XMP live). */
    private static boolean hasApp1(byte[] jpeg) {
        int at = 2;
        while (at + 3 < jpeg.length && (jpeg[at + 1] & 0xFF) != 0xDA) {
            if ((jpeg[at + 1] & 0xFF) == 0xE1) {
                return true;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }

    private static boolean isRed(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 200 && color.getBlue() < 60;
    }

    private static boolean isBlue(int rgb) {
        Color color = new Color(rgb);
        return color.getBlue() > 200 && color.getRed() < 60;
    }
}
