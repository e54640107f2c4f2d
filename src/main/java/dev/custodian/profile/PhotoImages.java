package dev.custodian.profile;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an uploaded file into the photo we keep: decoded, cropped to its centre square and drawn
 * anew at the sizes the pages show, then encoded as JPEG by a writer given no metadata, so that
 * nothing of the file but its pixels survives (no EXIF, GPS position, camera or comment). The type
 * is told by the content, never by the file's name or declared type; the declared dimensions are
 * checked before any pixel is decoded, so a small file that claims a huge image (a decompression
 * bomb) is refused at no cost.
 */
final class PhotoImages {

    /** The upload limit the page states. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    static final int MAX_SIDE = 10_000;
    static final long MAX_PIXELS = 50_000_000L;

    /** The profile page's photo and the search results' thumbnail, in pixels a side. */
    static final int LARGE = 400;

    static final int SMALL = 96;

    private static final Set<String> ACCEPTED = Set.of("jpeg", "png", "webp");
    private static final float QUALITY = 0.85f;

    /** Why a file is refused. */
    enum Refusal {
        TOO_BIG,
        NOT_AN_IMAGE,
        WRONG_TYPE,
        TOO_MANY_PIXELS
    }

    /** What an upload came to: the photo at both sizes, or why not. */
    sealed interface Outcome {}

    record Encoded(byte[] large, byte[] small) implements Outcome {}

    record Refused(Refusal reason) implements Outcome {}

    private PhotoImages() {}

    static Outcome encode(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            return new Refused(Refusal.TOO_BIG);
        }
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return new Refused(Refusal.NOT_AN_IMAGE);
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toLowerCase(Locale.ROOT);
            if (!ACCEPTED.contains(format)) {
                return new Refused(Refusal.WRONG_TYPE);
            }
            try {
                // metadata ignored: only the pixels are read
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    return new Refused(Refusal.TOO_MANY_PIXELS);
                }
                BufferedImage square = centreSquare(reader, width, height);
                int orientation = format.equals("jpeg") ? exifOrientation(upload) : 1;
                return new Encoded(
                        jpeg(draw(square, LARGE, orientation)),
                        jpeg(draw(square, SMALL, orientation)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // a truncated or corrupt file: the readers throw either
            return new Refused(Refusal.NOT_AN_IMAGE);
        }
    }

    /**
     * The centre square of the image, decoded at no more than twice the large size: a 6000 px photo
     * is read one pixel in seven, never whole into memory.
     */
    private static BufferedImage centreSquare(ImageReader reader, int width, int height)
            throws IOException {
        int side = Math.min(width, height);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceRegion(new Rectangle((width - side) / 2, (height - side) / 2, side, side));
        int step = Math.max(1, side / (2 * LARGE));
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
    }

    /**
     * The square at {@code size} px, turned upright as the camera's EXIF orientation says; a
     * transparent background becomes white, as JPEG has no transparency.
     */
    private static BufferedImage draw(BufferedImage square, int size, int orientation) {
        BufferedImage source = square;
        // halving first: a single bilinear step from far larger loses detail
        while (source.getWidth() >= 2 * size) {
            source = halved(source);
        }
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.setRenderingHint(
                    RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.transform(upright(orientation, size));
            g.drawImage(source, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage halved(BufferedImage source) {
        int size = source.getWidth() / 2;
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(
                    RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * EXIF orientation (1 to 8, 1: as stored) of a JPEG; 1 when it has none or it is unreadable.
     */
    private static int exifOrientation(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.get(0).data();
            // the second NUL of "Exif\0\0", after the identifier the segment strips
            data.read();
            try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
                Entry entry = new TIFFReader().read(tiff).getEntryById(TIFF.TAG_ORIENTATION);
                int value = entry == null ? 1 : ((Number) entry.getValue()).intValue();
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            // no metadata given: the writer writes its bare JFIF header and nothing else
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * What turns a square of {@code n} px upright for an EXIF orientation: a flip or a quarter turn
     * about its centre, so the square stays where it is.
     */
    private static AffineTransform upright(int orientation, int n) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, n, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, n, n);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, n);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, n, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, n, n);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, n);
            default -> new AffineTransform();
        };
    }
}
