package com.dealjournal.ui.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/** Writes a snapshot of the screen as PNG, without the javafx-swing bridge: pixel by pixel into ImageIO. */
public final class Png {

    private Png() {
    }

    /** Writes the image; may run off the FX thread once the snapshot has been taken. */
    public static void write(Image image, OutputStream out) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        if (!ImageIO.write(buffered, "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }
}
