package io.meridian.app.edit;

import io.meridian.model.ComponentKind;

/** Everything the palette can place, in palette order, with the words the UI shows for it. */
public enum ElementKind {
    REGION("Region", "A cloud region or data centre, picked from the catalogue", null),
    SERVICE("Service", "A compute tier: identical instances behind the region's load balancer", ComponentKind.SERVICE),
    DATABASE("Database", "A database node holding copies of datasets", ComponentKind.DATABASE),
    CACHE("Cache", "An in-memory cache such as Redis", ComponentKind.CACHE),
    QUEUE("Queue", "A queue or stream such as Kafka, Kinesis or SQS", ComponentKind.QUEUE),
    OBJECT_STORE("Object store", "Blob storage such as S3 or GCS", ComponentKind.OBJECT_STORE),
    LOAD_BALANCER("Load balancer", "The region's entry point for requests", ComponentKind.LOAD_BALANCER),
    POPULATION("Users", "A user population: where requests come from, and how many", null),
    ZONE("Residency zone", "Regions allowed to hold a jurisdiction's data (drop on a region)", null),
    ROUTING("Global routing", "GeoDNS, latency DNS or anycast in front of the regions", null);

    private final String label;
    private final String description;
    private final ComponentKind component;

    ElementKind(String label, String description, ComponentKind component) {
        this.label = label;
        this.description = description;
        this.component = component;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The component kind placed, or null for regions, populations, zones and routing. */
    public ComponentKind component() {
        return component;
    }

    /** Components are placed inside a region; everything else stands on its own. */
    public boolean needsRegion() {
        return component != null || this == ZONE;
    }
}
