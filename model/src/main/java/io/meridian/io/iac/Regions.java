package io.meridian.io.iac;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.model.Provider;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Provider region codes as infrastructure code spells them, normalised to the catalogue's codes. */
final class Regions {
    private static final Pattern ARN = Pattern.compile("^arn:aws[a-z-]*:[a-z0-9-]+:([a-z]{2}(-[a-z]+)+-\\d):.*");
    private static final Pattern AWS_ZONE = Pattern.compile("^([a-z]{2}(-[a-z]+)+-\\d)[a-z]$");
    private static final Pattern GCP_ZONE = Pattern.compile("^([a-z]+-[a-z]+\\d+)-[a-z]$");
    private static final Pattern GCP_REGION = Pattern.compile("^[a-z]+-[a-z]+\\d+$");

    private Regions() {
    }

    /** The resource's own region attribute: AWS provider v6 {@code region}, Google region/zone/location, Azure location. */
    static String ofValues(Provider provider, JsonNode values) {
        if (values == null) {
            return null;
        }
        return switch (provider) {
            case AWS -> text(values, "region");
            case GCP -> {
                String region = text(values, "region");
                if (region != null) {
                    yield region;
                }
                String zone = text(values, "zone");
                if (zone != null) {
                    yield gcpZoneToRegion(zone);
                }
                String location = text(values, "location");
                yield location == null ? null : gcpLocation(location);
            }
            case AZURE -> {
                String location = text(values, "location");
                yield location == null ? null : azure(location);
            }
            default -> null;
        };
    }

    /** AWS: the region inside an ARN, or an availability zone less its letter. */
    static String fromArnOrZone(Provider provider, JsonNode values) {
        if (provider != Provider.AWS || values == null) {
            return null;
        }
        String arn = text(values, "arn");
        if (arn != null) {
            Matcher m = ARN.matcher(arn);
            if (m.matches()) {
                return m.group(1);
            }
        }
        String zone = text(values, "availability_zone");
        if (zone != null) {
            Matcher m = AWS_ZONE.matcher(zone);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    static String gcpZoneToRegion(String zone) {
        Matcher m = GCP_ZONE.matcher(zone.toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1) : zone.toLowerCase(Locale.ROOT);
    }

    /** A Google location: a region stays, a zone becomes its region, a multi-region (US, EU) stays as given. */
    static String gcpLocation(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        if (GCP_REGION.matcher(l).matches()) {
            return l;
        }
        Matcher m = GCP_ZONE.matcher(l);
        return m.matches() ? m.group(1) : l;
    }

    /** Azure accepts "West Europe" and "westeurope" alike; the catalogue uses the latter. */
    static String azure(String location) {
        return location.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static String text(JsonNode values, String field) {
        JsonNode n = values.get(field);
        return n == null || !n.isTextual() || n.asText().isBlank() ? null : n.asText().strip();
    }
}
