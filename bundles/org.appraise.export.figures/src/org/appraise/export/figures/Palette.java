package org.appraise.export.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The colours of judgements, by tone ({@code low, some, high, critical, unknown}). The default is
 * colour-blind safe (robvis's "colourblind" scheme, a single yellow-to-brown hue ramp, with the symbols
 * carrying the meaning too); {@code robvis} is robvis's default traffic-light scheme.
 */
public record Palette(String name, Map<String, String> colours) {

    public static final List<String> TONES = List.of("low", "some", "high", "critical", "unknown");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public static Palette colourBlindSafe() {
        return new Palette("colour-blind safe", ordered("#FED98E", "#FE9929", "#D95F0E", "#993404", "#FFFFFF"));
    }

    public static Palette robvis() {
        return new Palette("robvis", ordered("#02C100", "#E2DF07", "#BF0000", "#820000", "#4EA1F7"));
    }

    /**
     * A palette by name ({@code colour-blind}, {@code robvis}) or as {@code tone=#rrggbb,...} over the
     * colour-blind safe one.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Palette parse(String spec) {
        if (spec == null || spec.isBlank() || spec.equals("colour-blind") || spec.equals("colorblind")) {
            return colourBlindSafe();
        }
        if (spec.equals("robvis")) {
            return robvis();
        }
        Map<String, String> colours = new LinkedHashMap<>(colourBlindSafe().colours());
        for (String pair : spec.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || !TONES.contains(parts[0].strip()) || !HEX.matcher(parts[1].strip()).matches()) {
                throw new IllegalArgumentException("Palette entry '" + pair + "' is not tone=#rrggbb with a tone of " + TONES);
            }
            colours.put(parts[0].strip(), parts[1].strip().toUpperCase(java.util.Locale.ROOT));
        }
        return new Palette("custom", colours);
    }

    public String colour(String tone) {
        return colours.getOrDefault(tone, "#FFFFFF");
    }

    /** Black or white, whichever contrasts more with the tone's colour (WCAG relative luminance). */
    public String ink(String tone) {
        String hex = colour(tone);
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        double luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        return luminance > 0.179 ? "#000000" : "#FFFFFF";
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Map<String, String> ordered(String... hex) {
        Map<String, String> colours = new LinkedHashMap<>();
        for (int i = 0; i < TONES.size(); i++) {
            colours.put(TONES.get(i), hex[i]);
        }
        return colours;
    }
}
