package io.meridian.model;

/**
 * The managed service a global routing layer runs on, with its published SLA. The model uses the SLA where it is
 * below 100% and {@link Defaults#ROUTING_AVAILABILITY} where it promises 100% (a credit promise, not a measured
 * availability).
 */
public enum RoutingService {
    ROUTE53(1.0), AZURE_TRAFFIC_MANAGER(0.9999), AZURE_FRONT_DOOR(0.9999), GOOGLE_CLOUD_DNS(1.0),
    GOOGLE_CLOUD_LOAD_BALANCING(0.9999), AWS_GLOBAL_ACCELERATOR(0.9999), CLOUDFLARE(1.0);

    private final double publishedSla;

    RoutingService(double publishedSla) {
        this.publishedSla = publishedSla;
    }

    public String id() {
        return EnumIds.id(this);
    }

    public double publishedSla() {
        return publishedSla;
    }

    /** The availability the model uses: the SLA, or the judgement default where the SLA says 100%. */
    public double availability() {
        return publishedSla >= 1 ? Defaults.ROUTING_AVAILABILITY : publishedSla;
    }
}
