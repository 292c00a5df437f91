package io.meridian.model;

/** The kind-specific part of a component. */
public sealed interface ComponentSpec permits ComponentSpec.Service, ComponentSpec.Database, ComponentSpec.Cache,
        ComponentSpec.Queue, ComponentSpec.ObjectStore, ComponentSpec.LoadBalancer {

    ComponentKind kind();

    /**
     * A compute tier: a pool of identical instances.
     *
     * @param capacityPerInstanceRps requests per second one instance carries at 100% utilisation
     * @param targetUtilization      the highest utilisation the tier should run at in normal operation, (0, 1]
     * @param overload               what the tier does beyond its capacity: shed the excess or collapse
     * @param maxInstances           autoscaling limit: after a failure the tier grows towards the instances that
     *                               carry its load at the target, up to this many; null when it does not autoscale
     *                               (the component checks it is at least its running instances)
     * @param warmupMinutes          how long added instances take to serve (only read with maxInstances)
     */
    record Service(double capacityPerInstanceRps, double targetUtilization, OverloadBehaviour overload,
                   Integer maxInstances, double warmupMinutes) implements ComponentSpec {
        public Service {
            Checks.positive(capacityPerInstanceRps, Limits.MAX_PER_SECOND, "capacityPerInstanceRps");
            Checks.positive(targetUtilization, "targetUtilization");
            Checks.fraction(targetUtilization, "targetUtilization");
            Checks.present(overload, "overload");
            if (maxInstances != null) {
                Checks.positive(maxInstances, Limits.MAX_INSTANCES, "maxInstances");
            }
            Checks.nonNegative(warmupMinutes, Limits.MAX_WARMUP_MINUTES, "warmupMinutes");
        }

        /** A tier that sheds its excess and does not autoscale. */
        public Service(double capacityPerInstanceRps, double targetUtilization) {
            this(capacityPerInstanceRps, targetUtilization, Defaults.OVERLOAD_BEHAVIOUR, null,
                    Defaults.WARMUP_MINUTES);
        }

        public boolean autoscales() {
            return maxInstances != null;
        }

        @Override
        public ComponentKind kind() {
            return ComponentKind.SERVICE;
        }
    }

    /**
     * A database node holding copies of datasets.
     *
     * @param engine              e.g. postgresql, mysql, aurora, spanner, cockroachdb
     * @param applyRatePerWorker  writes/s one replication apply worker sustains
     * @param workers             parallel apply workers (1 = single-threaded apply)
     * @param promoteSeconds      time to promote this node to primary
     */
    record Database(String engine, DatabaseRole role, double applyRatePerWorker, int workers, double promoteSeconds)
            implements ComponentSpec {
        public Database {
            engine = Checks.text(engine);
            Checks.present(role, "role");
            Checks.nonNegative(applyRatePerWorker, Limits.MAX_PER_SECOND, "applyRatePerWorker");
            Checks.positive(workers, Limits.MAX_WORKERS, "workers");
            Checks.nonNegative(promoteSeconds, Limits.MAX_SECONDS, "promoteSeconds");
        }

        @Override
        public ComponentKind kind() {
            return ComponentKind.DATABASE;
        }

        /** Writes/s the node can apply from replication: workers × per-worker rate. */
        public double applyRate() {
            return applyRatePerWorker * workers;
        }
    }

    record Cache(String engine) implements ComponentSpec {
        public Cache {
            engine = Checks.text(engine);
        }

        @Override
        public ComponentKind kind() {
            return ComponentKind.CACHE;
        }
    }

    /**
     * A queue or stream (Kafka, Kinesis, SQS, Pub/Sub).
     *
     * @param retentionHours how long messages are kept
     * @param throughputRps  messages/s it can carry
     * @param consumerLagSeconds typical lag of its consumers (CDC adds this to replication lag)
     */
    record Queue(String engine, double retentionHours, double throughputRps, double consumerLagSeconds)
            implements ComponentSpec {
        public Queue {
            engine = Checks.text(engine);
            Checks.nonNegative(retentionHours, Limits.MAX_HOURS, "retentionHours");
            Checks.nonNegative(throughputRps, Limits.MAX_PER_SECOND, "throughputRps");
            Checks.nonNegative(consumerLagSeconds, Limits.MAX_SECONDS, "consumerLagSeconds");
        }

        @Override
        public ComponentKind kind() {
            return ComponentKind.QUEUE;
        }
    }

    /**
     * @param storedGb          data kept, priced per GB-month
     * @param writtenGbPerMonth data added or changed a month: what each of its replication links copies to another
     *                          store (S3 Cross-Region Replication, GCS and Azure object replication)
     */
    record ObjectStore(double storedGb, double writtenGbPerMonth) implements ComponentSpec {
        /** A store whose replication, if any, is not priced. */
        public ObjectStore(double storedGb) {
            this(storedGb, 0);
        }

        public ObjectStore {
            Checks.nonNegative(storedGb, Limits.MAX_STORED_GB, "storedGb");
            Checks.nonNegative(writtenGbPerMonth, Limits.MAX_STORED_GB, "writtenGbPerMonth");
        }

        @Override
        public ComponentKind kind() {
            return ComponentKind.OBJECT_STORE;
        }
    }

    record LoadBalancer() implements ComponentSpec {
        @Override
        public ComponentKind kind() {
            return ComponentKind.LOAD_BALANCER;
        }
    }
}
